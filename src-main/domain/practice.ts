import { z } from 'zod';
import { asset } from './asset';
import { importMapping } from './asset-import';
import { client } from './client';
import { initiative } from './initiative';
import { service } from './service';
import { settings } from './settings';
import { entityId, timestamp } from './text';

/** A mapping the consultant confirmed, offered again when a file with the same columns comes in. */
export const storedImportMapping = z.strictObject({
  id: entityId,
  mapping: importMapping,
  headers: z.array(z.string().max(200)).max(500),
  updatedAt: timestamp,
});
export type StoredImportMapping = z.infer<typeof storedImportMapping>;

/** The whole practice as it is kept on disk under `data` (the current schema version). */
export const practiceData = z
  .strictObject({
    settings,
    clients: z.array(client),
    assets: z.array(asset),
    services: z.array(service),
    initiatives: z.array(initiative),
    importMappings: z.array(storedImportMapping).max(50),
  })
  .superRefine((practice, context) => {
    const clientIds = new Set<string>();
    for (const [index, item] of practice.clients.entries()) {
      if (clientIds.has(item.id)) context.addIssue({ code: 'custom', message: `Client id ${item.id} appears twice`, path: ['clients', index, 'id'] });
      clientIds.add(item.id);
    }
    for (const collection of ['assets', 'services', 'initiatives'] as const) {
      const ids = new Set<string>();
      for (const [index, item] of practice[collection].entries()) {
        if (ids.has(item.id)) context.addIssue({ code: 'custom', message: `Id ${item.id} appears twice`, path: [collection, index, 'id'] });
        ids.add(item.id);
        if (!clientIds.has(item.clientId)) {
          context.addIssue({ code: 'custom', message: `Belongs to a client that does not exist (${item.clientId})`, path: [collection, index, 'clientId'] });
        }
      }
    }
  });
export type PracticeData = z.infer<typeof practiceData>;
