import ExcelJS from 'exceljs';
import type { SheetRow } from '../../domain/myitprocess-template';
import { importCell } from './read-tables';
import { excelBuffer } from './xlsx-cells';
import { readZipDirectory, worksheetRowCounts } from './zip-guard';

/**
 * Reads a workbook's sheets as numbered rows of cells (column A first), for imports whose columns
 * are fixed by position or found by a header row. Refuses, before parsing, an archive that declares
 * more than `maxUnpackedBytes` of content or holds a sheet of more than `maxRows` rows.
 */

export class WorkbookRefused extends Error {}

export interface SheetRows {
  sheets: string[];
  rows(sheet: string): SheetRow[];
}

export async function readSheetRows(bytes: Uint8Array, limits: { maxUnpackedBytes: number; maxRows: number }): Promise<SheetRows> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new WorkbookRefused(directory.reason === 'zip64' ? 'The workbook is too large to import.' : 'The file is not a readable Excel workbook (.xlsx).');
  if (directory.uncompressedBytes > limits.maxUnpackedBytes) {
    throw new WorkbookRefused(`The workbook unpacks to ${Math.round(directory.uncompressedBytes / 1_000_000)} MB; at most ${Math.round(limits.maxUnpackedBytes / 1_000_000)} MB can be imported.`);
  }
  let largest: number;
  try {
    largest = Math.max(0, ...worksheetRowCounts(bytes, directory));
  } catch {
    throw new WorkbookRefused('The file is not a readable Excel workbook (.xlsx).');
  }
  if (largest > limits.maxRows) {
    throw new WorkbookRefused(`A sheet of the workbook has ${largest.toLocaleString('en-US')} rows; at most ${limits.maxRows.toLocaleString('en-US')} can be imported at once.`);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(excelBuffer(bytes));
  return {
    sheets: workbook.worksheets.map((sheet) => sheet.name),
    rows(name) {
      const sheet = workbook.worksheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
      const rows: SheetRow[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: SheetRow['cells'] = [];
        for (let column = 1; column <= row.cellCount; column += 1) {
          const cell = row.getCell(column);
          cells.push(cell.isMerged && cell.master !== cell ? null : importCell(cell.value));
        }
        if (cells.some((cell) => cell !== null)) rows.push({ rowNumber, cells });
      });
      return rows;
    },
  };
}

export interface SheetRowsTask {
  bytes: Uint8Array;
  limits: { maxUnpackedBytes: number; maxRows: number };
  /** Sheet names looked for in this order, whatever their case and surrounding spaces. */
  wanted: string[];
}

export type SheetRowsResult =
  | { ok: true; sheets: string[]; found: { wanted: string; sheet: string; rows: SheetRow[] } | null }
  | { ok: false; reason: 'refused' | 'unreadable'; message: string; sheet?: string };

/** The rows of the first wanted sheet the workbook has, as plain data (it runs on the export worker). */
export async function readWantedSheet(task: SheetRowsTask): Promise<SheetRowsResult> {
  let workbook: SheetRows;
  try {
    workbook = await readSheetRows(task.bytes, task.limits);
  } catch (error) {
    return error instanceof WorkbookRefused ? { ok: false, reason: 'refused', message: error.message } : { ok: false, reason: 'unreadable', message: '' };
  }
  for (const wanted of task.wanted) {
    const sheet = workbook.sheets.find((name) => name.trim().toLowerCase() === wanted.toLowerCase());
    if (!sheet) continue;
    try {
      return { ok: true, sheets: workbook.sheets, found: { wanted, sheet, rows: workbook.rows(sheet) } };
    } catch (error) {
      return error instanceof WorkbookRefused ? { ok: false, reason: 'refused', message: error.message, sheet } : { ok: false, reason: 'unreadable', message: '', sheet };
    }
  }
  return { ok: true, sheets: workbook.sheets, found: null };
}
