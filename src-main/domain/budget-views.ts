import {
  BUDGET_EVENT_KIND_LABELS,
  BUDGET_SOURCE_LABELS,
  budgetCategoryLabel,
  type BudgetCategory,
  type BudgetEvent,
  type BudgetEventKind,
  type BudgetSource,
  type Forecast,
} from './forecast';
import type { SpendKind } from './initiative';
import {
  fiscalQuarterOf,
  fiscalYearLabel,
  fiscalYearOf,
  monthLabel,
  quarterKey,
  quarterLabel,
  type Month,
} from './months';

/** The views of PRODUCT.md §5: by month, fiscal quarter or fiscal year; by category, source or capex/opex. */

export type Granularity = 'month' | 'quarter' | 'fiscalYear';
export type Grouping = 'category' | 'source' | 'spend' | 'line';

export interface Amount {
  costCents: number;
  priceCents: number;
}

export interface Period {
  key: string;
  label: string;
  firstMonth: Month;
  lastMonth: Month;
  monthCount: number;
}

export interface BudgetTableRow {
  key: string;
  label: string;
  source?: BudgetSource;
  sourceId?: string;
  kind?: BudgetEventKind;
  category?: BudgetCategory;
  spend?: SpendKind;
  amounts: Amount[];
  total: Amount;
}

export interface BudgetTable {
  periods: Period[];
  rows: BudgetTableRow[];
  totals: Amount[];
  grandTotal: Amount;
}

export const SPEND_LABELS: Record<SpendKind, string> = { capex: 'Capital (capex)', opex: 'Operating (opex)' };

export function zeroAmount(): Amount {
  return { costCents: 0, priceCents: 0 };
}

export function periodOf(month: Month, granularity: Granularity, fiscalStartMonth: number): { key: string; label: string } {
  if (granularity === 'month') return { key: month, label: monthLabel(month) };
  const fiscalYear = fiscalYearOf(month, fiscalStartMonth);
  if (granularity === 'fiscalYear') return { key: `FY${fiscalYear}`, label: fiscalYearLabel(fiscalYear) };
  const quarter = { fiscalYear, quarter: fiscalQuarterOf(month, fiscalStartMonth) };
  return { key: quarterKey(quarter), label: quarterLabel(quarter) };
}

/** Periods covering the plan's months in order; a plan that does not start on a fiscal boundary gives partial periods. */
export function planPeriods(months: readonly Month[], granularity: Granularity, fiscalStartMonth: number): Period[] {
  const periods: Period[] = [];
  for (const month of months) {
    const { key, label } = periodOf(month, granularity, fiscalStartMonth);
    const last = periods[periods.length - 1];
    if (last && last.key === key) {
      last.lastMonth = month;
      last.monthCount += 1;
    } else {
      periods.push({ key, label, firstMonth: month, lastMonth: month, monthCount: 1 });
    }
  }
  return periods;
}

/** For each month offset of the plan, the index of its period. */
export function periodIndexByMonthOffset(months: readonly Month[], periods: readonly Period[]): number[] {
  const indexes: number[] = [];
  let periodIndex = 0;
  for (const month of months) {
    while (periods[periodIndex] && month > periods[periodIndex]!.lastMonth) periodIndex += 1;
    indexes.push(periodIndex);
  }
  return indexes;
}

function lineKey(event: BudgetEvent): string {
  return `${event.source}:${event.sourceId}:${event.kind}`;
}

function lineLabel(event: BudgetEvent): string {
  if (event.source === 'initiative') return `${event.label} (${BUDGET_EVENT_KIND_LABELS[event.kind].toLowerCase()})`;
  if (event.estimated) return `${event.label} (estimate)`;
  if (event.unpriced) return `${event.label} (unpriced)`;
  return event.label;
}

function groupOf(event: BudgetEvent, grouping: Grouping): { key: string; label: string } {
  switch (grouping) {
    case 'category':
      return { key: event.category, label: budgetCategoryLabel(event.category) };
    case 'source':
      return { key: event.source, label: BUDGET_SOURCE_LABELS[event.source] };
    case 'spend':
      return { key: event.spend, label: SPEND_LABELS[event.spend] };
    case 'line':
      return { key: lineKey(event), label: lineLabel(event) };
  }
}

const SOURCE_ORDER: BudgetSource[] = ['asset', 'service', 'initiative'];

export function budgetTable(
  forecast: Pick<Forecast, 'months' | 'events'>,
  options: { granularity: Granularity; grouping: Grouping; fiscalYearStartMonth: number },
): BudgetTable {
  const periods = planPeriods(forecast.months, options.granularity, options.fiscalYearStartMonth);
  const periodIndex = periodIndexByMonthOffset(forecast.months, periods);
  const rowsByKey = new Map<string, BudgetTableRow>();
  const totals = periods.map(zeroAmount);
  const grandTotal = zeroAmount();
  for (const event of forecast.events) {
    const { key, label } = groupOf(event, options.grouping);
    let row = rowsByKey.get(key);
    if (!row) {
      row = { key, label, amounts: periods.map(zeroAmount), total: zeroAmount() };
      if (options.grouping === 'line') {
        Object.assign(row, { source: event.source, sourceId: event.sourceId, kind: event.kind, category: event.category, spend: event.spend });
      }
      rowsByKey.set(key, row);
    }
    const index = periodIndex[event.monthOffset]!;
    const cell = row.amounts[index]!;
    cell.costCents += event.costCents;
    cell.priceCents += event.priceCents;
    row.total.costCents += event.costCents;
    row.total.priceCents += event.priceCents;
    totals[index]!.costCents += event.costCents;
    totals[index]!.priceCents += event.priceCents;
    grandTotal.costCents += event.costCents;
    grandTotal.priceCents += event.priceCents;
  }
  const rows = [...rowsByKey.values()];
  if (options.grouping === 'line') {
    rows.sort(
      (a, b) =>
        SOURCE_ORDER.indexOf(a.source!) - SOURCE_ORDER.indexOf(b.source!) ||
        a.label.localeCompare(b.label) ||
        a.key.localeCompare(b.key),
    );
  } else {
    rows.sort((a, b) => a.label.localeCompare(b.label));
  }
  return { periods, rows, totals, grandTotal };
}

export interface QuarterSpend {
  key: string;
  label: string;
  priceCents: number;
  overLimit: boolean;
}

/** Client-price totals per fiscal quarter, flagged when above the client's spending limit. */
export function quarterSpend(
  forecast: Pick<Forecast, 'months' | 'events'>,
  fiscalYearStartMonth: number,
  limitCents: number | null,
): QuarterSpend[] {
  const table = budgetTable(forecast, { granularity: 'quarter', grouping: 'spend', fiscalYearStartMonth });
  return table.periods.map((period, index) => {
    const priceCents = table.totals[index]!.priceCents;
    return { key: period.key, label: period.label, priceCents, overLimit: limitCents !== null && priceCents > limitCents };
  });
}

/** Replacement events of the plan, soonest first (overdue ones lead). */
export function upcomingReplacements(forecast: Pick<Forecast, 'events'>, withinMonths: number): BudgetEvent[] {
  return forecast.events.filter((event) => event.kind === 'replacement' && event.monthOffset < withinMonths);
}

export function sumAmounts(events: readonly BudgetEvent[]): Amount {
  const total = zeroAmount();
  for (const event of events) {
    total.costCents += event.costCents;
    total.priceCents += event.priceCents;
  }
  return total;
}

/** Replacements in the plan that rest on no price of their own (PRODUCT.md §5, "Unpriced assets"). */
export interface PricingGaps {
  /** Replacement events costed at their category's default replacement cost. */
  estimated: number;
  /** Replacement events at 0 because their category has no default either. */
  unpriced: number;
  estimatedAssetIds: string[];
  unpricedAssetIds: string[];
}

export function pricingGaps(forecast: Pick<Forecast, 'events'>): PricingGaps {
  const estimatedAssetIds = new Set<string>();
  const unpricedAssetIds = new Set<string>();
  let estimated = 0;
  let unpriced = 0;
  for (const event of forecast.events) {
    if (event.estimated) {
      estimated += 1;
      estimatedAssetIds.add(event.sourceId);
    } else if (event.unpriced) {
      unpriced += 1;
      unpricedAssetIds.add(event.sourceId);
    }
  }
  return { estimated, unpriced, estimatedAssetIds: [...estimatedAssetIds], unpricedAssetIds: [...unpricedAssetIds] };
}

/** "1 replacement", "3 replacements". */
export function replacementCount(count: number): string {
  return `${count} ${count === 1 ? 'replacement' : 'replacements'}`;
}

/** "3 replacements estimated, 1 unpriced", as the budget, the client's page and the dashboard say it. */
export function pricingGapsSentence(gaps: Pick<PricingGaps, 'estimated' | 'unpriced'>): string {
  if (gaps.estimated > 0 && gaps.unpriced > 0) return `${replacementCount(gaps.estimated)} estimated, ${gaps.unpriced} unpriced`;
  if (gaps.estimated > 0) return `${replacementCount(gaps.estimated)} estimated`;
  return `${replacementCount(gaps.unpriced)} unpriced`;
}
