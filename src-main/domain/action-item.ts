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
