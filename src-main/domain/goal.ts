import { z } from 'zod';
import { entityId, optionalText, requiredText, timestamp } from './text';

/** A client's business goal (PRODUCT.md §4), which roadmap initiatives can serve. */

export const GOAL_HORIZONS = ['thisYear', 'twoYears', 'threeYears', 'fiveYears'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];
export const GOAL_HORIZON_LABELS: Record<GoalHorizon, string> = {
  thisYear: 'This year',
  twoYears: 'Within 2 years',
  threeYears: 'Within 3 years',
  fiveYears: 'Within 5 years',
};

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const goalFields = z.strictObject({
  title: requiredText('Goal', 200),
  horizon: z.enum(GOAL_HORIZONS, { error: 'Choose a horizon' }),
  measureOfSuccess: optionalText('Measure of success', 2000),
  status: z.enum(GOAL_STATUSES, { error: 'Choose a status' }),
});
export type GoalFields = z.infer<typeof goalFields>;

export const newGoal = goalFields.partial().required({ title: true });
export const goalPatch = goalFields.partial();
export const GOAL_DEFAULTS: Omit<GoalFields, 'title'> = { horizon: 'threeYears', measureOfSuccess: '', status: 'open' };

export const goal = goalFields.extend({
  id: entityId,
  clientId: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Goal = z.infer<typeof goal>;
