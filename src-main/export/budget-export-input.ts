import type { Asset } from '../domain/asset';
import type { Client } from '../domain/client';
import type { Forecast } from '../domain/forecast';
import type { Initiative } from '../domain/initiative';
import type { LinkTargets } from '../domain/initiative-links';
import type { Month } from '../domain/months';
import type { Service } from '../domain/service';
import type { Settings } from '../domain/settings';

/** What the budget report and the budget workbook are built from: one client's items and its forecast. */
export interface BudgetExportInput {
  client: Client;
  assets: readonly Asset[];
  services: readonly Service[];
  initiatives: readonly Initiative[];
  settings: Settings;
  /** Computed once by domain/budget-plan.clientForecast, so both documents show the same figures. */
  forecast: Forecast;
  /** The current month, for "due within 12 months" and similar wording. */
  today: Month;
}

/** The budget workbook also has a Roadmap sheet, which names what each initiative's "why" points to. */
export interface BudgetWorkbookInput extends BudgetExportInput {
  linkTargets: LinkTargets;
}
