import { z } from 'zod';
import { PRIORITIES } from './initiative';
import { entityId, optionalText, requiredText, timestamp } from './text';

/** The consultant's standards library (PRODUCT.md §2): objective yes/no questions, YES meaning aligned. */

export const STANDARD_TYPES = ['technology', 'compliance'] as const;
export type StandardType = (typeof STANDARD_TYPES)[number];
export const STANDARD_TYPE_LABELS: Record<StandardType, string> = { technology: 'Technology', compliance: 'Compliance' };

export const REVIEW_FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type ReviewFrequency = (typeof REVIEW_FREQUENCIES)[number];
export const REVIEW_FREQUENCY_LABELS: Record<ReviewFrequency, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannual: 'Every six months',
  annual: 'Annual',
};

/** Where a standard came from: the library shipped with the app, the consultant, or an import. */
export const STANDARD_ORIGINS = ['default', 'custom', 'imported'] as const;

/** Tags, frameworks and reference titles are one line each, so a workbook cell can list them a line apiece. */
function singleLine(schema: z.ZodString, what: string) {
  return schema.regex(/^[^\r\n]*$/, { error: `${what} is one line` });
}

export const standardReference = z.strictObject({
  title: singleLine(requiredText('Reference title', 200), 'A reference title'),
  url: z
    .string({ error: 'Enter the reference address' })
    .trim()
    .max(2000, { error: 'An address can be at most 2000 characters' })
    .regex(/^https:\/\/[^\s]+$/i, { error: 'A reference is an https:// address' }),
});
export type StandardReference = z.infer<typeof standardReference>;

const label = (what: string) => singleLine(requiredText(what, 60), `A ${what.toLowerCase()}`);

export const standardFields = z.strictObject({
  category: singleLine(requiredText('Category', 120), 'A category'),
  name: requiredText('Name', 200),
  question: requiredText('Question', 500),
  whyWeAsk: optionalText('Why we ask', 4000),
  howToFind: optionalText('How to find the answer', 8000),
  references: z.array(standardReference).max(20, { error: 'At most 20 references' }),
  priority: z.enum(PRIORITIES, { error: 'Choose a priority' }),
  type: z.enum(STANDARD_TYPES, { error: 'Choose technology or compliance' }),
  frequency: z.enum(REVIEW_FREQUENCIES, { error: 'Choose how often it is reviewed' }),
  tags: z.array(label('Tag')).max(30, { error: 'At most 30 tags' }),
  /** Compliance frameworks the standard supports ("HIPAA", "CIS Controls"...). */
  frameworks: z.array(label('Framework')).max(20, { error: 'At most 20 frameworks' }),
  active: z.boolean(),
});
export type StandardFields = z.infer<typeof standardFields>;

export const newStandard = standardFields.partial().required({ category: true, name: true, question: true });
export type NewStandard = z.input<typeof newStandard>;
export const standardPatch = standardFields.partial();
export type StandardPatch = z.input<typeof standardPatch>;

export const STANDARD_DEFAULTS: Omit<StandardFields, 'category' | 'name' | 'question'> = {
  whyWeAsk: '',
  howToFind: '',
  references: [],
  priority: 'medium',
  type: 'technology',
  frequency: 'annual',
  tags: [],
  frameworks: [],
  active: true,
};

export const standard = standardFields.extend({
  id: entityId,
  origin: z.enum(STANDARD_ORIGINS),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Standard = z.infer<typeof standard>;
