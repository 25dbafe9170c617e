import { z } from 'zod';

/** The activities the playbook's annual summary counts (PRODUCT.md §9), in its column order. */
export const PLAYBOOK_ACTIVITIES = [
  'uniqueTouches',
  'escalatedIssues',
  'clientMeetings',
  'technologySummaries',
  'budgetsCompleted',
  'proposalsCompleted',
] as const;
export type PlaybookActivity = (typeof PLAYBOOK_ACTIVITIES)[number];

export const PLAYBOOK_ACTIVITY_LABELS: Record<PlaybookActivity, string> = {
  uniqueTouches: 'Unique touches',
  escalatedIssues: 'Escalated issues',
  clientMeetings: 'Client meetings',
  technologySummaries: 'Technology summaries',
  budgetsCompleted: 'Budgets completed',
  proposalsCompleted: 'Proposals completed',
};

const objectiveValue = z
  .number({ error: 'Enter a whole number' })
  .int({ error: 'Enter a whole number' })
  .min(0, { error: 'An objective cannot be negative' })
  .max(1_000_000, { error: 'That objective is too large' })
  .nullable();

/** The consultant's own annual objectives for one calendar year; null keeps the objective the cadence gives. */
export const playbookObjectiveYear = z.strictObject({
  year: z.number().int().min(1900).max(2200),
  objectives: z.strictObject(
    Object.fromEntries(PLAYBOOK_ACTIVITIES.map((activity) => [activity, objectiveValue])) as Record<PlaybookActivity, typeof objectiveValue>,
  ),
});
export type PlaybookObjectiveYear = z.infer<typeof playbookObjectiveYear>;
