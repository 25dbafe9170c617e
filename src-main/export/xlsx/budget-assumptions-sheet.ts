import type { Worksheet } from 'exceljs';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS } from '../../domain/asset';
import { formatPercent } from '../../domain/format';
import { marginFromMarkup } from '../../domain/money';
import type { DefaultMarkups } from '../../domain/settings';
import { major, percentValue, SHEET_NAMES, TABLE_HEADER_ROW, type BudgetSheetContext } from './budget-context';
import {
  absolute,
  markAsInput,
  monthCell,
  number,
  onSheet,
  PERCENT_FORMAT,
  preparePrint,
  QUANTITY_FORMAT,
  styleHeaderRow,
  text,
  writeCell,
  writeSheetTitle,
  type SheetCell,
} from './xlsx-cells';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MARKUP_LABELS: Record<keyof DefaultMarkups, string> = {
  asset: 'Asset replacements',
  initiativeOneTime: 'Initiative one-time costs',
  service: 'Services',
  recurring: 'Initiative recurring costs',
};

/** Writes section after section down the sheet, keeping track of the next free row. */
class SheetWriter {
  constructor(
    private readonly sheet: Worksheet,
    private readonly context: BudgetSheetContext,
    public row: number,
  ) {}

  header(labels: string[]): void {
    const row = this.sheet.getRow(this.row);
    labels.forEach((label, index) => (row.getCell(index + 1).value = label));
    styleHeaderRow(row, 1, labels.length, this.context.colours);
    row.height = 20;
    this.row += 1;
  }

  line(cells: SheetCell[]): number {
    const row = this.sheet.getRow(this.row);
    cells.forEach((cell, index) => writeCell(row.getCell(index + 1), cell));
    this.row += 1;
    return this.row - 1;
  }

  note(words: string): void {
    this.sheet.mergeCells(this.row, 1, this.row, 3);
    const cell = this.sheet.getCell(this.row, 1);
    cell.value = words;
    cell.alignment = { wrapText: true, vertical: 'top' };
    // About 60 characters fit on a line of the three merged columns.
    this.sheet.getRow(this.row).height = Math.max(2, Math.ceil(words.length / 60)) * 15;
    this.row += 1;
  }

  gap(): void {
    this.row += 1;
  }
}

function priceNotes(context: BudgetSheetContext): string[] {
  const currency = context.brand.money.currency;
  const editing = 'Shaded cells are figures you can change; every total in the workbook follows. Months of replacements and charges are fixed by the plan.';
  const rules = [
    'Replacements already overdue are planned in the current month. An asset replaced by an initiative is paid for by the initiative and is not counted twice.',
    'Equipment with no price on record is marked Estimate and priced at a typical price for its category; Unpriced equipment is counted at 0 until priced.',
  ];
  if (!context.internal) return [`All amounts are prices to the client, in ${currency}.`, editing, ...rules];
  const markup = context.input.settings.markups.asset;
  const locale = context.brand.locale;
  return [
    `Client prices include the consultant's markup. Markup is added on top of cost; margin is the share of the price kept: ${formatPercent(markup, locale)} markup = ${formatPercent(marginFromMarkup(markup), locale)} margin.`,
    'Internal copy: costs, markups and margins appear here only. Send the client copy to the client.',
    editing,
    ...rules,
  ];
}

/** Returns the row of the labour rate. */
function writePlanSection(writer: SheetWriter, context: BudgetSheetContext): number {
  const { forecast, client, settings } = context.input;
  const money = context.moneyFormat;
  writer.header(['Plan', 'Value']);
  writer.line([text('Plan starts'), monthCell(forecast.startMonth)]);
  writer.line([text('Plan ends'), monthCell(forecast.endMonth)]);
  writer.line([text('Horizon (years)'), number(Math.round(forecast.months.length / 12), QUANTITY_FORMAT)]);
  writer.line([text('Fiscal year starts in'), text(MONTH_NAMES[client.fiscalYearStartMonth - 1] ?? '')]);
  writer.line([text('Currency'), text(context.brand.money.currency)]);
  return writer.line([text('Labour rate per hour'), number(major(settings.labourRateCents), money)]);
}

function writeMarkupSection(writer: SheetWriter, context: BudgetSheetContext): void {
  writer.header(['Default markups', 'Markup', 'Margin it gives']);
  const markups = context.input.settings.markups;
  for (const kind of Object.keys(MARKUP_LABELS) as (keyof DefaultMarkups)[]) {
    writer.line([
      text(MARKUP_LABELS[kind]),
      number(percentValue(markups[kind]), PERCENT_FORMAT),
      number(percentValue(marginFromMarkup(markups[kind])), PERCENT_FORMAT),
    ]);
  }
}

/** Lifespans by category; the internal copy adds the default replacement cost that prices assets without one. */
function writeLifespanSection(writer: SheetWriter, context: BudgetSheetContext): void {
  const { lifespans, replacementCosts } = context.input.settings;
  writer.header(context.internal ? ['Lifespan by category', 'Months', 'Default replacement cost'] : ['Lifespan by category', 'Months']);
  for (const category of ASSET_CATEGORIES) {
    const defaultCost = replacementCosts[category];
    writer.line([
      text(ASSET_CATEGORY_LABELS[category]),
      number(lifespans[category], QUANTITY_FORMAT),
      ...(context.internal ? [defaultCost === null ? text('None') : number(major(defaultCost), context.moneyFormat)] : []),
    ]);
  }
}

/** The Assumptions sheet; returns the labour rate's cell, which the Initiatives sheet prices labour with. */
export function writeAssumptionsSheet(sheet: Worksheet, context: BudgetSheetContext): string {
  writeSheetTitle(sheet, 'Assumptions', 'What the figures in this workbook rest on.', context.colours);
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(3).width = 16;
  const writer = new SheetWriter(sheet, context, TABLE_HEADER_ROW);
  const labourRateRow = writePlanSection(writer, context);
  markAsInput(sheet.getCell(labourRateRow, 2));
  writer.gap();
  if (context.internal) {
    writeMarkupSection(writer, context);
    writer.gap();
  }
  writeLifespanSection(writer, context);
  writer.gap();
  writer.header(['Notes', '', '']);
  priceNotes(context).forEach((words) => writer.note(words));
  // Each section has its own header, so the sheet's title is what repeats on a second page.
  preparePrint(sheet, context.brand, { rows: '1:2' });
  return onSheet(SHEET_NAMES.assumptions, absolute(2, labourRateRow));
}
