import { z } from 'zod';
import { asset, ASSET_CATEGORIES, assetPatch, newAsset } from '../../domain/asset';
import { importMapping } from '../../domain/asset-import';
import { IMPORTED_FIELDS } from '../../domain/asset-import-rows';
import { entityId } from '../../domain/text';
import { byClient, byId, channel, deletedCount, idsToDelete, uploadedFile } from './shared';

const fieldValue = z.union([z.string(), z.number()]).nullable();

const importRow = z.strictObject({
  rowNumber: z.number().int(),
  label: z.string(),
  status: z.enum(['new', 'update', 'unchanged', 'error', 'duplicate']),
  /** The client's asset the row updates or leaves unchanged. */
  matchId: entityId.nullable(),
  asset: z
    .strictObject({
      name: z.string(),
      category: z.enum(ASSET_CATEGORIES),
      quantity: z.number(),
      unitCostCents: z.number(),
      /** Neither a unit cost nor a replacement cost: the budget estimates it or leaves it unpriced. */
      noPrice: z.boolean(),
      purchaseDate: z.string().nullable(),
      warrantyEnd: z.string().nullable(),
      serial: z.string(),
    })
    .nullable(),
  changes: z.array(z.strictObject({ field: z.enum(IMPORTED_FIELDS), from: fieldValue, to: fieldValue })),
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
  counts: z.strictObject({
    new: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int(),
    duplicate: z.number().int(),
  }),
  /** The type names of the category column and the category each maps to; editable and remembered. */
  types: z.array(
    z.strictObject({
      text: z.string(),
      key: z.string(),
      count: z.number().int(),
      category: z.enum(ASSET_CATEGORIES).nullable(),
      source: z.enum(['chosen', 'recognised', 'default']),
    }),
  ),
  noPrice: z.strictObject({ estimated: z.number().int(), unpriced: z.number().int() }),
  /** Active assets of the client the file no longer lists. */
  missing: z.array(z.strictObject({ id: entityId, name: z.string(), serial: z.string(), category: z.enum(ASSET_CATEGORIES) })),
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
    importRequest.extend({
      mapping: importMapping,
      /** Assets no longer in the file that the consultant chose to retire in the same step. */
      retireAssetIds: z.array(entityId).max(10_000).default([]),
    }),
    z.strictObject({ created: z.number().int(), updated: z.number().int(), retired: z.number().int(), skipped: z.number().int() }),
  ),
  /** One change to many assets at once, e.g. a unit cost for every laptop of a selection. */
  'assets.updateMany': channel(
    z.strictObject({ ids: z.array(entityId).min(1).max(10_000), changes: assetPatch }),
    z.strictObject({ assets: z.array(asset) }),
  ),
};
