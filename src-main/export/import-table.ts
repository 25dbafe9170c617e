import type { ImportTable } from '../domain/asset-import';
import { decodeText, parseCsv } from '../domain/csv';
import type { WorkbookTables } from './xlsx/read-tables';
import { checkZipContent, checkZipDirectory } from './xlsx/zip-limits';

/**
 * Reads an uploaded import file as a table: CSV (or tab-separated text) by content, XLSX by its zip
 * signature. Bounded before anything is parsed: the workbook's unpacked size and rows (see
 * zip-limits.ts), and the row count of a CSV. Runs in the export worker, off the thread that answers
 * the screens.
 */

export const MAX_IMPORT_ROWS = 10_000;
/** Rows a sheet may have above and around its data (titles, the header) before it is refused unread. */
const SHEET_ROW_ALLOWANCE = 100;

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  sheet: string | null;
}

export type ImportTableResult = { ok: true; table: ImportTable; sheets: string[]; sheet: string | null } | { ok: false; message: string };

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

async function readWorkbook(file: ImportFile): Promise<ImportTableResult> {
  const directory = checkZipDirectory(file.bytes);
  if (!directory.ok) return directory;
  const content = checkZipContent(file.bytes, directory.value, MAX_IMPORT_ROWS + SHEET_ROW_ALLOWANCE);
  if (!content.ok) return content;
  let workbook: WorkbookTables;
  try {
    // exceljs is loaded only for a workbook that passed the checks above.
    const { readWorkbookTables } = await import('./xlsx/read-tables');
    workbook = await readWorkbookTables(file.bytes);
  } catch {
    return { ok: false, message: `${file.name} looks like a spreadsheet but could not be read. Save it again as .xlsx or .csv.` };
  }
  if (workbook.sheets.length === 0) return { ok: false, message: 'The workbook has no sheets.' };
  // Exports often open with a cover sheet: without a choice, take the first sheet that has data.
  const sheet =
    file.sheet && workbook.sheets.includes(file.sheet) ? file.sheet : (workbook.sheets.find((name) => workbook.table(name).rows.length > 0) ?? workbook.sheets[0]!);
  return { ok: true, table: workbook.table(sheet), sheets: workbook.sheets, sheet };
}

function readText(file: ImportFile): ImportTableResult {
  const text = decodeText(file.bytes);
  // The lowest control characters only come from a binary file read as text.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008]/.test(text)) return { ok: false, message: `${file.name} is neither a CSV nor an XLSX file.` };
  return { ok: true, table: parseCsv(text), sheets: [], sheet: null };
}

export async function readImportTable(file: ImportFile): Promise<ImportTableResult> {
  if (file.bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  const result = isZip(file.bytes) ? await readWorkbook(file) : readText(file);
  if (!result.ok) return result;
  // Headers are stored with a remembered mapping, where 200 characters is the limit.
  result.table.headers = result.table.headers.map((header) => header.slice(0, 200));
  if (result.table.headers.length === 0) return { ok: false, message: 'The file has no header row. The first row must name the columns.' };
  if (result.table.rows.length === 0) {
    const where = result.sheet ? `The sheet "${result.sheet}"` : 'The file';
    return { ok: false, message: `${where} has a header row but no data rows.` };
  }
  if (result.table.rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, message: `The file has ${result.table.rows.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once.` };
  }
  return result;
}
