import type { Worksheet } from 'exceljs';
import { budgetCategoryLabel, type BudgetEvent, type BudgetEventKind } from '../../domain/forecast';
import { budgetTable, periodOf, planPeriods } from '../../domain/budget-views';
import { monthLabel } from '../../domain/months';
import { occurrenceKey, SHEET_NAMES, SPEND_WORDS, TABLE_HEADER_ROW, type BudgetSheetContext, type OccurrenceCells } from './budget-context';
import {
  absolute,
  columnLetter,
  FONT_NAME,
  formula,
  freezePanes,
  onSheet,
  preparePrint,
  styleTotalRow,
  text,
  writeCell,
  writeSheetTitle,
  type SheetCell,
} from './xlsx-cells';
import { addAutoFilter, writeTable, type TableColumn, type WrittenTable } from './xlsx-table';

/** One row of the monthly plan: every occurrence of one item's one kind of spending. */
interface PlanLine {
  label: string;
  source: string;
  category: string;
  spend: string;
  monthOffsets: ReadonlySet<number>;
  cells: OccurrenceCells;
}

/** Where the Summary finds the plan's figures, as absolute ranges on the Monthly plan sheet. */
export interface PlanRanges {
  fiscalYears: string;
  amounts: string;
  categories: string;
  spends: string;
  /** Internal copy only. */
  costPerOccurrence: string | null;
}

const SOURCE_WORDS: Record<BudgetEventKind, string> = {
  replacement: 'Asset replacement',
  monthlyService: 'Monthly service',
  annualService: 'Annual service',
  oneTime: 'Initiative, one-time',
  recurring: 'Initiative, monthly',
  labour: 'Initiative, labour',
};

const INITIATIVE_SUFFIX: Partial<Record<BudgetEventKind, string>> = { oneTime: 'one-time', recurring: 'monthly', labour: 'labour' };

const FISCAL_YEAR_ROW = TABLE_HEADER_ROW - 1;
const FIRST_MONTH_COLUMN = 5;

function planLines(context: BudgetSheetContext, occurrences: ReadonlyMap<string, OccurrenceCells>): PlanLine[] {
  const { forecast, client } = context.input;
  const eventsByLine = new Map<string, BudgetEvent[]>();
  for (const event of forecast.events) {
    const key = occurrenceKey(event.sourceId, event.kind);
    const events = eventsByLine.get(key);
    if (events) events.push(event);
    else eventsByLine.set(key, [event]);
  }
  const ordered = budgetTable(forecast, { granularity: 'month', grouping: 'line', fiscalYearStartMonth: client.fiscalYearStartMonth }).rows;
  return ordered.map((row) => {
    const key = occurrenceKey(row.sourceId!, row.kind!);
    const events = eventsByLine.get(key) ?? [];
    const cells = occurrences.get(key);
    if (!cells) throw new Error(`The budget line ${key} has no source row in the workbook`);
    const first = events[0]!;
    const suffix = INITIATIVE_SUFFIX[first.kind] ?? (first.estimated ? 'estimate' : first.unpriced ? 'unpriced' : undefined);
    return {
      label: suffix ? `${first.label} (${suffix})` : first.label,
      source: SOURCE_WORDS[first.kind],
      category: budgetCategoryLabel(first.category),
      spend: SPEND_WORDS[first.spend],
      monthOffsets: new Set(events.map((event) => event.monthOffset)),
      cells,
    };
  });
}

function planColumns(context: BudgetSheetContext): TableColumn<PlanLine>[] {
  const money = context.moneyFormat;
  const months = context.input.forecast.months;
  const monthRange = (at: (key: string) => string) => `${at(monthKey(0))}:${at(monthKey(months.length - 1))}`;
  const columns: TableColumn<PlanLine>[] = [
    { key: 'line', header: 'Line', width: 40, cell: (line) => text(line.label) },
    { key: 'source', header: 'Source', width: 17, cell: (line) => text(line.source) },
    { key: 'category', header: 'Category', width: 17, cell: (line) => text(line.category) },
    { key: 'spend', header: 'Capex/Opex', width: 10, cell: (line) => text(line.spend) },
    ...months.map(
      (month, offset): TableColumn<PlanLine> => ({
        key: monthKey(offset),
        header: monthLabel(month),
        width: 11,
        cell: (line) => (line.monthOffsets.has(offset) ? formula(line.cells.price, money) : null),
      }),
    ),
    { key: 'total', header: 'Total', width: 14, cell: (_line, at) => formula(`SUM(${monthRange(at)})`, money) },
  ];
  if (context.internal) {
    columns.push(
      { key: 'unitCost', header: 'Cost per occurrence', width: 13, cell: (line) => formula(line.cells.cost ?? '0', money) },
      { key: 'cost', header: 'Cost total', width: 14, cell: (_line, at) => formula(`COUNT(${monthRange(at)})*${at('unitCost')}`, money) },
      { key: 'margin', header: 'Margin', width: 14, cell: (_line, at) => formula(`${at('total')}-${at('cost')}`, money) },
    );
  }
  return columns;
}

function monthKey(offset: number): string {
  return `month ${offset}`;
}

function writeFiscalYearRow(sheet: Worksheet, context: BudgetSheetContext): void {
  const row = sheet.getRow(FISCAL_YEAR_ROW);
  row.getCell(FIRST_MONTH_COLUMN - 1).value = 'Fiscal year';
  context.input.forecast.months.forEach((month, offset) => {
    const cell = row.getCell(FIRST_MONTH_COLUMN + offset);
    cell.value = periodOf(month, 'fiscalYear', context.input.client.fiscalYearStartMonth).label;
    cell.font = { name: FONT_NAME, color: { argb: 'FF667085' }, size: 9 };
  });
  row.getCell(FIRST_MONTH_COLUMN - 1).font = { name: FONT_NAME, color: { argb: 'FF667085' }, size: 9 };
}

/** Sums every figure column but the cost per occurrence, whose sum means nothing. */
function writeTotalRow(sheet: Worksheet, context: BudgetSheetContext, rowNumber: number, firstLine: number, table: WrittenTable): void {
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = 'Total';
  const skipped = context.internal ? table.columnOf('unitCost') : -1;
  for (let column = FIRST_MONTH_COLUMN; column <= table.lastColumn; column += 1) {
    if (column === skipped) continue;
    const letter = columnLetter(column);
    const cell: SheetCell = formula(`SUM(${letter}${firstLine}:${letter}${rowNumber - 1})`, context.moneyFormat);
    writeCell(row.getCell(column), cell);
  }
  styleTotalRow(row, 1, table.lastColumn, context.colours);
}

/**
 * The Monthly plan sheet: one row per budget line, one column per plan month. A month where the line
 * has an occurrence points at the line's price on its source sheet, so an edit there flows through.
 */
export function writePlanSheet(sheet: Worksheet, context: BudgetSheetContext, occurrences: ReadonlyMap<string, OccurrenceCells>): PlanRanges {
  writeSheetTitle(sheet, 'Monthly plan', 'Client prices by month. Each figure comes from the Assets, Services or Initiatives sheet.', context.colours);
  writeFiscalYearRow(sheet, context);
  const lines = planLines(context, occurrences);
  const columns = planColumns(context);
  const table = writeTable(sheet, TABLE_HEADER_ROW, columns, lines, context.colours);
  if (lines.length === 0) sheet.getCell(table.firstRow, 1).value = 'Nothing is planned in these months.';
  const lastLine = Math.max(table.lastRow, table.firstRow);
  writeTotalRow(sheet, context, lastLine + 1, table.firstRow, table);

  addAutoFilter(sheet, { ...table, lastRow: lastLine });
  freezePanes(sheet, TABLE_HEADER_ROW, 1);
  // A page per fiscal year across, with the line names repeated: one page for 36 or more months is unreadable.
  const fiscalYears = planPeriods(context.input.forecast.months, 'fiscalYear', context.input.client.fiscalYearStartMonth).length;
  preparePrint(sheet, context.brand, { rows: `${FISCAL_YEAR_ROW}:${TABLE_HEADER_ROW}`, columns: 'A:A' }, fiscalYears);

  const lastMonthColumn = FIRST_MONTH_COLUMN + context.input.forecast.months.length - 1;
  const span = (fromColumn: number, toColumn: number, fromRow: number, toRow: number) =>
    onSheet(SHEET_NAMES.plan, `${absolute(fromColumn, fromRow)}:${absolute(toColumn, toRow)}`);
  return {
    fiscalYears: span(FIRST_MONTH_COLUMN, lastMonthColumn, FISCAL_YEAR_ROW, FISCAL_YEAR_ROW),
    amounts: span(FIRST_MONTH_COLUMN, lastMonthColumn, table.firstRow, lastLine),
    categories: span(table.columnOf('category'), table.columnOf('category'), table.firstRow, lastLine),
    spends: span(table.columnOf('spend'), table.columnOf('spend'), table.firstRow, lastLine),
    costPerOccurrence: context.internal ? span(table.columnOf('unitCost'), table.columnOf('unitCost'), table.firstRow, lastLine) : null,
  };
}
