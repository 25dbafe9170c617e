import { clientForecast, type ClientBudgetItems } from './budget-plan';
import { quarterSpend, type QuarterSpend } from './budget-views';
import type { Forecast } from './forecast';
import type { Initiative, InitiativeFields, InitiativeHistoryEntry, InitiativeStatus, Priority } from './initiative';
import { historyEntry, quarterWords, sameQuarter } from './initiative-history';
import { indexLinkTargets, whyLinks, type LinkIndex, type LinkTargets, type WhyLinks } from './initiative-links';
import { initiativePrices, type InitiativePrices, type PricingSettings } from './initiative-prices';
import {
  addMonths,
  addQuarters,
  fiscalQuarterOfMonth,
  monthName,
  quarterFirstMonth,
  quarterKey,
  quarterLabel,
  yearOf,
  monthNumberOf,
  type FiscalQuarter,
  type Month,
} from './months';

/**
 * The quarterly roadmap (PRODUCT.md §6): the next fiscal quarters as columns plus "unscheduled",
 * the initiatives in each in the consultant's order, what each quarter spends and whether the
 * client's quarterly spending limit is passed.
 */

export const UNSCHEDULED_KEY = 'unscheduled';
/** Columns shown after the current quarter unless the consultant asks for more. */
export const DEFAULT_QUARTERS_AHEAD = 4;
export const MAX_QUARTERS_AHEAD = 40;
/** How far back a quarter still holding unfinished work is shown. */
const MAX_QUARTERS_BACK = 8;

export function columnKeyOf(quarter: FiscalQuarter | null): string {
  return quarter ? quarterKey(quarter) : UNSCHEDULED_KEY;
}

function ordinal(quarter: FiscalQuarter): number {
  return quarter.fiscalYear * 4 + quarter.quarter - 1;
}

/** "Jan – Mar 2027", or "Nov 2026 – Jan 2027" across a calendar year. */
export function quarterMonths(quarter: FiscalQuarter, fiscalStartMonth: number): string {
  const first = quarterFirstMonth(quarter, fiscalStartMonth);
  const last = addMonths(first, 2);
  const firstName = monthName(monthNumberOf(first));
  const lastName = monthName(monthNumberOf(last));
  return yearOf(first) === yearOf(last) ? `${firstName} – ${lastName} ${yearOf(last)}` : `${firstName} ${yearOf(first)} – ${lastName} ${yearOf(last)}`;
}

/** The consultant's order within a column: rank, then title, so equal ranks still read the same way every time. */
export function inRankOrder<T extends Pick<Initiative, 'rank' | 'title' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** Finished and declined work does not hold a past quarter on the board. */
function isOpen(status: InitiativeStatus): boolean {
  return status !== 'done' && status !== 'declined';
}

/**
 * The quarters of the board, in order and without gaps: the current one and `ahead` more, stretched
 * to reach every scheduled initiative that is not declined, and back to past quarters that still
 * hold unfinished work.
 */
export function roadmapQuarters(today: Month, fiscalStartMonth: number, initiatives: readonly Initiative[], ahead = DEFAULT_QUARTERS_AHEAD): FiscalQuarter[] {
  const current = fiscalQuarterOfMonth(today, fiscalStartMonth);
  let first = ordinal(current);
  let last = first + ahead;
  for (const item of initiatives) {
    if (!item.startQuarter || item.status === 'declined') continue;
    const at = ordinal(item.startQuarter);
    if (at > last && at <= ordinal(current) + MAX_QUARTERS_AHEAD) last = at;
    if (at < first && at >= ordinal(current) - MAX_QUARTERS_BACK && isOpen(item.status)) first = at;
  }
  return Array.from({ length: last - first + 1 }, (_unused, index) => addQuarters(current, first - ordinal(current) + index));
}

export interface MoveChange {
  id: string;
  startQuarter: FiscalQuarter | null;
  rank: number;
  history: InitiativeHistoryEntry[];
}

/**
 * Moves one initiative into a column (a quarter, or null for unscheduled) before another card, or
 * at the end when `beforeId` is null. The destination column is renumbered; a change of quarter is
 * written to the history. Returns only the initiatives that change.
 */
export function planMove(
  initiatives: readonly Initiative[],
  id: string,
  toQuarter: FiscalQuarter | null,
  beforeId: string | null,
  at: string,
): MoveChange[] {
  const moving = initiatives.find((item) => item.id === id);
  if (!moving) return [];
  const toKey = columnKeyOf(toQuarter);
  const column = inRankOrder(initiatives.filter((item) => item.id !== id && columnKeyOf(item.startQuarter) === toKey));
  const insertAt = beforeId === null ? column.length : column.findIndex((item) => item.id === beforeId);
  const ordered = [...column];
  ordered.splice(insertAt < 0 ? column.length : insertAt, 0, moving);
  const changes: MoveChange[] = [];
  ordered.forEach((item, rank) => {
    const isMoving = item.id === id;
    const quarterChanged = isMoving && !sameQuarter(item.startQuarter, toQuarter);
    if (item.rank === rank && !quarterChanged) return;
    const history = quarterChanged
      ? [...item.history, historyEntry('moved', at, { from: quarterWords(item.startQuarter), to: quarterWords(toQuarter) })]
      : item.history;
    changes.push({ id: item.id, startQuarter: isMoving ? toQuarter : item.startQuarter, rank, history });
  });
  return changes;
}

/** The rank that puts an initiative at the end of a column. */
export function endOfColumnRank(initiatives: readonly Initiative[], quarter: FiscalQuarter | null, exceptId?: string): number {
  const key = columnKeyOf(quarter);
  return Math.max(-1, ...initiatives.filter((item) => item.id !== exceptId && columnKeyOf(item.startQuarter) === key).map((item) => item.rank)) + 1;
}

export interface RoadmapCard {
  id: string;
  title: string;
  status: InitiativeStatus;
  priority: Priority;
  startQuarter: FiscalQuarter | null;
  durationQuarters: number;
  owner: string;
  rank: number;
  prices: InitiativePrices;
  links: WhyLinks;
  decision: InitiativeFields['clientDecision'];
  /** With the cards above it in its column, it takes the quarter past the client's spending limit. */
  pushesOverLimit: boolean;
}

export type CardFields = Pick<
  InitiativeFields,
  | 'title'
  | 'status'
  | 'priority'
  | 'startQuarter'
  | 'durationQuarters'
  | 'owner'
  | 'why'
  | 'clientDecision'
  | 'oneTimeCostCents'
  | 'oneTimeMarkupPercent'
  | 'recurringMonthlyCostCents'
  | 'recurringMarkupPercent'
  | 'labourHours'
>;

export interface CardContext {
  targets: LinkTargets;
  settings: ClientBudgetItems['settings'];
}

type CardSource = CardFields & { id: string; rank: number };

/** One card as the board, the editor's preview and the handout show it. */
export function roadmapCard(item: CardSource, context: CardContext, pushesOverLimit = false): RoadmapCard {
  return cardOf(item, context.settings, indexLinkTargets(context.targets), pushesOverLimit);
}

/** The same, with the link targets indexed once for many cards. */
export function cardOf(item: CardSource, pricing: PricingSettings, index: LinkIndex, pushesOverLimit: boolean): RoadmapCard {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    priority: item.priority,
    startQuarter: item.startQuarter,
    durationQuarters: item.durationQuarters,
    owner: item.owner,
    rank: item.rank,
    prices: initiativePrices(item, pricing),
    links: whyLinks(item.why, index),
    decision: item.clientDecision,
    pushesOverLimit,
  };
}

export interface InitiativeSpend {
  /** Every initiative's spending that falls in the quarter (one-time, labour, and monthly costs running then). */
  totalCents: number;
  byInitiative: Map<string, number>;
}

/** Client prices of initiative events, by fiscal quarter and by initiative: what the budget's Initiatives line shows. */
export function initiativeSpendByQuarter(forecast: Pick<Forecast, 'events'>, fiscalStartMonth: number): Map<string, InitiativeSpend> {
  const spend = new Map<string, InitiativeSpend>();
  for (const event of forecast.events) {
    if (event.source !== 'initiative') continue;
    const key = quarterKey(fiscalQuarterOfMonth(event.month, fiscalStartMonth));
    let quarter = spend.get(key);
    if (!quarter) {
      quarter = { totalCents: 0, byInitiative: new Map() };
      spend.set(key, quarter);
    }
    quarter.totalCents += event.priceCents;
    quarter.byInitiative.set(event.sourceId, (quarter.byInitiative.get(event.sourceId) ?? 0) + event.priceCents);
  }
  return spend;
}

/** The initiatives' events over the given quarters, whatever the client's budget plan covers. */
export function initiativeForecastOver(items: ClientBudgetItems, quarters: readonly FiscalQuarter[], today: Month): Forecast {
  const first = quarters[0] ?? fiscalQuarterOfMonth(today, items.client.fiscalYearStartMonth);
  const window = { startMonth: quarterFirstMonth(first, items.client.fiscalYearStartMonth), horizonYears: Math.max(1, Math.ceil(quarters.length / 4)) };
  return clientForecast({ ...items, assets: [], services: [] }, today, window);
}

export interface ColumnBudget {
  /** The whole budget in that quarter (replacements, services and initiatives), client price. */
  priceCents: number;
  overLimit: boolean;
}

export interface RoadmapColumn {
  key: string;
  quarter: FiscalQuarter | null;
  label: string;
  /** "Jan – Mar 2027"; empty for unscheduled. */
  months: string;
  /** Before the current quarter. */
  past: boolean;
  /** Every initiative of the column in rank order, declined ones included. */
  initiativeIds: string[];
  /** Quarters: the initiatives' spending in that quarter. Unscheduled: what its cards would cost upfront, not in the budget. */
  roadmapPriceCents: number;
  /** Null for unscheduled and for quarters outside the client's budget plan. */
  budget: ColumnBudget | null;
}

export interface RoadmapBoard {
  limitCents: number | null;
  columns: RoadmapColumn[];
  cards: RoadmapCard[];
  /** Initiatives in quarters the board does not show: finished or declined work from earlier quarters, or work years ahead. */
  offBoardCount: number;
  planStartMonth: Month;
  planEndMonth: Month;
}

export interface RoadmapInput extends ClientBudgetItems {
  targets: LinkTargets;
  today: Month;
}

export function roadmapBoard(input: RoadmapInput, ahead = DEFAULT_QUARTERS_AHEAD): RoadmapBoard {
  const fiscalStart = input.client.fiscalYearStartMonth;
  const limitCents = input.client.budgetPlan.spendingLimitPerQuarterCents;
  const quarters = roadmapQuarters(input.today, fiscalStart, input.initiatives, ahead);
  const current = ordinal(fiscalQuarterOfMonth(input.today, fiscalStart));
  const plan = clientForecast(input, input.today);
  const budgetByKey = new Map<string, QuarterSpend>(quarterSpend(plan, fiscalStart, limitCents).map((quarter) => [quarter.key, quarter]));
  const spend = initiativeSpendByQuarter(initiativeForecastOver(input, quarters, input.today), fiscalStart);
  const index = indexLinkTargets(input.targets);
  const byColumn = new Map<string, Initiative[]>();
  for (const item of inRankOrder(input.initiatives)) {
    const key = columnKeyOf(item.startQuarter);
    byColumn.set(key, [...(byColumn.get(key) ?? []), item]);
  }
  const pricing = input.settings;

  const cards: RoadmapCard[] = [];
  const columns: RoadmapColumn[] = quarters.map((quarter) => {
    const key = quarterKey(quarter);
    const members = byColumn.get(key) ?? [];
    const quarterSpending = spend.get(key);
    const budgetQuarter = budgetByKey.get(key);
    const budget = budgetQuarter ? { priceCents: budgetQuarter.priceCents, overLimit: budgetQuarter.overLimit } : null;
    // What the quarter spends before this column's own cards, then each card in the consultant's order.
    const own = (id: string) => quarterSpending?.byInitiative.get(id) ?? 0;
    let running = budget ? budget.priceCents - members.reduce((sum, item) => sum + own(item.id), 0) : 0;
    for (const item of members) {
      running += own(item.id);
      const pushes = budget !== null && limitCents !== null && own(item.id) > 0 && running > limitCents;
      cards.push(cardOf(item, pricing, index, pushes));
    }
    return {
      key,
      quarter,
      label: quarterLabel(quarter),
      months: quarterMonths(quarter, fiscalStart),
      past: ordinal(quarter) < current,
      initiativeIds: members.map((item) => item.id),
      roadmapPriceCents: quarterSpending?.totalCents ?? 0,
      budget,
    };
  });

  const unscheduled = byColumn.get(UNSCHEDULED_KEY) ?? [];
  let notBudgeted = 0;
  for (const item of unscheduled) {
    const card = cardOf(item, pricing, index, false);
    if (item.status !== 'declined') notBudgeted += card.prices.upfrontCents;
    cards.push(card);
  }
  columns.push({
    key: UNSCHEDULED_KEY,
    quarter: null,
    label: 'Unscheduled',
    months: '',
    past: false,
    initiativeIds: unscheduled.map((item) => item.id),
    roadmapPriceCents: notBudgeted,
    budget: null,
  });

  return {
    limitCents,
    columns,
    cards,
    offBoardCount: input.initiatives.length - cards.length,
    planStartMonth: plan.startMonth,
    planEndMonth: plan.endMonth,
  };
}
