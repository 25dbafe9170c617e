import ExcelJS from 'exceljs';
import type { Standard } from '../../domain/standard';
import { STANDARD_COLUMNS, STANDARDS_SHEET, standardRow } from '../../domain/standards-table';
import { workbookBrand, type Brand } from '../brand';
import { FONT_NAME, freezePanes, preparePrint, styleHeaderRow, text, writeCell } from './xlsx-cells';

/**
 * The standards library as a workbook in the app's own format (PRODUCT.md §2, §10): the header row
 * frozen, one standard a row, every value written as text, so importing it again restores the
 * library exactly.
 */
export async function standardsWorkbookBytes(standards: readonly Standard[], brand: Brand): Promise<Uint8Array> {
  const colours = workbookBrand(brand);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = brand.company;
  workbook.company = brand.company;
  workbook.title = brand.documentTitle;
  const made = new Date(`${brand.isoDate}T00:00:00Z`);
  workbook.created = made;
  workbook.modified = made;

  const sheet = workbook.addWorksheet(STANDARDS_SHEET, { properties: { tabColor: { argb: colours.primary } } });
  sheet.columns = STANDARD_COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  const header = sheet.getRow(1);
  STANDARD_COLUMNS.forEach((column, index) => writeCell(header.getCell(index + 1), text(column.header)));
  styleHeaderRow(header, 1, STANDARD_COLUMNS.length, colours);
  header.height = 30;

  standards.forEach((standard, rowIndex) => {
    const values = standardRow(standard);
    const row = sheet.getRow(rowIndex + 2);
    STANDARD_COLUMNS.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      writeCell(cell, text(values[column.key]));
      cell.font = { name: FONT_NAME, size: 10 };
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });

  freezePanes(sheet, 1, 0);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, standards.length + 1), column: STANDARD_COLUMNS.length } };
  preparePrint(sheet, brand, { rows: '1:1' });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
