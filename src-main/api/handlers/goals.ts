import { compareGoals, goal, GOAL_DEFAULTS, type Goal } from '../../domain/goal';
import { AppError } from '../errors';
import type { HandlerMap } from '../registry';
import { createItem, listItems, updateItem, type ItemKind } from './client-items';

type GoalChannels = 'goals.list' | 'goals.create' | 'goals.update' | 'goals.delete';

const GOALS: ItemKind<Goal> = {
  collection: 'goals',
  label: 'Goal',
  stored: goal,
  defaults: GOAL_DEFAULTS,
  inputKey: 'goal',
  titleField: 'title',
};

/** A client's business goals (PRODUCT.md §4), which initiatives link to through `why.goalIds`. */
export const goalHandlers: HandlerMap<GoalChannels> = {
  'goals.list': async ({ clientId }, context) => ({ goals: listItems(context, GOALS, clientId).sort(compareGoals) }),
  'goals.create': async ({ clientId, goal: fields }, context) => ({ goal: await createItem(context, GOALS, clientId, fields) }),
  'goals.update': async ({ id, changes }, context) => ({ goal: await updateItem(context, GOALS, id, changes) }),
  'goals.delete': async ({ ids }, context) => {
    const doomed = new Set(ids);
    const data = context.store.data;
    const deleted = data.goals.filter((item) => doomed.has(item.id)).length;
    if (deleted === 0) throw new AppError('NOT_FOUND', 'None of those goals exist any more.');
    const linked = (goalIds: readonly string[]) => goalIds.some((id) => doomed.has(id));
    const unlinkedInitiatives = data.initiatives.filter((item) => linked(item.why.goalIds)).length;
    const now = context.clock().toISOString();
    // One change, so an initiative never points at a goal that is gone.
    await context.store.mutate((draft) => {
      draft.goals = draft.goals.filter((item) => !doomed.has(item.id));
      draft.initiatives = draft.initiatives.map((item) =>
        linked(item.why.goalIds) ? { ...item, why: { ...item.why, goalIds: item.why.goalIds.filter((id) => !doomed.has(id)) }, updatedAt: now } : item,
      );
    });
    return { deleted, unlinkedInitiatives };
  },
};
