import type { Content } from 'pdfmake/interfaces';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type AssetCategory } from '../../domain/asset';
import { pricingGaps, pricingGapsSentence } from '../../domain/budget-views';
import { formatMoney } from '../../domain/format';
import { addMonths, fiscalYearLabel, fiscalYearOf, fiscalYearStartMonth, monthLabel } from '../../domain/months';
import type { Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { ESTIMATE_MARK } from './budget-replacements';
import { monthSpan } from './budget-tables';
import { longMonthName, section } from './pdf-blocks';

/** What the figures rest on, in words a client can check against their own plans. */

/** "FY2027 runs Jul 2026 – Jun 2027", for the plan's first fiscal year. */
export function fiscalYearSentence(input: BudgetExportInput): string {
  const fiscalStart = input.client.fiscalYearStartMonth;
  const fiscalYear = fiscalYearOf(input.forecast.startMonth, fiscalStart);
  const first = fiscalYearStartMonth(fiscalYear, fiscalStart);
  return `${fiscalYearLabel(fiscalYear)} runs ${monthLabel(first)} – ${monthLabel(addMonths(first, 11))}`;
}

export function planSpan(input: BudgetExportInput): string {
  const years = Math.round(input.forecast.months.length / 12);
  return `${monthSpan(input.forecast.startMonth, input.forecast.endMonth)} (${years} ${years === 1 ? 'year' : 'years'})`;
}

function currencyName(brand: Brand): string {
  try {
    const name = new Intl.DisplayNames([brand.locale], { type: 'currency' }).of(brand.money.currency);
    return name && name !== brand.money.currency ? `${name} (${brand.money.currency})` : brand.money.currency;
  } catch {
    return brand.money.currency;
  }
}

function lifespanWords(months: number): string {
  if (months % 12 !== 0) return `${months} months`;
  const count = months / 12;
  return `${count} ${count === 1 ? 'year' : 'years'}`;
}

/** Lifespans of the equipment categories this plan replaces, in settings order. */
function lifespanSentence(input: BudgetExportInput): string | null {
  const planned = new Set(input.forecast.events.filter((event) => event.kind === 'replacement').map((event) => event.category));
  const categories = ASSET_CATEGORIES.filter((category): category is AssetCategory => planned.has(category));
  if (categories.length === 0) return null;
  const list = categories
    .map((category) => `${ASSET_CATEGORY_LABELS[category].toLowerCase()} ${lifespanWords(input.settings.lifespans[category])}`)
    .join(', ');
  const ownLifespan = input.assets.some(
    (item) => item.status === 'active' && (item.lifespanMonths !== null || item.plannedReplacementMonth !== null),
  );
  const exceptions = ownLifespan ? ', except where an item has its own lifespan or a planned replacement month' : '';
  return `Equipment is replaced at the end of its expected life: ${list}${exceptions}. A replacement already overdue is planned in the current month, or in the plan's first month when the plan starts later.`;
}

function estimateSentence(input: BudgetExportInput): string | null {
  const gaps = pricingGaps(input.forecast);
  if (gaps.estimated + gaps.unpriced === 0) return null;
  return `Equipment with no price on record yet (${pricingGapsSentence(gaps)}) is priced at a typical price for its category and marked ${ESTIMATE_MARK}; unpriced equipment counts as nothing until it is priced.`;
}

function replacedSentence(input: BudgetExportInput): string | null {
  const count = input.forecast.replacedAssets.length;
  if (count === 0) return null;
  return `${count === 1 ? 'One item is' : `${count} items are`} replaced by an initiative: the initiative's price covers the replacement, which is not counted a second time; later replacements follow a lifespan after the initiative.`;
}

function ageUnknownSentence(input: BudgetExportInput): string | null {
  const count = input.forecast.ageUnknownAssetIds.length;
  if (count === 0) return null;
  const one = count === 1;
  return `${count} ${one ? 'item has' : 'items have'} no purchase date or planned replacement yet and ${one ? 'is' : 'are'} not in this plan.`;
}

export function assumptions(input: BudgetExportInput, brand: Brand): Content {
  const fiscalStart = input.client.fiscalYearStartMonth;
  const limit = input.client.budgetPlan.spendingLimitPerQuarterCents;
  const planYears = Math.round(input.forecast.months.length / 12);
  const start = monthLabel(input.forecast.startMonth);
  const end = monthLabel(input.forecast.endMonth);
  const sentences = [
    `The plan starts in ${start} and runs for ${planYears} ${planYears === 1 ? 'year' : 'years'}, to ${end}.`,
    `Fiscal years are named by the year in which they end: ${fiscalYearSentence(input)}. ` +
      `Quarter 1 begins in ${longMonthName(fiscalStart, brand.locale)}.`,
    `Currency: ${currencyName(brand)}. Every amount is a price to ${input.client.name} ` +
      `and includes the pricing of ${brand.company} for equipment, services and project work.`,
    'Replacement prices are today’s prices; no inflation is added.',
    lifespanSentence(input),
    replacedSentence(input),
    estimateSentence(input),
    ageUnknownSentence(input),
    'Services continue at their current price until their end date; annual services fall in their renewal month.',
    'Roadmap initiatives appear in the quarter they are planned to start; unscheduled or declined ones are left out. ' +
      'Project labour is priced at the agreed hourly rate.',
    limit === null ? null : `The agreed spending limit is ${formatMoney(limit, brand.money)} a quarter.`,
  ].filter((sentence): sentence is string => sentence !== null);
  return bulletSection('Assumptions', sentences);
}

/** The heading stays with the first bullets; the rest may run onto the next page. */
function bulletSection(title: string, bullets: readonly string[]): Content {
  const list = (items: readonly string[]): Content => ({ ul: [...items], fontSize: 8.5, lineHeight: 1.15 });
  const rest = bullets.slice(3);
  return { stack: [section(title, [list(bullets.slice(0, 3))]), ...(rest.length > 0 ? [list(rest)] : [])] };
}
