import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import type { ImportCell } from '../../domain/asset-import';
import { excelBuffer } from './xlsx-cells';

/**
 * Reads the sheets of an .xlsx exported by an RMM or PSA tool as plain tables for the asset import:
 * the first non-empty row names the columns, every later non-empty row is data.
 */

export interface WorkbookTables {
  sheets: string[];
  table(sheet: string): { headers: string[]; rows: ImportCell[][] };
}

export async function readWorkbookTables(bytes: Uint8Array): Promise<WorkbookTables> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(excelBuffer(bytes));
  const worksheets = workbook.worksheets;
  return {
    sheets: worksheets.map((sheet) => sheet.name),
    table(name) {
      const sheet = worksheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
      return tableOf(sheet);
    },
  };
}

function tableOf(sheet: Worksheet): { headers: string[]; rows: ImportCell[][] } {
  const records: ImportCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: ImportCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      // A merged range keeps its value in its top-left cell; the others read as empty.
      cells.push(cell.isMerged && cell.master !== cell ? null : importCell(cell.value));
    }
    if (cells.some((cell) => cell !== null)) records.push(cells);
  });
  const [headerRecord = [], ...dataRecords] = records;
  const headers = trimTrailingEmpty(headerRecord.map(headerText));
  const rows = dataRecords
    .map((record) => Array.from({ length: headers.length }, (_unused, index) => record[index] ?? null))
    .filter((record) => record.some((cell) => cell !== null));
  return { headers, rows };
}

function headerText(cell: ImportCell): string {
  return cell === null ? '' : String(cell).trim();
}

function trimTrailingEmpty(headers: string[]): string[] {
  let length = headers.length;
  while (length > 0 && headers[length - 1] === '') length -= 1;
  return headers.slice(0, length);
}

/** One cell as the import sees it: text, a number, an ISO date, or nothing. */
export function importCell(value: CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDateOf(value);
  if ('formula' in value || 'sharedFormula' in value) return importCell(value.result ?? null);
  if ('richText' in value) return importCell(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return importCell(hyperlinkText(value.text));
  // Error values (#N/A, #REF!...) carry nothing worth importing.
  return null;
}

/** exceljs gives a hyperlink's text as a string, or as rich text when the cell was styled in runs. */
function hyperlinkText(linkText: unknown): string {
  if (typeof linkText === 'string') return linkText;
  if (linkText && typeof linkText === 'object' && 'richText' in linkText && Array.isArray(linkText.richText)) {
    return linkText.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  return '';
}

/** exceljs reads spreadsheet dates as UTC instants, so the calendar date is in the UTC fields. */
function isoDateOf(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const pad = (part: number, width = 2) => String(part).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
