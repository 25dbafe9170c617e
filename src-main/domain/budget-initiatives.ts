import type { Asset } from './asset';
import type { Forecast } from './forecast';
import type { Initiative } from './initiative';
import { quarterLabel } from './months';

/** The initiatives of a budget as a client reads them in a handout: when, for how much, and why. */

export interface PlannedInitiative {
  initiative: Initiative;
  quarter: string;
  /** One-time price and project labour, in the first month of the start quarter. */
  oneTimePriceCents: number;
  /** The recurring price each month from the start quarter on. */
  monthlyPriceCents: number;
  why: string;
  /** Names of the assets it replaces. */
  replaces: string[];
}

const WHY_LENGTH = 160;

function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const end = trimmed.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? trimmed.slice(0, end + 1) : trimmed;
  return sentence.length > WHY_LENGTH ? `${sentence.slice(0, WHY_LENGTH - 1).trimEnd()}…` : sentence;
}

/** One line on why the initiative is worth doing, from what the consultant wrote, best first. */
export function initiativeWhy(item: Pick<Initiative, 'description' | 'businessImpact' | 'why'>): string {
  const candidates = [item.description, item.businessImpact.businessRisk, item.businessImpact.productivity, item.businessImpact.opportunityCost, item.why.clientRequest];
  const found = candidates.find((text) => text.trim() !== '');
  return found ? firstSentence(found) : '';
}

/** Initiatives with a price in the plan, in the order they start. */
export function plannedInitiatives(forecast: Pick<Forecast, 'events'>, initiatives: readonly Initiative[], assets: readonly Asset[]): PlannedInitiative[] {
  const names = new Map(assets.map((item) => [item.id, item.name]));
  const prices = new Map<string, { oneTime: number; monthly: number }>();
  for (const event of forecast.events) {
    if (event.source !== 'initiative') continue;
    const entry = prices.get(event.sourceId) ?? { oneTime: 0, monthly: 0 };
    if (event.kind === 'recurring') entry.monthly = event.priceCents;
    else entry.oneTime += event.priceCents;
    prices.set(event.sourceId, entry);
  }
  return initiatives
    .filter((item) => prices.has(item.id) && item.startQuarter !== null)
    .map((item) => {
      const price = prices.get(item.id)!;
      return {
        initiative: item,
        quarter: quarterLabel(item.startQuarter!),
        oneTimePriceCents: price.oneTime,
        monthlyPriceCents: price.monthly,
        why: initiativeWhy(item),
        replaces: item.why.assetIds.flatMap((id) => names.get(id) ?? []),
      };
    })
    .sort((a, b) => startOrder(a.initiative) - startOrder(b.initiative) || a.initiative.rank - b.initiative.rank || a.initiative.title.localeCompare(b.initiative.title));
}

function startOrder(item: Initiative): number {
  return item.startQuarter ? item.startQuarter.fiscalYear * 4 + item.startQuarter.quarter : Number.MAX_SAFE_INTEGER;
}
