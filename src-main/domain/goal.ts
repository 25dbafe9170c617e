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
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = { open: 'Open', achieved: 'Achieved', dropped: 'Dropped' };

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

/** Open goals first, then by horizon (nearest first), then by title: the order a client reads them in. */
export function compareGoals(a: Goal, b: Goal): number {
  return (
    GOAL_STATUSES.indexOf(a.status) - GOAL_STATUSES.indexOf(b.status) ||
    GOAL_HORIZONS.indexOf(a.horizon) - GOAL_HORIZONS.indexOf(b.horizon) ||
    a.title.localeCompare(b.title)
  );
}
