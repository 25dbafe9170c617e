import { z } from 'zod';
import { asset, assetPatch, newAsset } from '../../domain/asset';
import { importMapping } from '../../domain/asset-import';
import { entityId } from '../../domain/text';
import { byClient, byId, channel, deletedCount, idsToDelete, uploadedFile } from './shared';

const importRow = z.strictObject({
  rowNumber: z.number().int(),
  label: z.string(),
  status: z.enum(['ready', 'error', 'duplicate']),
  asset: z
    .strictObject({
      name: z.string(),
      category: z.string(),
      quantity: z.number(),
      unitCostCents: z.number(),
      purchaseDate: z.string().nullable(),
      warrantyEnd: z.string().nullable(),
      serial: z.string(),
    })
    .nullable(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
});

const importPreview = z.strictObject({
  headers: z.array(z.string()),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  mapping: importMapping,
  mappingSource: z.enum(['given', 'remembered', 'suggested']),
  /** The first rows as they are in the file, for the mapping step. */
  sampleRows: z.array(z.array(z.string())),
  dateOrder: z.enum(['MDY', 'DMY']),
  dateOrderDetected: z.boolean(),
  rows: z.array(importRow),
  readyCount: z.number().int(),
  errorCount: z.number().int(),
  duplicateCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreview>;

const importRequest = z.strictObject({
  clientId: entityId,
  file: uploadedFile,
  sheet: z.string().max(200).nullable().default(null),
  mapping: importMapping.nullable().default(null),
});

export const assetChannels = {
  'assets.list': channel(byClient, z.strictObject({ assets: z.array(asset) })),
  'assets.create': channel(z.strictObject({ clientId: entityId, asset: newAsset }), z.strictObject({ asset })),
  'assets.update': channel(z.strictObject({ id: entityId, changes: assetPatch }), z.strictObject({ asset })),
  'assets.duplicate': channel(byId, z.strictObject({ asset })),
  'assets.delete': channel(idsToDelete, deletedCount),
  'assets.importPreview': channel(importRequest, importPreview),
  'assets.importCommit': channel(
    importRequest.extend({ mapping: importMapping }),
    z.strictObject({ created: z.number().int(), skipped: z.number().int() }),
  ),
};
