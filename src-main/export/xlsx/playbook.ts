import ExcelJS from 'exceljs';
import { PLAYBOOK_ACTIVITY_DEFINITIONS, PLAYBOOK_OBJECTIVE_RULES, type PlaybookSummary } from '../../domain/playbook';
import { PLAYBOOK_ACTIVITIES, PLAYBOOK_ACTIVITY_LABELS } from '../../domain/playbook-objectives';
import { workbookBrand, type Brand } from '../brand';
import {
  columnLetter,
  FONT_NAME,
  formula,
  freezePanes,
  number,
  PERCENT_FORMAT,
  preparePrint,
  QUANTITY_FORMAT,
  styleHeaderRow,
  styleTotalRow,
  text,
  writeCell,
  writeSheetTitle,
  type SheetCell,
} from './xlsx-cells';

/**
 * The playbook's annual summary as a workbook (PRODUCT.md §9): the objective row, one row a month
 * counted from the records, and totals and the share of each objective reached as live formulas.
 */

export const PLAYBOOK_SHEET = 'Annual summary';
export const DEFINITIONS_SHEET = 'How it is counted';
const HEADER_ROW = 4;
const OBJECTIVE_ROW = 5;
const FIRST_MONTH_ROW = 6;

export async function playbookWorkbookBytes(summary: PlaybookSummary, brand: Brand): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = brand.company;
  workbook.company = brand.company;
  workbook.title = `${brand.documentTitle} - ${brand.company}`;
  workbook.created = new Date(`${brand.isoDate}T00:00:00Z`);
  // Formulas are written without results; this makes the spreadsheet compute them on opening.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const colours = workbookBrand(brand);
  writeSummarySheet(workbook.addWorksheet(PLAYBOOK_SHEET, { properties: { tabColor: { argb: colours.primary } } }), summary, brand);
  writeDefinitionsSheet(workbook.addWorksheet(DEFINITIONS_SHEET), brand);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, cells: SheetCell[]): ExcelJS.Row {
  const row = sheet.getRow(rowNumber);
  cells.forEach((content, index) => writeCell(row.getCell(index + 1), content));
  return row;
}

function writeSummarySheet(sheet: ExcelJS.Worksheet, summary: PlaybookSummary, brand: Brand): void {
  const colours = workbookBrand(brand);
  const lastColumn = PLAYBOOK_ACTIVITIES.length + 1;
  const totalRow = FIRST_MONTH_ROW + summary.months.length;
  const reachedRow = totalRow + 1;
  writeSheetTitle(sheet, brand.documentTitle, `${brand.company}  ·  ${summary.activeClients} active clients  ·  ${brand.dateLabel}`, colours);

  styleHeaderRow(writeRow(sheet, HEADER_ROW, [text('Month'), ...PLAYBOOK_ACTIVITIES.map((activity) => text(PLAYBOOK_ACTIVITY_LABELS[activity]))]), 1, lastColumn, colours);
  const objective = writeRow(sheet, OBJECTIVE_ROW, [
    text('Annual objective'),
    ...PLAYBOOK_ACTIVITIES.map((activity) => {
      const value = summary.objectives[activity].value;
      return value === null ? text('–') : number(value, QUANTITY_FORMAT);
    }),
  ]);
  objective.font = { name: FONT_NAME, bold: true, color: { argb: colours.primary } };
  summary.months.forEach((month, index) => {
    writeRow(sheet, FIRST_MONTH_ROW + index, [text(month.label), ...PLAYBOOK_ACTIVITIES.map((activity) => number(month.counts[activity], QUANTITY_FORMAT))]);
  });
  const column = (index: number) => columnLetter(index + 2);
  styleTotalRow(
    writeRow(sheet, totalRow, [
      text('Totals'),
      ...PLAYBOOK_ACTIVITIES.map((_, index) => formula(`SUM(${column(index)}${FIRST_MONTH_ROW}:${column(index)}${totalRow - 1})`, QUANTITY_FORMAT)),
    ]),
    1,
    lastColumn,
    colours,
  );
  writeRow(sheet, reachedRow, [
    text('Share of objective'),
    ...PLAYBOOK_ACTIVITIES.map((_, index) => {
      const objectiveCell = `${column(index)}${OBJECTIVE_ROW}`;
      return formula(`IF(ISNUMBER(${objectiveCell}),IF(${objectiveCell}>0,${column(index)}${totalRow}/${objectiveCell},""),"")`, PERCENT_FORMAT);
    }),
  ]).font = { name: FONT_NAME, italic: true };

  sheet.getColumn(1).width = 20;
  for (let index = 2; index <= lastColumn; index += 1) sheet.getColumn(index).width = 15;
  freezePanes(sheet, HEADER_ROW, 1);
  preparePrint(sheet, brand, { rows: `${HEADER_ROW}:${HEADER_ROW}` });
}

function writeDefinitionsSheet(sheet: ExcelJS.Worksheet, brand: Brand): void {
  const colours = workbookBrand(brand);
  writeSheetTitle(sheet, 'How each activity is counted', 'Counted from the records kept in vCIO Desk; objectives follow the cadence of the active clients unless set by hand.', colours);
  styleHeaderRow(writeRow(sheet, HEADER_ROW, [text('Activity'), text('Counted as'), text('Objective from the cadence')]), 1, 3, colours);
  PLAYBOOK_ACTIVITIES.forEach((activity, index) => {
    const row = writeRow(sheet, HEADER_ROW + 1 + index, [text(PLAYBOOK_ACTIVITY_LABELS[activity]), text(PLAYBOOK_ACTIVITY_DEFINITIONS[activity]), text(PLAYBOOK_OBJECTIVE_RULES[activity])]);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 60;
  sheet.getColumn(3).width = 60;
  preparePrint(sheet, brand, { rows: `${HEADER_ROW}:${HEADER_ROW}` });
}
