import { ASSET_CATEGORY_LABELS, type Asset, type AssetCategory } from './asset';
import type { Initiative, SpendKind } from './initiative';
import { labourCents, priceWithMarkup } from './money';
import { addMonths, monthFromIndex, monthIndex, monthOfDate, quarterFirstMonth, type Month } from './months';
import { SERVICE_CATEGORY_LABELS, type Service, type ServiceCategory } from './service';
import type { DefaultMarkups, LifespanTable } from './settings';

/** The life-cycle budget engine of PRODUCT.md §5: items in, dated and priced events out. */

export type BudgetSource = 'asset' | 'service' | 'initiative';
export type BudgetEventKind = 'replacement' | 'monthlyService' | 'annualService' | 'oneTime' | 'recurring' | 'labour';
export type BudgetCategory = AssetCategory | ServiceCategory | 'projects';

export const BUDGET_SOURCE_LABELS: Record<BudgetSource, string> = {
  asset: 'Asset replacements',
  service: 'Services',
  initiative: 'Initiatives',
};

export const BUDGET_EVENT_KIND_LABELS: Record<BudgetEventKind, string> = {
  replacement: 'Replacement',
  monthlyService: 'Monthly service',
  annualService: 'Annual service',
  oneTime: 'One-time cost',
  recurring: 'Recurring cost',
  labour: 'Labour',
};

export function budgetCategoryLabel(category: BudgetCategory): string {
  if (category === 'projects') return 'Projects';
  if (category in ASSET_CATEGORY_LABELS) return ASSET_CATEGORY_LABELS[category as AssetCategory];
  return SERVICE_CATEGORY_LABELS[category as ServiceCategory];
}

export interface BudgetEvent {
  month: Month;
  /** 0 for the plan's first month. */
  monthOffset: number;
  costCents: number;
  priceCents: number;
  markupPercent: number;
  source: BudgetSource;
  sourceId: string;
  kind: BudgetEventKind;
  category: BudgetCategory;
  spend: SpendKind;
  label: string;
  /** The replacement was due before the plan started and lands in its first month. */
  overdue: boolean;
}

export interface PlanWindow {
  startMonth: Month;
  horizonYears: number;
}

export interface ForecastInput {
  plan: PlanWindow;
  fiscalYearStartMonth: number;
  assets: readonly Asset[];
  services: readonly Service[];
  initiatives: readonly Initiative[];
  markups: DefaultMarkups;
  lifespans: LifespanTable;
  labourRateCents: number;
}

export interface Forecast {
  startMonth: Month;
  endMonth: Month;
  months: Month[];
  events: BudgetEvent[];
  /** Active assets with neither a purchase date nor a planned replacement month. */
  ageUnknownAssetIds: string[];
}

export function planEndMonth(plan: PlanWindow): Month {
  return addMonths(plan.startMonth, plan.horizonYears * 12 - 1);
}

export function effectiveLifespan(item: Pick<Asset, 'lifespanMonths' | 'category'>, lifespans: LifespanTable): number {
  return item.lifespanMonths ?? lifespans[item.category];
}

/** First due month = purchase month + lifespan, unless a planned replacement month overrides it. */
export function firstDueMonth(
  item: Pick<Asset, 'plannedReplacementMonth' | 'purchaseDate' | 'lifespanMonths' | 'category'>,
  lifespans: LifespanTable,
): Month | null {
  if (item.plannedReplacementMonth) return item.plannedReplacementMonth;
  if (!item.purchaseDate) return null;
  return addMonths(monthOfDate(item.purchaseDate), effectiveLifespan(item, lifespans));
}

export interface ReplacementOutlook {
  firstDue: Month | null;
  /** The next replacement as seen from `today`: the first due month, even when it is past. */
  nextDue: Month | null;
  overdue: boolean;
  dueWithin12Months: boolean;
  ageUnknown: boolean;
}

/** What the asset grid shows: when the asset is next due, seen from the current month. */
export function replacementOutlook(item: Asset, lifespans: LifespanTable, today: Month): ReplacementOutlook {
  const firstDue = firstDueMonth(item, lifespans);
  if (item.status === 'retired' || firstDue === null) {
    return { firstDue, nextDue: null, overdue: false, dueWithin12Months: false, ageUnknown: item.status !== 'retired' };
  }
  const distance = monthIndex(firstDue) - monthIndex(today);
  return {
    firstDue,
    nextDue: firstDue,
    overdue: distance < 0,
    dueWithin12Months: distance >= 0 && distance < 12,
    ageUnknown: false,
  };
}

export function buildForecast(input: ForecastInput): Forecast {
  const start = monthIndex(input.plan.startMonth);
  const end = start + input.plan.horizonYears * 12 - 1;
  const months: Month[] = [];
  for (let at = start; at <= end; at += 1) months.push(monthFromIndex(at));
  const ageUnknownAssetIds: string[] = [];
  // Every event falls inside the plan (start <= at <= end). One bucket per plan month, filled in
  // item order, gives the events ordered by month with ties in item order: what a stable sort by
  // month offset gives, without sorting. Events are built as one literal each (same shape for all,
  // no spread of intermediate objects): this loop runs once per event, tens of thousands of times
  // for a practice.
  const byOffset: BudgetEvent[][] = months.map(() => []);
  const push = (
    at: number,
    costCents: number,
    priceCents: number,
    markupPercent: number,
    source: BudgetSource,
    sourceId: string,
    kind: BudgetEventKind,
    category: BudgetCategory,
    spend: SpendKind,
    label: string,
    overdue: boolean,
  ) => {
    const monthOffset = at - start;
    byOffset[monthOffset]!.push({ month: months[monthOffset]!, monthOffset, costCents, priceCents, markupPercent, source, sourceId, kind, category, spend, label, overdue });
  };

  for (const item of input.assets) {
    if (item.status === 'retired') continue;
    const due = firstDueMonth(item, input.lifespans);
    if (due === null) {
      ageUnknownAssetIds.push(item.id);
      continue;
    }
    const lifespan = effectiveLifespan(item, input.lifespans);
    const costCents = item.quantity * (item.replacementUnitCostCents ?? item.unitCostCents);
    const markupPercent = item.markupPercent ?? input.markups.asset;
    const priceCents = priceWithMarkup(costCents, markupPercent);
    const dueIndex = monthIndex(due);
    const overdue = dueIndex < start;
    for (let at = overdue ? start : dueIndex; at <= end; at += lifespan) {
      push(at, costCents, priceCents, markupPercent, 'asset', item.id, 'replacement', item.category, 'capex', item.name, overdue && at === start);
    }
  }

  for (const item of input.services) {
    const costCents = item.quantity * item.unitCostCents;
    const markupPercent = item.markupPercent ?? input.markups.service;
    const priceCents = priceWithMarkup(costCents, markupPercent);
    const serviceStart = monthIndex(monthOfDate(item.startDate));
    const serviceEnd = item.endDate ? monthIndex(monthOfDate(item.endDate)) : Number.POSITIVE_INFINITY;
    if (item.billing === 'monthly') {
      const last = Math.min(serviceEnd, end);
      for (let at = Math.max(serviceStart, start); at <= last; at += 1) {
        push(at, costCents, priceCents, markupPercent, 'service', item.id, 'monthlyService', item.category, 'opex', item.name, false);
      }
    } else {
      const yearsSkipped = serviceStart < start ? Math.ceil((start - serviceStart) / 12) : 0;
      for (let at = serviceStart + yearsSkipped * 12; at <= end && at <= serviceEnd; at += 12) {
        push(at, costCents, priceCents, markupPercent, 'service', item.id, 'annualService', item.category, 'opex', item.name, false);
      }
    }
  }

  for (const item of input.initiatives) {
    if (item.status === 'declined' || item.startQuarter === null) continue;
    const first = monthIndex(quarterFirstMonth(item.startQuarter, input.fiscalYearStartMonth));
    const firstInPlan = first >= start && first <= end;
    if (firstInPlan && item.oneTimeCostCents > 0) {
      const markupPercent = item.oneTimeMarkupPercent ?? input.markups.initiativeOneTime;
      const priceCents = priceWithMarkup(item.oneTimeCostCents, markupPercent);
      push(first, item.oneTimeCostCents, priceCents, markupPercent, 'initiative', item.id, 'oneTime', 'projects', item.oneTimeSpend, item.title, false);
    }
    if (item.recurringMonthlyCostCents > 0) {
      const markupPercent = item.recurringMarkupPercent ?? input.markups.recurring;
      const priceCents = priceWithMarkup(item.recurringMonthlyCostCents, markupPercent);
      for (let at = Math.max(first, start); at <= end; at += 1) {
        push(at, item.recurringMonthlyCostCents, priceCents, markupPercent, 'initiative', item.id, 'recurring', 'projects', 'opex', item.title, false);
      }
    }
    if (firstInPlan && item.labourHours > 0) {
      const amount = labourCents(item.labourHours, input.labourRateCents);
      push(first, amount, amount, 0, 'initiative', item.id, 'labour', 'projects', 'opex', item.title, false);
    }
  }

  const events = byOffset.flat();
  return { startMonth: months[0] ?? input.plan.startMonth, endMonth: monthFromIndex(end), months, events, ageUnknownAssetIds };
}
