import type { Asset } from './asset';
import type { Initiative } from './initiative';
import { addMonths, monthIndex, monthOfDate, quarterFirstMonth, type Month } from './months';
import type { LifespanTable, ReplacementCostTable } from './settings';

/**
 * When an asset is replaced and at what unit cost (PRODUCT.md §5): the first due month, "overdue",
 * "Replaced by an initiative" and "Unpriced assets". The budget engine, the asset grid, the roadmap
 * and every export read these rules from here, so they count the same assets the same way.
 */

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

// ---------------------------------------------------------------------------------------------
// Unpriced assets.

export type PriceBasis = 'priced' | 'estimated' | 'unpriced';

/** "No price" is a unit cost of 0 with no replacement unit cost: what an import without prices gives. */
export function hasNoPrice(item: Pick<Asset, 'unitCostCents' | 'replacementUnitCostCents'>): boolean {
  return item.unitCostCents === 0 && item.replacementUnitCostCents === null;
}

export interface ReplacementUnitCost {
  unitCostCents: number;
  basis: PriceBasis;
}

/**
 * The unit cost a replacement is budgeted at: the replacement unit cost, else the unit cost; an asset
 * with neither takes its category's default ("estimated"), or 0 when the category has none ("unpriced").
 */
export function replacementUnitCost(
  item: Pick<Asset, 'unitCostCents' | 'replacementUnitCostCents' | 'category'>,
  defaults: ReplacementCostTable,
): ReplacementUnitCost {
  if (!hasNoPrice(item)) return { unitCostCents: item.replacementUnitCostCents ?? item.unitCostCents, basis: 'priced' };
  const fallback = defaults[item.category];
  return fallback === null ? { unitCostCents: 0, basis: 'unpriced' } : { unitCostCents: fallback, basis: 'estimated' };
}

/** What one replacement of the asset costs: quantity × its replacement unit cost, and what that rests on. */
export function replacementCostOf(
  item: Pick<Asset, 'quantity' | 'unitCostCents' | 'replacementUnitCostCents' | 'category'>,
  defaults: ReplacementCostTable,
): { costCents: number; basis: PriceBasis } {
  const unit = replacementUnitCost(item, defaults);
  return { costCents: item.quantity * unit.unitCostCents, basis: unit.basis };
}

// ---------------------------------------------------------------------------------------------
// Replaced by an initiative.

export interface ReplacingInitiative {
  initiativeId: string;
  title: string;
  /** The first month of the initiative's start quarter: when it replaces the asset. */
  month: Month;
}

/** Whether an initiative counts as the replacement of the assets its "why" lists: scheduled and not declined. */
export function replacesItsAssets(item: Pick<Initiative, 'status' | 'startQuarter' | 'why'>): boolean {
  return item.status !== 'declined' && item.startQuarter !== null && item.why.assetIds.length > 0;
}

/**
 * For each asset listed by an initiative that counts, the initiative that is its next replacement.
 * When two list the same asset, the one that starts first replaces it (then the earlier in the list).
 */
export function replacingInitiatives(initiatives: readonly Initiative[], fiscalYearStartMonth: number): Map<string, ReplacingInitiative> {
  const byAsset = new Map<string, ReplacingInitiative>();
  for (const item of initiatives) {
    if (!replacesItsAssets(item)) continue;
    const month = quarterFirstMonth(item.startQuarter!, fiscalYearStartMonth);
    for (const assetId of item.why.assetIds) {
      const earlier = byAsset.get(assetId);
      if (!earlier || month < earlier.month) byAsset.set(assetId, { initiativeId: item.id, title: item.title, month });
    }
  }
  return byAsset;
}

// ---------------------------------------------------------------------------------------------
// The schedule of an asset's replacements.

export interface ReplacementRules {
  lifespans: LifespanTable;
  /** The current month: a replacement due before it is overdue. */
  today: Month;
  /** From replacingInitiatives(). */
  replacedBy: ReadonlyMap<string, ReplacingInitiative>;
}

export type ReplacementSchedule =
  | { kind: 'retired' }
  | { kind: 'ageUnknown' }
  | {
      kind: 'scheduled';
      /** The month of the first replacement the asset pays for itself; the next ones follow every `every` months. */
      first: Month;
      every: number;
      /** When that replacement falls due: by its dates, or a lifespan after the initiative that replaces it. */
      due: Month;
      /** It fell due before the current month, so it lands in the later of the plan start and the current month. */
      overdue: boolean;
      /** When it fell due by its dates; null for an asset of unknown age that an initiative replaces. */
      firstDue: Month | null;
      replacedBy: ReplacingInitiative | null;
    };

/**
 * PRODUCT.md §5, asset replacement: due at its first due month and every lifespan after it; one due
 * before the current month is overdue and lands in the later of the plan start and the current month.
 * An asset an initiative replaces makes no replacement of its own until the initiative, and follows
 * every lifespan from the initiative's first month.
 */
export function replacementSchedule(item: Asset, rules: ReplacementRules, planStart: Month): ReplacementSchedule {
  if (item.status === 'retired') return { kind: 'retired' };
  const every = effectiveLifespan(item, rules.lifespans);
  const firstDue = firstDueMonth(item, rules.lifespans);
  const replacedBy = rules.replacedBy.get(item.id) ?? null;
  const due = replacedBy ? addMonths(replacedBy.month, every) : firstDue;
  if (due === null) return { kind: 'ageUnknown' };
  const overdue = due < rules.today;
  const lands = planStart > rules.today ? planStart : rules.today;
  return { kind: 'scheduled', first: overdue ? lands : due, every, due, overdue, firstDue, replacedBy };
}

export interface ReplacementOutlook {
  firstDue: Month | null;
  /**
   * The next replacement as seen from `today`: when it fell due, even when that is past; for an asset
   * an initiative replaces, the initiative's month while it is ahead, then a lifespan after it.
   */
  nextDue: Month | null;
  overdue: boolean;
  dueWithin12Months: boolean;
  ageUnknown: boolean;
  /** The initiative that replaces the asset, until the replacement after it falls due. */
  replacedBy: ReplacingInitiative | null;
}

/** What the asset grid shows, by the same rule as the budget: the same assets are overdue in both. */
export function replacementOutlook(
  item: Asset,
  lifespans: LifespanTable,
  today: Month,
  replacedBy: ReadonlyMap<string, ReplacingInitiative> = new Map(),
): ReplacementOutlook {
  const schedule = replacementSchedule(item, { lifespans, today, replacedBy }, today);
  const none = { firstDue: firstDueMonth(item, lifespans), nextDue: null, overdue: false, dueWithin12Months: false, replacedBy: null };
  if (schedule.kind === 'retired') return { ...none, ageUnknown: false };
  if (schedule.kind === 'ageUnknown') return { ...none, ageUnknown: true };
  const replaced = schedule.overdue ? null : schedule.replacedBy;
  const nextDue = replaced && replaced.month >= today ? replaced.month : schedule.due;
  const distance = monthIndex(schedule.due) - monthIndex(today);
  return {
    firstDue: schedule.firstDue,
    nextDue,
    overdue: schedule.overdue,
    dueWithin12Months: replaced !== null && replaced.month >= today ? false : distance >= 0 && distance < 12,
    ageUnknown: false,
    replacedBy: replaced,
  };
}
