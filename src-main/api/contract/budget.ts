import { z } from 'zod';
import { budgetPlan, client } from '../../domain/client';
import { month } from '../../domain/months';
import { entityId } from '../../domain/text';
import { byClient, channel, nothing } from './shared';

const budgetEvent = z.strictObject({
  month,
  monthOffset: z.number().int(),
  costCents: z.number().int(),
  priceCents: z.number().int(),
  markupPercent: z.number(),
  quantity: z.number().int(),
  unitCostCents: z.number().int(),
  unitPriceCents: z.number().int(),
  source: z.enum(['asset', 'service', 'initiative']),
  sourceId: entityId,
  kind: z.enum(['replacement', 'monthlyService', 'annualService', 'oneTime', 'recurring', 'labour']),
  category: z.string(),
  spend: z.enum(['capex', 'opex']),
  label: z.string(),
  overdue: z.boolean(),
  estimated: z.boolean(),
  unpriced: z.boolean(),
});

const replacedAsset = z.strictObject({ assetId: entityId, assetName: z.string(), initiativeId: entityId, title: z.string(), month });

const gaps = z.strictObject({ estimated: z.number().int(), unpriced: z.number().int(), overdue: z.number().int() });

/** One client's replacements that need the consultant: estimated or unpriced, and overdue. */
const clientGaps = gaps.extend({ clientId: entityId, clientName: z.string() });
export type ClientBudgetGaps = z.infer<typeof clientGaps>;

const forecastView = z.strictObject({
  startMonth: month,
  endMonth: month,
  horizonYears: z.number().int(),
  months: z.array(month),
  events: z.array(budgetEvent),
  ageUnknownAssetIds: z.array(entityId),
  replacedAssets: z.array(replacedAsset),
  gaps,
  quarters: z.array(z.strictObject({ key: z.string(), label: z.string(), priceCents: z.number().int(), overLimit: z.boolean() })),
  totals: z.strictObject({ costCents: z.number().int(), priceCents: z.number().int() }),
});
export type ForecastView = z.infer<typeof forecastView>;

export const budgetChannels = {
  'budget.setPlan': channel(z.strictObject({ clientId: entityId, plan: budgetPlan }), z.strictObject({ client })),
  'budget.forecast': channel(byClient, forecastView),
  /** Active clients whose budgets have estimated, unpriced or overdue replacements, for the dashboard. */
  'budget.practiceGaps': channel(nothing, z.strictObject({ clients: z.array(clientGaps) })),
};
