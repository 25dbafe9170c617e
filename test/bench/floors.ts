import ExcelJS from 'exceljs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../src-main/export/pdf/render';

/**
 * The physical floors the figures are compared with, each measured in the same run on the same
 * bytes: what the machine and the libraries need at the least for the same work.
 */

/** Opening the practice at the least: read the file and parse its JSON, nothing else. */
export async function parseFloor(file: string): Promise<number> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { data: { clients: unknown[] } };
  return parsed.data.clients.length;
}

/** A durable replacement at the least: write a temp file, fsync it, rename it over the target, fsync the folder. */
export async function durableWriteFloor(target: string, bytes: string | Uint8Array): Promise<void> {
  const temp = `${target}.floor.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
  const folder = await open(path.dirname(target), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

export async function removeFloorFile(target: string): Promise<void> {
  await rm(target, { force: true });
}

/** How many pages a PDF has (pdfmake writes each page object uncompressed). */
export function pdfPageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** A full page of plain text: about what a dense report page holds. */
const PLAIN_PAGE = Array.from({ length: 45 }, (_, line) => `Line ${line + 1}: the replacement of the reception workstation falls in the third quarter.`).join('\n');

/** pdfmake's render of a plain document of the same number of pages, with the same fonts. */
export function pdfFloorDocument(pages: number): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    content: Array.from({ length: pages }, (_, page) => ({ text: PLAIN_PAGE, fontSize: 9, ...(page > 0 ? { pageBreak: 'before' as const } : {}) })),
  };
}

export async function pdfFloor(pages: number, fontsDir: string): Promise<number> {
  return (await renderPdf(pdfFloorDocument(pages), fontsDir)).length;
}

/** Rows × columns of each sheet of a workbook. */
export async function workbookShape(bytes: Uint8Array): Promise<Array<{ rows: number; columns: number }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ rows: sheet.rowCount, columns: sheet.columnCount }));
}

/** exceljs writing a workbook of the same sheets, rows and columns, with plain values (half text, half numbers). */
export async function workbookFloor(shape: ReadonlyArray<{ rows: number; columns: number }>): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  for (const [index, sheetShape] of shape.entries()) {
    const sheet = workbook.addWorksheet(`Sheet ${index + 1}`);
    for (let row = 1; row <= sheetShape.rows; row += 1) {
      sheet.addRow(Array.from({ length: sheetShape.columns }, (_, column) => (column % 2 === 0 ? `Cell ${row}.${column}` : row * 100 + column)));
    }
  }
  return (await workbook.xlsx.writeBuffer()).byteLength;
}
