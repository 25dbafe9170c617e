import { z } from 'zod';
import { newTouch, touch, touchPatch } from '../../domain/touch';
import { entityId } from '../../domain/text';
import { byClient, channel, deletedCount, idsToDelete } from './shared';

/** The touch log's channels (names listed under TOUCHES in channel-names.ts). */
export const touchChannels = {
  'touches.list': channel(byClient, z.strictObject({ touches: z.array(touch) })),
  'touches.create': channel(z.strictObject({ clientId: entityId, touch: newTouch }), z.strictObject({ touch })),
  'touches.update': channel(z.strictObject({ id: entityId, changes: touchPatch }), z.strictObject({ touch })),
  'touches.delete': channel(idsToDelete, deletedCount),
};
