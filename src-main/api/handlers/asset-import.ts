import { interpretAssetRows, mappingFits, suggestMapping, type ImportMapping, type ImportTable } from '../../domain/asset-import';
import { decodeText, parseCsv } from '../../domain/csv';
import { readWorkbookTables } from '../../export/xlsx/read-tables';
import type { ChannelInput } from '../contract';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { asset } from '../../domain/asset';
import { requireClient } from './client-items';

type ImportRequest = Omit<ChannelInput<'assets.importPreview'>, 'mapping'> & { sheet: string | null };

const MAX_ROWS = 10_000;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Reads the uploaded file as a table: CSV by content, XLSX by its zip signature. */
async function readTable(request: ImportRequest): Promise<{ table: ImportTable; sheets: string[]; sheet: string | null }> {
  const bytes = new Uint8Array(Buffer.from(request.file.dataBase64, 'base64'));
  if (bytes.length === 0) throw new AppError('IMPORT_FAILED', 'The file is empty.');
  let result: { table: ImportTable; sheets: string[]; sheet: string | null };
  if (isZip(bytes)) {
    const workbook = await readWorkbookTables(bytes).catch(() => {
      throw new AppError('IMPORT_FAILED', `${request.file.name} looks like a spreadsheet but could not be read. Save it again as .xlsx or .csv.`);
    });
    if (workbook.sheets.length === 0) throw new AppError('IMPORT_FAILED', 'The workbook has no sheets.');
    // Exports often open with a cover sheet: without a choice, take the first sheet that has data.
    const sheet =
      request.sheet && workbook.sheets.includes(request.sheet)
        ? request.sheet
        : (workbook.sheets.find((name) => workbook.table(name).rows.length > 0) ?? workbook.sheets[0]!);
    result = { table: workbook.table(sheet), sheets: workbook.sheets, sheet };
  } else {
    if (bytes.includes(0)) throw new AppError('IMPORT_FAILED', `${request.file.name} is neither a CSV nor an XLSX file.`);
    result = { table: parseCsv(decodeText(bytes)), sheets: [], sheet: null };
  }
  // Headers are stored with a remembered mapping, where 200 characters is the limit.
  result.table.headers = result.table.headers.map((header) => header.slice(0, 200));
  if (result.table.headers.length === 0) throw new AppError('IMPORT_FAILED', 'The file has no header row. The first row must name the columns.');
  if (result.table.rows.length === 0) {
    const where = result.sheet ? `The sheet "${result.sheet}"` : 'The file';
    throw new AppError('IMPORT_FAILED', `${where} has a header row but no data rows.`);
  }
  if (result.table.rows.length > MAX_ROWS) throw new AppError('IMPORT_FAILED', `The file has ${result.table.rows.length} rows; at most ${MAX_ROWS} can be imported at once.`);
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

