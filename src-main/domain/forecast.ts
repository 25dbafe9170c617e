import { ASSET_CATEGORY_LABELS, type Asset, type AssetCategory } from './asset';
import { replacementSchedule, replacementUnitCost, replacingInitiatives, type ReplacingInitiative } from './asset-replacement';
import type { Initiative, SpendKind } from './initiative';
import { labourCents, priceWithMarkup } from './money';
import { addMonths, monthFromIndex, monthIndex, monthOfDate, quarterFirstMonth, type Month } from './months';
import { SERVICE_CATEGORY_LABELS, type Service, type ServiceCategory } from './service';
import type { DefaultMarkups, LifespanTable, ReplacementCostTable } from './settings';

export {
  effectiveLifespan,
  firstDueMonth,
  replacementOutlook,
  replacingInitiatives,
  type ReplacementOutlook,
  type ReplacingInitiative,
} from './asset-replacement';

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
  /** quantity × unitPriceCents. */
  priceCents: number;
  markupPercent: number;
  /** 1 for an initiative's costs and labour. */
  quantity: number;
  unitCostCents: number;
  /** The unit cost with markup, rounded half up to the cent. */
  unitPriceCents: number;
  source: BudgetSource;
  sourceId: string;
  kind: BudgetEventKind;
  category: BudgetCategory;
  spend: SpendKind;
  label: string;
  /** The replacement was due before the current month; it lands in the later of the plan start and the current month. */
  overdue: boolean;
  /** An asset without a price, costed at its category's default replacement cost. */
  estimated: boolean;
  /** An asset without a price whose category has no default: costed at 0 until it is priced. */
  unpriced: boolean;
}

export interface PlanWindow {
  startMonth: Month;
  horizonYears: number;
}

export interface ForecastInput {
  plan: PlanWindow;
  /** The current month, which decides what is overdue. */
  today: Month;
  fiscalYearStartMonth: number;
  assets: readonly Asset[];
  services: readonly Service[];
  initiatives: readonly Initiative[];
  markups: DefaultMarkups;
  lifespans: LifespanTable;
  replacementCosts: ReplacementCostTable;
  labourRateCents: number;
}

/** An asset whose next replacement an initiative pays for, so it makes no event of its own for it. */
export interface ReplacedAsset extends ReplacingInitiative {
  assetId: string;
  assetName: string;
}

export interface Forecast {
  startMonth: Month;
  endMonth: Month;
  months: Month[];
  events: BudgetEvent[];
  /** Active assets with neither a purchase date nor a planned replacement month. */
  ageUnknownAssetIds: string[];
  /** Active assets replaced by an initiative (PRODUCT.md §5), in asset order. */
  replacedAssets: ReplacedAsset[];
}

export function planEndMonth(plan: PlanWindow): Month {
  return addMonths(plan.startMonth, plan.horizonYears * 12 - 1);
}

/** The event fields shared by every occurrence of one item's one kind of spending. */
type Line = Omit<BudgetEvent, 'month' | 'monthOffset' | 'overdue'>;

function pricedLine(
  quantity: number,
  unitCostCents: number,
  markupPercent: number,
  line: Omit<Line, 'costCents' | 'priceCents' | 'markupPercent' | 'quantity' | 'unitCostCents' | 'unitPriceCents'>,
): Line {
  const unitPriceCents = priceWithMarkup(unitCostCents, markupPercent);
  return { ...line, quantity, unitCostCents, unitPriceCents, markupPercent, costCents: quantity * unitCostCents, priceCents: quantity * unitPriceCents };
}

export function buildForecast(input: ForecastInput): Forecast {
  const start = monthIndex(input.plan.startMonth);
  const end = start + input.plan.horizonYears * 12 - 1;
  const months: Month[] = [];
  for (let at = start; at <= end; at += 1) months.push(monthFromIndex(at));
  const ageUnknownAssetIds: string[] = [];
  const replacedAssets: ReplacedAsset[] = [];
  // Every event falls inside the plan (start <= at <= end). One bucket per plan month, filled in
  // item order, gives the events ordered by month with ties in item order: what a stable sort by
  // month offset gives, without sorting. Events are built as one literal each (same shape for all,
  // no spread of intermediate objects): this loop runs once per event, tens of thousands of times
  // for a practice.
  const byOffset: BudgetEvent[][] = months.map(() => []);
  const push = (at: number, line: Line, overdue: boolean) => {
    const monthOffset = at - start;
    byOffset[monthOffset]!.push({
      month: months[monthOffset]!,
      monthOffset,
      costCents: line.costCents,
      priceCents: line.priceCents,
      markupPercent: line.markupPercent,
      quantity: line.quantity,
      unitCostCents: line.unitCostCents,
      unitPriceCents: line.unitPriceCents,
      source: line.source,
      sourceId: line.sourceId,
      kind: line.kind,
      category: line.category,
      spend: line.spend,
      label: line.label,
      overdue,
      estimated: line.estimated,
      unpriced: line.unpriced,
    });
  };

  const rules = { lifespans: input.lifespans, today: input.today, replacedBy: replacingInitiatives(input.initiatives, input.fiscalYearStartMonth) };
  for (const item of input.assets) {
    const schedule = replacementSchedule(item, rules, input.plan.startMonth);
    if (schedule.kind === 'retired') continue;
    if (schedule.kind === 'ageUnknown') {
      ageUnknownAssetIds.push(item.id);
      continue;
    }
    if (schedule.replacedBy) replacedAssets.push({ ...schedule.replacedBy, assetId: item.id, assetName: item.name });
    const pricing = replacementUnitCost(item, input.replacementCosts);
    const line = pricedLine(item.quantity, pricing.unitCostCents, item.markupPercent ?? input.markups.asset, {
      source: 'asset',
      sourceId: item.id,
      kind: 'replacement',
      category: item.category,
      spend: 'capex',
      label: item.name,
      estimated: pricing.basis === 'estimated',
      unpriced: pricing.basis === 'unpriced',
    });
    const first = monthIndex(schedule.first);
    const skipped = first < start ? Math.ceil((start - first) / schedule.every) : 0;
    for (let at = first + skipped * schedule.every; at <= end; at += schedule.every) {
      push(at, line, schedule.overdue && at === first);
    }
  }

  for (const item of input.services) {
    const monthly = item.billing === 'monthly';
    const line = pricedLine(item.quantity, item.unitCostCents, item.markupPercent ?? input.markups.service, {
      source: 'service',
      sourceId: item.id,
      kind: monthly ? 'monthlyService' : 'annualService',
      category: item.category,
      spend: 'opex',
      label: item.name,
      estimated: false,
      unpriced: false,
    });
    const serviceStart = monthIndex(monthOfDate(item.startDate));
    const serviceEnd = item.endDate ? monthIndex(monthOfDate(item.endDate)) : Number.POSITIVE_INFINITY;
    if (monthly) {
      const last = Math.min(serviceEnd, end);
      for (let at = Math.max(serviceStart, start); at <= last; at += 1) push(at, line, false);
    } else {
      const yearsSkipped = serviceStart < start ? Math.ceil((start - serviceStart) / 12) : 0;
      for (let at = serviceStart + yearsSkipped * 12; at <= end && at <= serviceEnd; at += 12) push(at, line, false);
    }
  }

  for (const item of input.initiatives) {
    if (item.status === 'declined' || item.startQuarter === null) continue;
    const first = monthIndex(quarterFirstMonth(item.startQuarter, input.fiscalYearStartMonth));
    const firstInPlan = first >= start && first <= end;
    const project = { source: 'initiative', sourceId: item.id, category: 'projects', label: item.title, estimated: false, unpriced: false } as const;
    if (firstInPlan && item.oneTimeCostCents > 0) {
      const markupPercent = item.oneTimeMarkupPercent ?? input.markups.initiativeOneTime;
      push(first, pricedLine(1, item.oneTimeCostCents, markupPercent, { ...project, kind: 'oneTime', spend: item.oneTimeSpend }), false);
    }
    if (item.recurringMonthlyCostCents > 0) {
      const markupPercent = item.recurringMarkupPercent ?? input.markups.recurring;
      const line = pricedLine(1, item.recurringMonthlyCostCents, markupPercent, { ...project, kind: 'recurring', spend: 'opex' });
      for (let at = Math.max(first, start); at <= end; at += 1) push(at, line, false);
    }
    if (firstInPlan && item.labourHours > 0) {
      // Labour is priced at the labour rate with no markup: its cost is its price.
      push(first, pricedLine(1, labourCents(item.labourHours, input.labourRateCents), 0, { ...project, kind: 'labour', spend: 'opex' }), false);
    }
  }

  const events = byOffset.flat();
  return { startMonth: months[0] ?? input.plan.startMonth, endMonth: monthFromIndex(end), months, events, ageUnknownAssetIds, replacedAssets };
}
