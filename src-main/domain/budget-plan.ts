import type { Asset } from './asset';
import type { BudgetPlan, Client } from './client';
import { buildForecast, type Forecast, type PlanWindow } from './forecast';
import type { Initiative } from './initiative';
import { currentFiscalYearStart, type Month } from './months';
import type { Service } from './service';
import type { Settings } from './settings';

/** A stored plan with no start month begins with the client's current fiscal year (PRODUCT.md §5). */
export function resolvePlanWindow(plan: BudgetPlan, fiscalYearStartMonth: number, today: Month): PlanWindow {
  return {
    startMonth: plan.startMonth ?? currentFiscalYearStart(today, fiscalYearStartMonth),
    horizonYears: plan.horizonYears,
  };
}

export interface ClientBudgetItems {
  client: Pick<Client, 'budgetPlan' | 'fiscalYearStartMonth'>;
  assets: readonly Asset[];
  services: readonly Service[];
  initiatives: readonly Initiative[];
  settings: Pick<Settings, 'markups' | 'lifespans' | 'replacementCosts' | 'labourRateCents'>;
}

/** The one way every screen, PDF and workbook turns a client's items into its forecast. */
export function clientForecast(items: ClientBudgetItems, today: Month, planOverride?: PlanWindow): Forecast {
  return buildForecast({
    plan: planOverride ?? resolvePlanWindow(items.client.budgetPlan, items.client.fiscalYearStartMonth, today),
    today,
    fiscalYearStartMonth: items.client.fiscalYearStartMonth,
    assets: items.assets,
    services: items.services,
    initiatives: items.initiatives,
    markups: items.settings.markups,
    lifespans: items.settings.lifespans,
    replacementCosts: items.settings.replacementCosts,
    labourRateCents: items.settings.labourRateCents,
  });
}
