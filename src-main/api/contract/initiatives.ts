import { z } from 'zod';
import { initiative, initiativePatch, newInitiative } from '../../domain/initiative';
import { entityId } from '../../domain/text';
import { byClient, channel, deletedCount, idsToDelete } from './shared';

export const initiativeChannels = {
  'initiatives.list': channel(byClient, z.strictObject({ initiatives: z.array(initiative) })),
  'initiatives.create': channel(z.strictObject({ clientId: entityId, initiative: newInitiative }), z.strictObject({ initiative })),
  'initiatives.update': channel(z.strictObject({ id: entityId, changes: initiativePatch }), z.strictObject({ initiative })),
  'initiatives.delete': channel(idsToDelete, deletedCount),
};
