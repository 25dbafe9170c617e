import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import { currencySymbol, currencySymbolLeads, type MoneyStyle } from '../../domain/format';
import { monthIndex, type IsoDate, type Month } from '../../domain/months';
import { workbookBrand, type Brand } from '../brand';

/**
 * The only way workbook builders put content in a cell. User text can only enter as `text`, which
 * exceljs writes as a string cell whatever it starts with; formulas come only from the builders'
 * own templates and are written without a cached result, so the spreadsheet computes them.
 */
export type SheetCell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'formula'; formula: string; format?: string }
  | { kind: 'date'; value: Date; format: string }
  | null;

export type BrandColours = ReturnType<typeof workbookBrand>;

export const PERCENT_FORMAT = '0.00%';
export const QUANTITY_FORMAT = '#,##0';
export const HOURS_FORMAT = '#,##0.00';
export const MONTH_FORMAT = 'mmm yyyy';
export const DATE_FORMAT = 'd mmm yyyy';
/** Pale yellow marks the figures a reader may change. */
const INPUT_FILL = 'FFFFF7D6';
/** Named, so that styled cells keep the workbook's font instead of falling back to the viewer's default. */
export const FONT_NAME = 'Calibri';

/** The most characters a cell holds: Excel refuses to open a workbook with a longer one. */
export const CELL_LIMIT = 32_767;
/** Characters XML cannot carry (control characters, broken surrogates, noncharacters): matching them is the point. */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as a cell can hold it: what XML cannot carry becomes U+FFFD, the visible replacement mark,
 * and text past the cell's limit is cut with a note saying so, so nothing goes missing unseen.
 */
export function cellText(value: string): string {
  const clean = value.replace(NOT_IN_XML, '\ufffd');
  if (clean.length <= CELL_LIMIT) return clean;
  const note = ` … [cut: ${clean.length.toLocaleString('en-US')} characters, more than a cell holds]`;
  let kept = clean.slice(0, CELL_LIMIT - note.length);
  if (/[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  return kept + note;
}

export function text(value: string): SheetCell {
  return { kind: 'text', value };
}

export function number(value: number, format?: string): SheetCell {
  return { kind: 'number', value, format };
}

export function formula(expression: string, format?: string): SheetCell {
  return { kind: 'formula', formula: expression, format };
}

export function monthCell(value: Month | null): SheetCell {
  if (!value) return null;
  const index = monthIndex(value);
  return { kind: 'date', value: new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)), format: MONTH_FORMAT };
}

export function dateCell(value: IsoDate | null): SheetCell {
  if (!value) return null;
  return { kind: 'date', value: new Date(`${value}T00:00:00Z`), format: DATE_FORMAT };
}

export function writeCell(cell: Cell, content: SheetCell): void {
  if (content === null) return;
  switch (content.kind) {
    case 'text':
      cell.value = cellText(content.value);
      return;
    case 'number':
      cell.value = content.value;
      break;
    case 'formula':
      cell.value = { formula: content.formula };
      break;
    case 'date':
      cell.value = content.value;
      break;
  }
  if (content.format) cell.numFmt = content.format;
}

/** '"$"#,##0.00' or '#,##0.00 "€"', as the consultant's locale writes the currency. */
export function moneyFormat(money: MoneyStyle): string {
  const symbol = `"${currencySymbol(money).replace(/"/g, '')}"`;
  return currencySymbolLeads(money) ? `${symbol}#,##0.00` : `#,##0.00\\ ${symbol}`;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function absolute(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

export function relative(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

export function onSheet(sheetName: string, reference: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${reference}`;
}

export function styleHeaderRow(row: Row, fromColumn: number, toColumn: number, colours: BrandColours): void {
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const cell = row.getCell(column);
    cell.font = { ...colours.headerFont, name: FONT_NAME };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.primary } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
  row.height = 44;
}

export function styleTotalRow(row: Row, fromColumn: number, toColumn: number, colours: BrandColours): void {
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const cell = row.getCell(column);
    cell.font = { name: FONT_NAME, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.totalFill } };
    cell.border = { top: { style: 'thin', color: { argb: colours.primary } } };
  }
}

export function markAsInput(cell: Cell): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
}

/** Title and subtitle in the first two rows of a sheet. */
export function writeSheetTitle(sheet: Worksheet, title: string, subtitle: string, colours: BrandColours): void {
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: FONT_NAME, bold: true, size: 14, color: { argb: colours.primary } };
  const subtitleCell = sheet.getCell(2, 1);
  subtitleCell.value = subtitle;
  subtitleCell.font = { name: FONT_NAME, italic: true, color: { argb: 'FF555555' } };
}

export function freezePanes(sheet: Worksheet, rows: number, columns: number): void {
  sheet.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: relative(columns + 1, rows + 1) }];
}

/** Landscape, `pagesWide` pages wide (one by default), as many tall as needed, header rows on every page, branded header and footer. */
export function preparePrint(sheet: Worksheet, brand: Brand, printTitles: { rows: string; columns?: string }, pagesWide = 1): void {
  const colours = workbookBrand(brand);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: brand.pageSize === 'A4' ? 9 : undefined,
    fitToPage: true,
    fitToWidth: pagesWide,
    fitToHeight: 0,
    printTitlesRow: printTitles.rows,
    ...(printTitles.columns ? { printTitlesColumn: printTitles.columns } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddHeader: colours.printHeader, oddFooter: colours.printFooter };
}

type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];

/** exceljs declares its own Buffer type (an ArrayBuffer); at run time it wants a Node Buffer, which this gives. */
export function excelBuffer(bytes: Uint8Array): ExcelBuffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelBuffer;
}
