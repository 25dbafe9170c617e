import type { Worksheet } from 'exceljs';
import type { Brand } from '../brand';
import { columnLetter, freezePanes, markAsInput, preparePrint, styleHeaderRow, writeCell, type BrandColours, type SheetCell } from './xlsx-cells';

/** A data table on a sheet: one header row, one row per item, columns found by key for formulas. */

export interface TableColumn<T> {
  key: string;
  header: string;
  width: number;
  /** Figures a reader may change; shaded so they stand out from the formulas. */
  input?: boolean;
  /** `at(key)` is the address of another column in the same row, e.g. "C5". */
  cell: (item: T, at: (key: string) => string) => SheetCell;
}

export interface WrittenTable {
  headerRow: number;
  firstRow: number;
  /** The last data row; equals headerRow when there are no items. */
  lastRow: number;
  lastColumn: number;
  columnOf(key: string): number;
  rowOf(index: number): number;
}

export function writeTable<T>(
  sheet: Worksheet,
  headerRow: number,
  columns: readonly TableColumn<T>[],
  items: readonly T[],
  colours: BrandColours,
): WrittenTable {
  const columnNumbers = new Map(columns.map((column, index) => [column.key, index + 1]));
  const columnOf = (key: string): number => {
    const found = columnNumbers.get(key);
    if (found === undefined) throw new Error(`No column "${key}" in sheet ${sheet.name}`);
    return found;
  };

  const header = sheet.getRow(headerRow);
  columns.forEach((column, index) => {
    header.getCell(index + 1).value = column.header;
    sheet.getColumn(index + 1).width = column.width;
  });
  styleHeaderRow(header, 1, columns.length, colours);

  items.forEach((item, itemIndex) => {
    const rowNumber = headerRow + 1 + itemIndex;
    const row = sheet.getRow(rowNumber);
    const at = (key: string) => `${columnLetter(columnOf(key))}${rowNumber}`;
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      writeCell(cell, column.cell(item, at));
      if (column.input) markAsInput(cell);
    });
  });

  return {
    headerRow,
    firstRow: headerRow + 1,
    lastRow: headerRow + items.length,
    lastColumn: columns.length,
    columnOf,
    rowOf: (index) => headerRow + 1 + index,
  };
}

export function addAutoFilter(sheet: Worksheet, table: WrittenTable): void {
  sheet.autoFilter = { from: { row: table.headerRow, column: 1 }, to: { row: Math.max(table.lastRow, table.headerRow), column: table.lastColumn } };
}

/** A data sheet's finish: filter buttons, frozen header and first column, print setup with the header row repeated. */
export function finishDataSheet(sheet: Worksheet, table: WrittenTable, brand: Brand): void {
  addAutoFilter(sheet, table);
  freezePanes(sheet, table.headerRow, 1);
  preparePrint(sheet, brand, { rows: `${table.headerRow}:${table.headerRow}` });
}
