import { z } from 'zod';
import { actionItem, actionItemPatch, newActionItem } from '../../domain/action-item';
import { isoDate } from '../../domain/months';
import { entityId } from '../../domain/text';
import { channel, deletedCount, idsToDelete } from './shared';

/** Action items' channels (names listed under ACTION_ITEMS in channel-names.ts). */
export const actionItemChannels = {
  'actionItems.list': channel(
    z.strictObject({ clientId: entityId.optional(), meetingId: entityId.optional(), status: z.enum(['open', 'done', 'all']).default('all') }),
    /** `today` is the consultant's date, which decides what is overdue. */
    z.strictObject({ actionItems: z.array(actionItem), today: isoDate }),
  ),
  'actionItems.create': channel(z.strictObject({ clientId: entityId, actionItem: newActionItem }), z.strictObject({ actionItem })),
  'actionItems.update': channel(z.strictObject({ id: entityId, changes: actionItemPatch }), z.strictObject({ actionItem })),
  'actionItems.delete': channel(idsToDelete, deletedCount),
};
