import type { Worksheet } from 'exceljs';
import { budgetTable, planPeriods, pricingGaps, replacementCount, type Period } from '../../domain/budget-views';
import { monthLabel } from '../../domain/months';
import { SPEND_WORDS, type BudgetSheetContext } from './budget-context';
import type { PlanRanges } from './budget-plan-sheet';
import {
  columnLetter,
  FONT_NAME,
  formula,
  number,
  PERCENT_FORMAT,
  preparePrint,
  styleHeaderRow,
  styleTotalRow,
  text,
  writeCell,
  type SheetCell,
} from './xlsx-cells';

/**
 * The Summary sheet: client price per fiscal year and category, computed live from the Monthly plan
 * with SUMPRODUCT over its fiscal-year row, so an edit anywhere shows up here.
 */

const LOGO_BOX = { width: 220, height: 56 };
const FIRST_YEAR_COLUMN = 2;

interface SummaryGrid {
  periods: Period[];
  headerRow: number;
  totalColumn: number;
}

function writeHeading(sheet: Worksheet, context: BudgetSheetContext, logoImageId: number | null): number {
  const { brand, colours, input } = context;
  if (brand.logo && logoImageId !== null) {
    const scale = Math.min(LOGO_BOX.width / brand.logo.width, LOGO_BOX.height / brand.logo.height, 1);
    const size = { width: Math.round(brand.logo.width * scale), height: Math.round(brand.logo.height * scale) };
    sheet.addImage(logoImageId, { tl: { col: 0, row: 0 }, ext: size, editAs: 'oneCell' });
    sheet.getRow(1).height = size.height * 0.75 + 6;
  } else {
    sheet.getCell(1, 1).value = brand.company;
    sheet.getCell(1, 1).font = { name: FONT_NAME, bold: true, size: 12, color: { argb: colours.primary } };
  }
  const title = sheet.getCell(2, 1);
  title.value = brand.documentTitle;
  title.font = { name: FONT_NAME, bold: true, size: 16, color: { argb: colours.primary } };
  sheet.getRow(2).height = 24;

  const months = input.forecast.months;
  const facts: [string, string][] = [
    ['Client', brand.clientName],
    ['Prepared by', brand.company],
    ['Date', brand.dateLabel],
    ['Plan', `${monthLabel(months[0]!)} to ${monthLabel(months[months.length - 1]!)}, in ${brand.money.currency}`],
  ];
  facts.forEach(([label, value], index) => {
    const row = sheet.getRow(3 + index);
    row.getCell(1).value = label;
    row.getCell(1).font = { name: FONT_NAME, bold: true, color: { argb: 'FF555555' } };
    writeCell(row.getCell(2), text(value));
  });
  return 3 + facts.length + 1;
}

function writeYearHeader(sheet: Worksheet, context: BudgetSheetContext, grid: SummaryGrid): void {
  const header = sheet.getRow(grid.headerRow);
  header.getCell(1).value = 'Client price by fiscal year';
  grid.periods.forEach((period, index) => (header.getCell(FIRST_YEAR_COLUMN + index).value = period.label));
  header.getCell(grid.totalColumn).value = 'Total';
  styleHeaderRow(header, 1, grid.totalColumn, context.colours);
  header.height = 22;

  const spans = sheet.getRow(grid.headerRow + 1);
  grid.periods.forEach((period, index) => {
    const cell = spans.getCell(FIRST_YEAR_COLUMN + index);
    cell.value = `${monthLabel(period.firstMonth)} – ${monthLabel(period.lastMonth)}`;
    cell.font = { name: FONT_NAME, italic: true, size: 9, color: { argb: 'FF667085' } };
  });
}

/** Writes one figure per fiscal year and a row total; `figure` gets the fiscal-year header cell, e.g. "B$8". */
function writeFigureRow(
  sheet: Worksheet,
  grid: SummaryGrid,
  rowNumber: number,
  label: string,
  figure: (yearCell: string, column: number) => SheetCell,
  total: SheetCell,
): void {
  const row = sheet.getRow(rowNumber);
  writeCell(row.getCell(1), text(label));
  grid.periods.forEach((_period, index) => {
    const column = FIRST_YEAR_COLUMN + index;
    writeCell(row.getCell(column), figure(`${columnLetter(column)}$${grid.headerRow}`, column));
  });
  writeCell(row.getCell(grid.totalColumn), total);
}

function rowTotal(grid: SummaryGrid, rowNumber: number, format: string): SheetCell {
  return formula(`SUM(${columnLetter(FIRST_YEAR_COLUMN)}${rowNumber}:${columnLetter(grid.totalColumn - 1)}${rowNumber})`, format);
}

/** Category rows, their total and the capex/opex split; returns the total's row and the next free row. */
function writePriceRows(sheet: Worksheet, context: BudgetSheetContext, grid: SummaryGrid, plan: PlanRanges): { totalRow: number; nextRow: number } {
  const money = context.moneyFormat;
  const { forecast, client } = context.input;
  const categories = budgetTable(forecast, { granularity: 'fiscalYear', grouping: 'category', fiscalYearStartMonth: client.fiscalYearStartMonth }).rows;
  const firstCategoryRow = grid.headerRow + 2;
  categories.forEach((category, index) => {
    const row = firstCategoryRow + index;
    const inCategory = (year: string) => formula(`SUMPRODUCT((${plan.categories}=$A${row})*(${plan.fiscalYears}=${year})*${plan.amounts})`, money);
    writeFigureRow(sheet, grid, row, category.label, inCategory, rowTotal(grid, row, money));
  });

  const totalRow = firstCategoryRow + categories.length;
  const lastCategoryRow = totalRow - 1;
  const sumOfCategories = (_year: string, column: number) =>
    categories.length === 0 ? number(0, money) : formula(`SUM(${columnLetter(column)}${firstCategoryRow}:${columnLetter(column)}${lastCategoryRow})`, money);
  writeFigureRow(sheet, grid, totalRow, 'Total', sumOfCategories, rowTotal(grid, totalRow, money));
  styleTotalRow(sheet.getRow(totalRow), 1, grid.totalColumn, context.colours);

  const spendRows = [
    ['Capex (capital)', SPEND_WORDS.capex],
    ['Opex (operating)', SPEND_WORDS.opex],
  ] as const;
  spendRows.forEach(([label, word], index) => {
    const row = totalRow + 2 + index;
    const ofSpend = (year: string) => formula(`SUMPRODUCT((${plan.spends}="${word}")*(${plan.fiscalYears}=${year})*${plan.amounts})`, money);
    writeFigureRow(sheet, grid, row, label, ofSpend, rowTotal(grid, row, money));
  });
  return { totalRow, nextRow: totalRow + 2 + spendRows.length };
}

/** The consultant's copy adds what the client's prices cost and what they leave. */
function writeMarginRows(sheet: Worksheet, context: BudgetSheetContext, grid: SummaryGrid, plan: PlanRanges, rows: { totalRow: number; nextRow: number }): void {
  const money = context.moneyFormat;
  const priceRow = rows.totalRow;
  const costRow = rows.nextRow + 1;
  const occurrences = plan.costPerOccurrence!;
  // A month cell holds a number only where the line has an occurrence; each costs the line's cost per occurrence.
  const costIn = (year: string) => formula(`SUMPRODUCT((${plan.fiscalYears}=${year})*ISNUMBER(${plan.amounts})*${occurrences})`, money);
  writeFigureRow(sheet, grid, costRow, 'Cost', costIn, rowTotal(grid, costRow, money));
  const marginRow = costRow + 1;
  const columnCell = (column: number, row: number) => `${columnLetter(column)}${row}`;
  const marginOf = (column: number) => formula(`${columnCell(column, priceRow)}-${columnCell(column, costRow)}`, money);
  writeFigureRow(sheet, grid, marginRow, 'Margin', (_year, column) => marginOf(column), marginOf(grid.totalColumn));
  const shareOf = (column: number) =>
    formula(`IF(${columnCell(column, priceRow)}=0,0,${columnCell(column, marginRow)}/${columnCell(column, priceRow)})`, PERCENT_FORMAT);
  writeFigureRow(sheet, grid, marginRow + 1, 'Margin %', (_year, column) => shareOf(column), shareOf(grid.totalColumn));
}

/** Says which figures rest on estimates, so a client never reads an estimate as a quote. */
function writeEstimatesNote(sheet: Worksheet, context: BudgetSheetContext, rowNumber: number): void {
  const gaps = pricingGaps(context.input.forecast);
  const parts = [
    gaps.estimated > 0 ? `${replacementCount(gaps.estimated)} ${gaps.estimated === 1 ? 'is an estimate' : 'are estimates'} (marked Estimate on the Assets sheet)` : '',
    gaps.unpriced > 0 ? `${replacementCount(gaps.unpriced)} ${gaps.unpriced === 1 ? 'is' : 'are'} unpriced and counted at 0 until priced` : '',
  ].filter(Boolean);
  if (parts.length === 0) return;
  const cell = sheet.getCell(rowNumber, 1);
  writeCell(cell, text(`Note: ${parts.join('; ')}.`));
  cell.font = { name: FONT_NAME, italic: true, color: { argb: 'FF9A3412' } };
}

export function writeSummarySheet(sheet: Worksheet, context: BudgetSheetContext, plan: PlanRanges, logoImageId: number | null): void {
  const headerRow = writeHeading(sheet, context, logoImageId);
  const periods = planPeriods(context.input.forecast.months, 'fiscalYear', context.input.client.fiscalYearStartMonth);
  const grid: SummaryGrid = { periods, headerRow, totalColumn: FIRST_YEAR_COLUMN + periods.length };
  sheet.getColumn(1).width = 30;
  for (let column = FIRST_YEAR_COLUMN; column <= grid.totalColumn; column += 1) sheet.getColumn(column).width = 17;
  writeYearHeader(sheet, context, grid);
  const rows = writePriceRows(sheet, context, grid, plan);
  if (context.internal) writeMarginRows(sheet, context, grid, plan, rows);
  writeEstimatesNote(sheet, context, rows.nextRow + (context.internal ? 5 : 1));
  preparePrint(sheet, context.brand, { rows: `${headerRow}:${headerRow + 1}` });
}
