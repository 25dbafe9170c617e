import { z } from 'zod';
import { SCORE_BANDS } from '../../domain/alignment';
import { businessImpact, PRIORITIES } from '../../domain/initiative';
import { initiative } from '../../domain/initiative';
import { isoDate } from '../../domain/months';
import { ALIGNMENT_ANSWERS, alignmentReview, REVIEW_STATUSES } from '../../domain/review';
import { entityId, LONG_TEXT, optionalText, requiredText, timestamp } from '../../domain/text';
import { byClient, byId, channel, deletedCount, idsToDelete, nothing, savedFile } from './shared';

/** Technical alignment reviews: start, answer, complete and reopen, scores, and findings made initiatives (PRODUCT.md §3). */

const counts = z.strictObject({
  total: z.number().int(),
  answered: z.number().int(),
  aligned: z.number().int(),
  misaligned: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
});

/** A review without its items: what lists, trends and the dashboard need. */
export const reviewSummary = z.strictObject({
  id: entityId,
  clientId: entityId,
  date: isoDate,
  title: z.string(),
  status: z.enum(REVIEW_STATUSES),
  startedFromId: entityId.nullable(),
  completedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Null when nothing counts yet (shown as "–"). */
  score: z.number().nullable(),
  band: z.enum(SCORE_BANDS).nullable(),
  counts,
  /** Misaligned findings already made initiatives. */
  findingsOnRoadmap: z.number().int(),
});
export type ReviewSummary = z.infer<typeof reviewSummary>;

const answerChange = z.strictObject({
  standardId: entityId,
  answer: z.enum(ALIGNMENT_ANSWERS).nullable().optional(),
  note: optionalText('Note', 4000).optional(),
  engineerNote: optionalText('Engineer note', 4000).optional(),
});
export type AnswerChange = z.input<typeof answerChange>;

const findingInitiative = z.strictObject({
  title: requiredText('Title', 200),
  description: optionalText('Description', LONG_TEXT),
  priority: z.enum(PRIORITIES, { error: 'Choose a priority' }),
  businessImpact,
});

const categoryChoice = z.strictObject({
  category: z.string(),
  /** Active standards of the category this client would be asked. */
  standards: z.number().int(),
  hidden: z.boolean(),
});

export const reviewChannels = {
  'reviews.list': channel(byClient, z.strictObject({ reviews: z.array(reviewSummary) })),
  'reviews.get': channel(byId, z.strictObject({ review: alignmentReview, summary: reviewSummary })),
  'reviews.scope': channel(
    byClient,
    z.strictObject({ applicable: z.number().int(), categories: z.array(categoryChoice), previousReviewId: entityId.nullable() }),
  ),
  'reviews.start': channel(
    z.strictObject({ clientId: entityId, date: isoDate, title: optionalText('Title', 200).default(''), fromPrevious: z.boolean().default(false) }),
    z.strictObject({ review: reviewSummary }),
  ),
  'reviews.answer': channel(
    z.strictObject({ id: entityId, answers: z.array(answerChange).min(1).max(5000) }),
    z.strictObject({ review: reviewSummary }),
  ),
  'reviews.update': channel(
    z.strictObject({
      id: entityId,
      changes: z.strictObject({ date: isoDate.optional(), title: optionalText('Title', 200).optional(), privateNotes: optionalText('Private notes', LONG_TEXT).optional() }),
    }),
    z.strictObject({ review: reviewSummary }),
  ),
  'reviews.complete': channel(byId, z.strictObject({ review: reviewSummary })),
  'reviews.reopen': channel(byId, z.strictObject({ review: reviewSummary })),
  'reviews.delete': channel(idsToDelete, deletedCount),
  'reviews.createInitiative': channel(
    z.strictObject({ reviewId: entityId, standardId: entityId, initiative: findingInitiative }),
    z.strictObject({ initiative }),
  ),
  'reviews.latestScores': channel(
    nothing,
    z.strictObject({
      scores: z.array(z.strictObject({ clientId: entityId, reviewId: entityId, date: isoDate, score: z.number().nullable(), band: z.enum(SCORE_BANDS).nullable() })),
    }),
  ),
  'export.alignmentPdf': channel(
    z.strictObject({ reviewId: entityId, includePrivateNotes: z.boolean().default(false), includeEngineerNotes: z.boolean().default(false) }),
    savedFile,
  ),
};
