import { clientForecast } from '../../domain/budget-plan';
import { pricingGaps, quarterSpend, sumAmounts } from '../../domain/budget-views';
import type { Forecast } from '../../domain/forecast';
import { monthOfLocalDate } from '../../domain/months';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { requireClient } from './client-items';

/** Everything a client's forecast is made of, read from the store. */
export function clientBudgetItems(context: HandlerContext, clientId: string) {
  const data = context.store.data;
  const client = requireClient(context, clientId);
  return {
    client,
    assets: data.assets.filter((item) => item.clientId === clientId),
    services: data.services.filter((item) => item.clientId === clientId),
    initiatives: data.initiatives.filter((item) => item.clientId === clientId),
    settings: data.settings,
  };
}

export function forecastFor(context: HandlerContext, clientId: string): { items: ReturnType<typeof clientBudgetItems>; forecast: Forecast } {
  const items = clientBudgetItems(context, clientId);
  return { items, forecast: clientForecast(items, monthOfLocalDate(context.clock())) };
}

/** How many replacements of a forecast are estimated, unpriced and overdue. */
function gapsOf(forecast: Forecast) {
  const gaps = pricingGaps(forecast);
  return { estimated: gaps.estimated, unpriced: gaps.unpriced, overdue: forecast.events.filter((event) => event.overdue).length };
}

export const budgetHandlers: HandlerMap<'budget.setPlan' | 'budget.forecast' | 'budget.practiceGaps'> = {
  'budget.setPlan': async ({ clientId, plan }, context) => {
    const existing = requireClient(context, clientId);
    const next = { ...existing, budgetPlan: plan, updatedAt: context.clock().toISOString() };
    await context.store.mutate((draft) => {
      draft.clients[draft.clients.findIndex((candidate) => candidate.id === clientId)] = next;
    });
    return { client: next };
  },

  'budget.forecast': async ({ clientId }, context) => {
    const { items, forecast } = forecastFor(context, clientId);
    return {
      startMonth: forecast.startMonth,
      endMonth: forecast.endMonth,
      horizonYears: items.client.budgetPlan.horizonYears,
      months: forecast.months,
      events: forecast.events,
      ageUnknownAssetIds: forecast.ageUnknownAssetIds,
      replacedAssets: forecast.replacedAssets,
      gaps: gapsOf(forecast),
      quarters: quarterSpend(forecast, items.client.fiscalYearStartMonth, items.client.budgetPlan.spendingLimitPerQuarterCents),
      totals: sumAmounts(forecast.events),
    };
  },

  'budget.practiceGaps': async (_input, context) => {
    const active = context.store.data.clients.filter((client) => client.status === 'active' && client.archivedAt === null);
    const clients = active
      .map((client) => ({ clientId: client.id, clientName: client.name, ...gapsOf(forecastFor(context, client.id).forecast) }))
      .filter((entry) => entry.estimated + entry.unpriced + entry.overdue > 0)
      .sort((a, b) => b.estimated + b.unpriced - (a.estimated + a.unpriced) || a.clientName.localeCompare(b.clientName));
    return { clients };
  },
};
