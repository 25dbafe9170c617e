import type { Content, TableCell } from 'pdfmake/interfaces';
import { plannedInitiatives } from '../../domain/budget-initiatives';
import { pricingGaps, pricingGapsSentence, replacementCount, sumAmounts } from '../../domain/budget-views';
import { formatMoney, formatMoneyWhole } from '../../domain/format';
import { addMonths, monthLabel } from '../../domain/months';
import type { Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { planSpan } from './budget-assumptions';
import { ESTIMATE_MARK } from './budget-replacements';
import { cell, contentWidth, emptyNote, hasOnlyOrdinaryWords, headerCell, keyFigures, moneyCell, section } from './pdf-blocks';

/** The budget at a glance on the client profile: the figures of the plan and what comes next. */

const NEXT_ITEMS = 4;
const COLUMN_GAP = 16;
/** Widths of the When and Price columns when the names are too long for columns sized by content. */
const WHEN_WIDTH = 56;
const PRICE_WIDTH = 72;
const PADDING = 8;

function comingUp(input: BudgetExportInput, brand: Brand): Content {
  const initiatives = plannedInitiatives(input.forecast, input.initiatives, input.assets)
    .filter((entry) => entry.oneTimePriceCents > 0 || entry.monthlyPriceCents > 0)
    .slice(0, NEXT_ITEMS)
    .map((entry): TableCell[] => [cell(entry.initiative.title), cell(entry.quarter, { noWrap: true }), moneyCell(formatMoney(entry.oneTimePriceCents, brand.money))]);
  const replacements = input.forecast.events
    .filter((event) => event.kind === 'replacement' && event.month >= input.today)
    .slice(0, NEXT_ITEMS)
    .map((event): TableCell[] => [
      cell(event.label),
      cell(event.overdue ? 'Overdue, now' : monthLabel(event.month), { noWrap: true, ...(event.overdue ? { color: '#B42318', bold: true } : {}) }),
      moneyCell(event.unpriced ? 'Unpriced' : `${formatMoney(event.priceCents, brand.money)}${event.estimated ? ESTIMATE_MARK : ''}`),
    ]);
  const names = [
    ...plannedInitiatives(input.forecast, input.initiatives, input.assets).map((entry) => entry.initiative.title),
    ...input.forecast.events.map((event) => event.label),
  ];
  const half = (contentWidth(brand, false) - COLUMN_GAP) / 2;
  const widths = hasOnlyOrdinaryWords(names) ? ['*', 'auto', 'auto'] : [half - WHEN_WIDTH - PRICE_WIDTH - 3 * PADDING, WHEN_WIDTH, PRICE_WIDTH];
  const table = (title: string, rows: TableCell[][], none: string): Content =>
    rows.length === 0
      ? { stack: [{ text: title.toUpperCase(), style: 'label', margin: [0, 0, 0, 3] }, emptyNote(none)] }
      : {
          table: { widths, body: [[headerCell(title), headerCell('When'), headerCell('Price', 'right')], ...rows] },
          layout: 'lightHorizontalLines',
        };
  return {
    columns: [
      table('Next initiatives', initiatives, 'No initiative is scheduled yet.'),
      table('Next replacements', replacements, 'No replacement falls due in the plan.'),
    ],
    columnGap: COLUMN_GAP,
    margin: [0, 8, 0, 0],
  };
}

export function budgetSnapshot(input: BudgetExportInput, brand: Brand): Content {
  if (input.forecast.events.length === 0) {
    return section('Budget snapshot', [emptyNote('Nothing is budgeted yet: add assets with purchase dates, services or scheduled initiatives.')]);
  }
  const total = sumAmounts(input.forecast.events).priceCents;
  const yearEnd = addMonths(input.today, 12);
  const nextYear = sumAmounts(input.forecast.events.filter((event) => event.month >= input.today && event.month < yearEnd)).priceCents;
  const overdue = input.forecast.events.filter((event) => event.overdue);
  const gaps = pricingGaps(input.forecast);
  const mark = gaps.estimated > 0 ? ESTIMATE_MARK : '';
  const whole = (cents: number) => formatMoneyWhole(cents, brand.money);
  const figures = keyFigures(
    [
      { label: 'Plan total', value: `${whole(total)}${mark}`, note: planSpan(input) },
      { label: 'Next 12 months', value: `${whole(nextYear)}${mark}`, note: `From ${monthLabel(input.today)}` },
      {
        label: 'Overdue now',
        value: whole(overdue.reduce((sum, event) => sum + event.priceCents, 0)),
        note: overdue.length === 0 ? 'Nothing overdue' : replacementCount(overdue.length),
        alert: overdue.length > 0,
      },
      {
        label: 'Priced from records',
        value: gaps.estimated + gaps.unpriced === 0 ? 'All' : pricingGapsSentence(gaps),
        note: gaps.estimated + gaps.unpriced === 0 ? 'Every replacement has a price' : `${ESTIMATE_MARK} Estimates use a typical price`,
      },
    ],
    brand,
    { valueSize: 12 },
  );
  return section('Budget snapshot', [figures, comingUp(input, brand)]);
}
