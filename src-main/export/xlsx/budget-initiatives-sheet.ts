import type { Worksheet } from 'exceljs';
import { INITIATIVE_STATUS_LABELS, type Initiative } from '../../domain/initiative';
import { priceWithMarkup } from '../../domain/money';
import { quarterLabel } from '../../domain/months';
import {
  major,
  occurrenceKey,
  percentValue,
  SHEET_NAMES,
  SPEND_WORDS,
  TABLE_HEADER_ROW,
  type BudgetSheetContext,
  type OccurrenceCells,
} from './budget-context';
import { absolute, formula, HOURS_FORMAT, number, onSheet, PERCENT_FORMAT, text, writeSheetTitle } from './xlsx-cells';
import { finishDataSheet, writeTable, type TableColumn } from './xlsx-table';

interface InitiativeLine {
  initiative: Initiative;
  oneTimeMarkupPercent: number;
  recurringMarkupPercent: number;
  /** Names of the assets it replaces, whose own replacement it pays for. */
  replaces: string;
}

function describingColumns(): TableColumn<InitiativeLine>[] {
  return [
    { key: 'title', header: 'Initiative', width: 32, cell: (line) => text(line.initiative.title) },
    { key: 'status', header: 'Status', width: 12, cell: (line) => text(INITIATIVE_STATUS_LABELS[line.initiative.status]) },
    {
      key: 'start',
      header: 'Start quarter',
      width: 12,
      cell: (line) => text(line.initiative.startQuarter ? quarterLabel(line.initiative.startQuarter) : 'Unscheduled'),
    },
    { key: 'spend', header: 'One-time spend', width: 10, cell: (line) => text(SPEND_WORDS[line.initiative.oneTimeSpend]) },
    { key: 'replaces', header: 'Replaces', width: 28, cell: (line) => (line.replaces ? text(line.replaces) : null) },
  ];
}

/** The client's copy carries the engine's prices as plain figures the client may change. */
function clientPriceColumns(context: BudgetSheetContext): TableColumn<InitiativeLine>[] {
  const money = context.moneyFormat;
  return [
    {
      key: 'oneTimePrice',
      header: 'One-time price',
      width: 14,
      input: true,
      cell: (line) => number(major(priceWithMarkup(line.initiative.oneTimeCostCents, line.oneTimeMarkupPercent)), money),
    },
    {
      key: 'recurringPrice',
      header: 'Recurring monthly price',
      width: 14,
      input: true,
      cell: (line) => number(major(priceWithMarkup(line.initiative.recurringMonthlyCostCents, line.recurringMarkupPercent)), money),
    },
  ];
}

function internalPriceColumns(context: BudgetSheetContext): TableColumn<InitiativeLine>[] {
  const money = context.moneyFormat;
  const margin = (markupKey: string) => (_line: InitiativeLine, at: (key: string) => string) =>
    formula(`${at(markupKey)}/(1+${at(markupKey)})`, PERCENT_FORMAT);
  const price = (costKey: string, markupKey: string) => (_line: InitiativeLine, at: (key: string) => string) =>
    formula(`ROUND(${at(costKey)}*(1+${at(markupKey)}),2)`, money);
  return [
    { key: 'oneTimeCost', header: 'One-time cost', width: 13, input: true, cell: (line) => number(major(line.initiative.oneTimeCostCents), money) },
    { key: 'oneTimeMarkup', header: 'One-time markup', width: 9, input: true, cell: (line) => number(percentValue(line.oneTimeMarkupPercent), PERCENT_FORMAT) },
    { key: 'oneTimeMargin', header: 'Margin it gives', width: 11, cell: margin('oneTimeMarkup') },
    { key: 'oneTimePrice', header: 'One-time price', width: 13, cell: price('oneTimeCost', 'oneTimeMarkup') },
    {
      key: 'recurringCost',
      header: 'Recurring monthly cost',
      width: 13,
      input: true,
      cell: (line) => number(major(line.initiative.recurringMonthlyCostCents), money),
    },
    {
      key: 'recurringMarkup',
      header: 'Recurring markup',
      width: 9,
      input: true,
      cell: (line) => number(percentValue(line.recurringMarkupPercent), PERCENT_FORMAT),
    },
    { key: 'recurringMargin', header: 'Margin it gives', width: 11, cell: margin('recurringMarkup') },
    { key: 'recurringPrice', header: 'Recurring monthly price', width: 13, cell: price('recurringCost', 'recurringMarkup') },
  ];
}

function labourColumns(context: BudgetSheetContext, labourRateCell: string): TableColumn<InitiativeLine>[] {
  return [
    { key: 'hours', header: 'Labour hours', width: 9, input: true, cell: (line) => number(line.initiative.labourHours, HOURS_FORMAT) },
    {
      key: 'labourPrice',
      header: 'Labour price',
      width: 13,
      cell: (_line, at) => formula(`ROUND(${at('hours')}*${labourRateCell},2)`, context.moneyFormat),
    },
  ];
}

function initiativeColumns(context: BudgetSheetContext, labourRateCell: string): TableColumn<InitiativeLine>[] {
  return [
    ...describingColumns(),
    ...(context.internal ? internalPriceColumns(context) : clientPriceColumns(context)),
    ...labourColumns(context, labourRateCell),
  ];
}

/**
 * The Initiatives sheet; returns where each initiative's one-time, monthly and labour figures are.
 * Labour is priced at the rate on the Assumptions sheet, with no markup: its cost is its price.
 */
export function writeInitiativesSheet(sheet: Worksheet, context: BudgetSheetContext, labourRateCell: string): Map<string, OccurrenceCells> {
  writeSheetTitle(
    sheet,
    'Initiatives',
    'One-time figures and labour fall in the first month of the start quarter; monthly figures run from then to the end of the plan.',
    context.colours,
  );
  const markups = context.input.settings.markups;
  const assetNames = new Map(context.input.assets.map((asset) => [asset.id, asset.name]));
  const lines = [...context.input.initiatives]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((initiative) => ({
      initiative,
      oneTimeMarkupPercent: initiative.oneTimeMarkupPercent ?? markups.initiativeOneTime,
      recurringMarkupPercent: initiative.recurringMarkupPercent ?? markups.recurring,
      replaces: initiative.why.assetIds.flatMap((id) => assetNames.get(id) ?? []).join('; '),
    }));
  const table = writeTable(sheet, TABLE_HEADER_ROW, initiativeColumns(context, labourRateCell), lines, context.colours);
  finishDataSheet(sheet, table, context.brand);

  const cells = new Map<string, OccurrenceCells>();
  lines.forEach((line, index) => {
    const at = (key: string) => onSheet(SHEET_NAMES.initiatives, absolute(table.columnOf(key), table.rowOf(index)));
    const id = line.initiative.id;
    cells.set(occurrenceKey(id, 'oneTime'), { price: at('oneTimePrice'), cost: context.internal ? at('oneTimeCost') : null });
    cells.set(occurrenceKey(id, 'recurring'), { price: at('recurringPrice'), cost: context.internal ? at('recurringCost') : null });
    cells.set(occurrenceKey(id, 'labour'), { price: at('labourPrice'), cost: context.internal ? at('labourPrice') : null });
  });
  return cells;
}
