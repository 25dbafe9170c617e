import { clientForecast } from './budget-plan';
import { quarterSpend } from './budget-views';
import { indexLinkTargets } from './initiative-links';
import { addMonths, fiscalYearLabel, fiscalYearOf, monthLabel, quarterFirstMonth, quarterKey, quarterLabel, type FiscalQuarter } from './months';
import {
  cardOf,
  initiativeForecastOver,
  initiativeSpendByQuarter,
  inRankOrder,
  quarterMonths,
  type RoadmapCard,
  type RoadmapInput,
} from './roadmap';

/**
 * The roadmap as the client reads it on paper (PRODUCT.md §6, §10): one fiscal year a page, its
 * quarters side by side with their initiatives, what each quarter and the year spend on them, and
 * the work not yet scheduled. Declined initiatives are not part of the plan and are left out.
 */

export interface HandoutQuarter {
  quarter: FiscalQuarter;
  label: string;
  months: string;
  cards: RoadmapCard[];
  /** The initiatives' spending in the quarter, as the budget's Initiatives line shows it. */
  totalPriceCents: number;
  /** The whole budget passes the client's quarterly limit in this quarter. */
  overLimit: boolean;
}

export interface HandoutYear {
  fiscalYear: number;
  label: string;
  /** "Jul 2026 – Jun 2027". */
  span: string;
  quarters: HandoutQuarter[];
  totalPriceCents: number;
}

export interface RoadmapHandout {
  years: HandoutYear[];
  unscheduled: RoadmapCard[];
  limitCents: number | null;
}

/** A handout reaches this far at most, whatever is scheduled beyond. */
const MAX_YEARS_AHEAD = 10;

/** The current fiscal year and every later one up to the last with planned work; earlier years only for work still open. */
function handoutYears(input: RoadmapInput): number[] {
  const current = fiscalYearOf(input.today, input.client.fiscalYearStartMonth);
  let last = current;
  const earlier = new Set<number>();
  for (const item of input.initiatives) {
    if (!item.startQuarter || item.status === 'declined') continue;
    const year = item.startQuarter.fiscalYear;
    if (year > last && year <= current + MAX_YEARS_AHEAD) last = year;
    if (year < current && item.status !== 'done') earlier.add(year);
  }
  return [...[...earlier].sort((a, b) => a - b), ...Array.from({ length: last - current + 1 }, (_unused, index) => current + index)];
}

function quartersOf(fiscalYear: number): FiscalQuarter[] {
  return [1, 2, 3, 4].map((quarter) => ({ fiscalYear, quarter }));
}

export function roadmapHandout(input: RoadmapInput): RoadmapHandout {
  const fiscalStart = input.client.fiscalYearStartMonth;
  const limitCents = input.client.budgetPlan.spendingLimitPerQuarterCents;
  const years = handoutYears(input);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  // One forecast window over every year from the first shown to the last, gaps included.
  const window = Array.from({ length: last - first + 1 }, (_unused, index) => quartersOf(first + index)).flat();
  const spend = initiativeSpendByQuarter(initiativeForecastOver(input, window, input.today), fiscalStart);
  const overLimit = new Set(
    quarterSpend(clientForecast(input, input.today), fiscalStart, limitCents)
      .filter((quarter) => quarter.overLimit)
      .map((quarter) => quarter.key),
  );
  const index = indexLinkTargets(input.targets);
  const planned = inRankOrder(input.initiatives.filter((item) => item.status !== 'declined')).map((item) => cardOf(item, input.settings, index, false));

  const handoutQuarter = (quarter: FiscalQuarter): HandoutQuarter => {
    const key = quarterKey(quarter);
    return {
      quarter,
      label: quarterLabel(quarter),
      months: quarterMonths(quarter, fiscalStart),
      cards: planned.filter((card) => card.startQuarter && quarterKey(card.startQuarter) === key),
      totalPriceCents: spend.get(key)?.totalCents ?? 0,
      overLimit: overLimit.has(key),
    };
  };
  return {
    years: years.map((fiscalYear) => {
      const quarters = quartersOf(fiscalYear).map(handoutQuarter);
      const first = quarterFirstMonth({ fiscalYear, quarter: 1 }, fiscalStart);
      const span = `${monthLabel(first)} – ${monthLabel(addMonths(first, 11))}`;
      return { fiscalYear, label: fiscalYearLabel(fiscalYear), span, quarters, totalPriceCents: quarters.reduce((sum, quarter) => sum + quarter.totalPriceCents, 0) };
    }),
    unscheduled: planned.filter((card) => card.startQuarter === null),
    limitCents,
  };
}
