import { z } from 'zod';
import { PRIORITIES } from './initiative';
import { isoDate } from './months';
import { standardReference, STANDARD_TYPES } from './standard';
import { entityId, LONG_TEXT, optionalText, requiredText, timestamp } from './text';

/** Technical alignment reviews (PRODUCT.md §3): one client, one date, one answer a standard. */

export const ALIGNMENT_ANSWERS = ['aligned', 'misaligned', 'notApplicable'] as const;
export type AlignmentAnswer = (typeof ALIGNMENT_ANSWERS)[number];
export const ALIGNMENT_ANSWER_LABELS: Record<AlignmentAnswer, string> = {
  aligned: 'Aligned',
  misaligned: 'Misaligned',
  notApplicable: 'Not applicable',
};

export const REVIEW_STATUSES = ['inProgress', 'completed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The standard's wording as the review used it: editing the library later never rewrites a review. */
export const standardWording = z.strictObject({
  category: requiredText('Category', 120),
  name: requiredText('Name', 200),
  question: requiredText('Question', 500),
  whyWeAsk: optionalText('Why we ask', 4000),
  howToFind: optionalText('How to find the answer', 8000),
  references: z.array(standardReference).max(20),
  priority: z.enum(PRIORITIES),
  type: z.enum(STANDARD_TYPES),
});
export type StandardWording = z.infer<typeof standardWording>;

export const reviewItem = z.strictObject({
  standardId: entityId,
  wording: standardWording,
  /** Null until answered; there is no "maybe". */
  answer: z.enum(ALIGNMENT_ANSWERS).nullable(),
  /** The finding in words the client may read. */
  note: optionalText('Note', 4000),
  /** For the consultant and engineers only; never exported unless ticked. */
  engineerNote: optionalText('Engineer note', 4000),
  /** The initiative this finding became, if any. */
  initiativeId: entityId.nullable(),
});
export type ReviewItem = z.infer<typeof reviewItem>;

export const alignmentReview = z.strictObject({
  id: entityId,
  clientId: entityId,
  date: isoDate,
  title: optionalText('Title', 200),
  status: z.enum(REVIEW_STATUSES),
  /** The review whose answers this one started from. */
  startedFromId: entityId.nullable(),
  items: z.array(reviewItem).max(5000, { error: 'A review can hold at most 5,000 standards' }),
  /** Private context for the consultant; never exported unless ticked. */
  privateNotes: optionalText('Private notes', LONG_TEXT),
  completedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type AlignmentReview = z.infer<typeof alignmentReview>;
