import { z } from 'zod';
import { newService, service, servicePatch } from '../../domain/service';
import { entityId } from '../../domain/text';
import { byClient, byId, channel, deletedCount, idsToDelete } from './shared';

export const serviceChannels = {
  'services.list': channel(byClient, z.strictObject({ services: z.array(service) })),
  'services.create': channel(z.strictObject({ clientId: entityId, service: newService }), z.strictObject({ service })),
  'services.update': channel(z.strictObject({ id: entityId, changes: servicePatch }), z.strictObject({ service })),
  'services.duplicate': channel(byId, z.strictObject({ service })),
  'services.delete': channel(idsToDelete, deletedCount),
};
