import { z } from 'zod';
import { client, clientPatch, newClient } from '../../domain/client';
import { clientListQuery, clientSummary } from '../../domain/client-list';
import { entityId } from '../../domain/text';
import { byId, channel } from './shared';

export const clientChannels = {
  'clients.list': channel(z.strictObject({ query: clientListQuery.optional() }), z.strictObject({ clients: z.array(clientSummary) })),
  'clients.get': channel(byId, z.strictObject({ client })),
  'clients.create': channel(z.strictObject({ client: newClient }), z.strictObject({ client })),
  'clients.update': channel(z.strictObject({ id: entityId, changes: clientPatch }), z.strictObject({ client })),
  'clients.archive': channel(z.strictObject({ id: entityId, archived: z.boolean() }), z.strictObject({ client })),
  'clients.delete': channel(
    byId,
    z.strictObject({ deletedId: entityId, removed: z.strictObject({ assets: z.number().int(), services: z.number().int(), initiatives: z.number().int() }) }),
  ),
};
