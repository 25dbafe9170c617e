import { interpretAssetRows, mappingFits, suggestMapping, type ImportMapping, type ImportTable } from '../../domain/asset-import';
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
  const existingSerials = new Set(
    context.store.data.assets.filter((item) => item.clientId === clientId && item.serial).map((item) => item.serial.toLowerCase()),
  );
  return interpretAssetRows(table, mapping, { existingSerials, locale: context.store.data.settings.locale });
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
      rows: interpretation.rows.map((row) => ({
        rowNumber: row.rowNumber,
        label: row.label,
        status: row.status,
        asset: row.asset
          ? {
              name: row.asset.name,
              category: row.asset.category,
              quantity: row.asset.quantity,
              unitCostCents: row.asset.unitCostCents,
              purchaseDate: row.asset.purchaseDate,
              warrantyEnd: row.asset.warrantyEnd,
              serial: row.asset.serial,
            }
          : null,
        errors: row.errors,
        warnings: row.warnings,
      })),
      readyCount: interpretation.readyCount,
      errorCount: interpretation.errorCount,
      duplicateCount: interpretation.duplicateCount,
    };
  },

  'assets.importCommit': async (request, context) => {
    requireClient(context, request.clientId);
    const { table } = await readTable(request);
    if (!request.mapping.columns.name && !request.mapping.columns.model) {
      throw new AppError('INVALID_INPUT', 'Choose the column that holds the asset name or model.', [{ path: 'mapping.columns.name', message: 'Required' }]);
    }
    const interpretation = interpret(context, request.clientId, table, request.mapping);
    const ready = interpretation.rows.filter((row) => row.status === 'ready' && row.asset);
    if (ready.length === 0) throw new AppError('IMPORT_FAILED', 'No row is ready to import. Fix the mapping or the file and try again.');
    const now = context.clock().toISOString();
    const created = ready.map((row) => asset.parse({ ...row.asset, id: context.newId(), clientId: request.clientId, createdAt: now, updatedAt: now }));
    await context.store.mutate((draft) => {
      draft.assets.push(...created);
      const others = draft.importMappings.filter((stored) => stored.headers.join('\u0000') !== table.headers.join('\u0000'));
      draft.importMappings = [{ id: context.newId(), mapping: request.mapping, headers: table.headers.slice(0, 500), updatedAt: now }, ...others].slice(0, 50);
    });
    return { created: created.length, skipped: interpretation.rows.length - created.length };
  },
};

