import { clientForecast } from '../../domain/budget-plan';
import { quarterSpend, sumAmounts } from '../../domain/budget-views';
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

export const budgetHandlers: HandlerMap<'budget.setPlan' | 'budget.forecast'> = {
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
      quarters: quarterSpend(forecast, items.client.fiscalYearStartMonth, items.client.budgetPlan.spendingLimitPerQuarterCents),
      totals: sumAmounts(forecast.events),
    };
  },
};
