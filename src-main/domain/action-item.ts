import { z } from 'zod';
import { isoDate } from './months';
import { entityId, optionalText, requiredText, timestamp } from './text';

/** Something someone promised to do, usually in a meeting (PRODUCT.md §7). */

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const actionItemFields = z.strictObject({
  text: requiredText('Action', 1000),
  owner: optionalText('Owner', 120),
  dueDate: isoDate.nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  resolution: optionalText('Resolution', 4000),
  /** The meeting it came from, if any. */
  meetingId: entityId.nullable(),
});
export type ActionItemFields = z.infer<typeof actionItemFields>;

export const newActionItem = actionItemFields.partial().required({ text: true });
export const actionItemPatch = actionItemFields.partial();
export const ACTION_ITEM_DEFAULTS: Omit<ActionItemFields, 'text'> = { owner: '', dueDate: null, status: 'open', resolution: '', meetingId: null };

export const actionItem = actionItemFields.extend({
  id: entityId,
  clientId: entityId,
  closedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ActionItem = z.infer<typeof actionItem>;

/** Open and past its due date: the one meaning of "overdue" for action items on every screen. */
export function isActionItemOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return item.status === 'open' && item.dueDate !== null && item.dueDate < today;
}

export const ACTION_ITEM_DUE_FILTERS = ['any', 'overdue', 'next7', 'next30', 'noDate'] as const;
export type ActionItemDueFilter = (typeof ACTION_ITEM_DUE_FILTERS)[number];
export const ACTION_ITEM_DUE_FILTER_LABELS: Record<ActionItemDueFilter, string> = {
  any: 'Any due date',
  overdue: 'Overdue',
  next7: 'Due within 7 days',
  next30: 'Due within 30 days',
  noDate: 'No due date',
};

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

export interface ActionItemFilter {
  clientId: string | null;
  /** Owner as written, compared without case; null for everyone. */
  owner: string | null;
  due: ActionItemDueFilter;
}

export function matchesActionItemFilter(item: Pick<ActionItem, 'clientId' | 'owner' | 'dueDate' | 'status'>, filter: ActionItemFilter, today: string): boolean {
  if (filter.clientId !== null && item.clientId !== filter.clientId) return false;
  if (filter.owner !== null && item.owner.toLocaleLowerCase() !== filter.owner.toLocaleLowerCase()) return false;
  switch (filter.due) {
    case 'any':
      return true;
    case 'overdue':
      return isActionItemOverdue(item, today);
    case 'next7':
    case 'next30':
      return item.dueDate !== null && item.dueDate <= addDays(today, filter.due === 'next7' ? 7 : 30);
    case 'noDate':
      return item.dueDate === null;
  }
}

/** By due date, so overdue ones come first and undated ones last; then by text. */
export function byActionItemDue(a: Pick<ActionItem, 'dueDate' | 'text'>, b: Pick<ActionItem, 'dueDate' | 'text'>): number {
  const left = a.dueDate ?? '9999-12-31';
  const right = b.dueDate ?? '9999-12-31';
  return left.localeCompare(right) || a.text.localeCompare(b.text);
}
