import { mappingFits, suggestMapping, type ImportMapping, type ImportTable } from '../../domain/asset-import';
import { interpretAssetRows, type ImportRowResult } from '../../domain/asset-import-rows';
import { hasNoPrice } from '../../domain/asset-replacement';
import { readImportTableOffThread, WorkerTaskError } from '../../export/worker-pool';
import type { ChannelInput } from '../contract';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { asset } from '../../domain/asset';
import { requireClient } from './client-items';

type ImportRequest = Omit<ChannelInput<'assets.importPreview'>, 'mapping'> & { sheet: string | null };

/** Reads the uploaded file as a table on the export worker, bounded in size and rows (export/import-table.ts). */
async function readTable(request: ImportRequest): Promise<{ table: ImportTable; sheets: string[]; sheet: string | null }> {
  const bytes = new Uint8Array(Buffer.from(request.file.dataBase64, 'base64'));
  const result = await readImportTableOffThread({ name: request.file.name, bytes, sheet: request.sheet }).catch((error: unknown) => {
    throw new AppError('IMPORT_FAILED', error instanceof WorkerTaskError ? error.message : `${request.file.name} could not be read.`);
  });
  if (!result.ok) throw new AppError('IMPORT_FAILED', result.message);
  return result;
}

function rememberedMapping(context: HandlerContext, headers: string[]): ImportMapping | undefined {
  return [...context.store.data.importMappings]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .find((stored) => mappingFits(stored.mapping, headers))?.mapping;
}

function interpret(context: HandlerContext, clientId: string, table: ImportTable, mapping: ImportMapping) {
  const data = context.store.data;
  return interpretAssetRows(table, mapping, {
    existing: data.assets.filter((item) => item.clientId === clientId),
    locale: data.settings.locale,
    replacementCosts: data.settings.replacementCosts,
  });
}

function previewRow(row: ImportRowResult) {
  const item = row.asset;
  return {
    rowNumber: row.rowNumber,
    label: row.label,
    status: row.status,
    matchId: row.matchId,
    asset: item
      ? {
          name: item.name,
          category: item.category,
          quantity: item.quantity,
          unitCostCents: item.unitCostCents,
          noPrice: hasNoPrice(item),
          purchaseDate: item.purchaseDate,
          warrantyEnd: item.warrantyEnd,
          serial: item.serial,
        }
      : null,
    changes: row.changes,
    errors: row.errors,
    warnings: row.warnings,
  };
}

export const assetImportHandlers: HandlerMap<'assets.importPreview' | 'assets.importCommit'> = {
  'assets.importPreview': async (request, context) => {
    requireClient(context, request.clientId);
    const { table, sheets, sheet } = await readTable(request);
    const remembered = request.mapping ? undefined : rememberedMapping(context, table.headers);
    const mapping = request.mapping ?? remembered ?? suggestMapping(table.headers);
    const interpretation = interpret(context, request.clientId, table, mapping);
    return {
      headers: table.headers,
      sheets,
      sheet,
      mapping,
      mappingSource: request.mapping ? 'given' : remembered ? 'remembered' : 'suggested',
      sampleRows: table.rows.slice(0, 5).map((row) => table.headers.map((_header, index) => (row[index] === null || row[index] === undefined ? '' : String(row[index])))),
      dateOrder: interpretation.dateOrder,
      dateOrderDetected: interpretation.dateOrderDetected,
      rows: interpretation.rows.map(previewRow),
      counts: interpretation.counts,
      types: interpretation.types,
      noPrice: interpretation.noPrice,
      missing: interpretation.missing,
    };
  },

  'assets.importCommit': async (request, context) => {
    requireClient(context, request.clientId);
    const { table } = await readTable(request);
    if (!request.mapping.columns.name && !request.mapping.columns.model && !request.mapping.columns.serial) {
      throw new AppError('INVALID_INPUT', 'Choose the column that holds the asset name, model or serial number.', [{ path: 'mapping.columns.name', message: 'Required' }]);
    }
    const interpretation = interpret(context, request.clientId, table, request.mapping);
    const missing = new Set(interpretation.missing.map((item) => item.id));
    const retiring = new Set(request.retireAssetIds.filter((id) => missing.has(id)));
    if (retiring.size < request.retireAssetIds.length) {
      throw new AppError('INVALID_INPUT', 'Only assets that are no longer in the file can be retired here. Check the file again and retry.');
    }
    const fresh = interpretation.rows.filter((row) => row.status === 'new' && row.asset);
    const updates = new Map(interpretation.rows.filter((row) => row.status === 'update' && row.matchId && row.asset).map((row) => [row.matchId!, row.asset!]));
    if (fresh.length + updates.size + retiring.size === 0) {
      throw new AppError('IMPORT_FAILED', 'Nothing to import: every row is already recorded as it is, or was rejected.');
    }
    const now = context.clock().toISOString();
    const created = fresh.map((row) => asset.parse({ ...row.asset, id: context.newId(), clientId: request.clientId, createdAt: now, updatedAt: now }));
    await context.store.mutate((draft) => {
      draft.assets = draft.assets.map((item) => {
        const changed = updates.get(item.id);
        if (changed) return asset.parse({ ...item, ...changed, updatedAt: now });
        if (retiring.has(item.id)) return { ...item, status: 'retired' as const, updatedAt: now };
        return item;
      });
      draft.assets.push(...created);
      const others = draft.importMappings.filter((stored) => stored.headers.join('\u0000') !== table.headers.join('\u0000'));
      draft.importMappings = [{ id: context.newId(), mapping: request.mapping, headers: table.headers.slice(0, 500), updatedAt: now }, ...others].slice(0, 50);
    });
    const counts = interpretation.counts;
    return { created: created.length, updated: updates.size, retired: retiring.size, skipped: counts.error + counts.duplicate + counts.unchanged };
  },
};
