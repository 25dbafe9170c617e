import { actionItem, ACTION_ITEM_DEFAULTS, byActionItemDue, type ActionItem, type ActionItemFields } from '../../domain/action-item';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { createItem, deleteItems, requireClient, updateItem, type ItemKind } from './client-items';
import { requireMeeting, todayOf } from './meeting-records';

type ActionItemChannels = 'actionItems.list' | 'actionItems.create' | 'actionItems.update' | 'actionItems.delete';

const ACTION_ITEMS: ItemKind<ActionItem> = {
  collection: 'actionItems',
  label: 'Action item',
  stored: actionItem,
  defaults: ACTION_ITEM_DEFAULTS,
  inputKey: 'actionItem',
  titleField: 'text',
};

/**
 * Closing an item records how it was resolved (PRODUCT.md §7) and when; reopening clears the date.
 * The fields given are merged over the stored ones before the check.
 */
function closing(context: HandlerContext, merged: Pick<ActionItemFields, 'status' | 'resolution'>, closedAt: string | null, path: string): { closedAt: string | null } {
  if (merged.status === 'open') return { closedAt: null };
  if (merged.resolution.trim() === '') {
    throw new AppError('INVALID_INPUT', 'Say how the action item was resolved before closing it.', [{ path: `${path}.resolution`, message: 'Say how it was resolved' }]);
  }
  return { closedAt: closedAt ?? context.clock().toISOString() };
}

function checkMeeting(context: HandlerContext, clientId: string, meetingId: string | null | undefined, path: string): void {
  if (!meetingId) return;
  if (requireMeeting(context, meetingId).clientId !== clientId) {
    throw new AppError('INVALID_INPUT', 'That meeting belongs to another client.', [{ path: `${path}.meetingId`, message: 'A meeting of another client' }]);
  }
}

export const actionItemHandlers: HandlerMap<ActionItemChannels> = {
  'actionItems.list': async ({ clientId, meetingId, status }, context) => {
    if (clientId) requireClient(context, clientId);
    const actionItems = context.store.data.actionItems
      .filter((item) => (!clientId || item.clientId === clientId) && (!meetingId || item.meetingId === meetingId) && (status === 'all' || item.status === status))
      .sort(byActionItemDue);
    return { actionItems, today: todayOf(context) };
  },

  'actionItems.create': async ({ clientId, actionItem: fields }, context) => {
    checkMeeting(context, clientId, fields.meetingId, 'actionItem');
    const merged = { ...ACTION_ITEM_DEFAULTS, ...fields };
    return { actionItem: await createItem(context, ACTION_ITEMS, clientId, { ...fields, ...closing(context, merged, null, 'actionItem') }) };
  },

  'actionItems.update': async ({ id, changes }, context) => {
    const existing = context.store.data.actionItems.find((candidate) => candidate.id === id);
    if (!existing) return { actionItem: await updateItem(context, ACTION_ITEMS, id, changes) };
    checkMeeting(context, existing.clientId, changes.meetingId, 'changes');
    const closedAt = closing(context, { ...existing, ...changes }, existing.closedAt, 'changes');
    return { actionItem: await updateItem(context, ACTION_ITEMS, id, { ...changes, ...closedAt }) };
  },

  'actionItems.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, ACTION_ITEMS, ids) }),
};
