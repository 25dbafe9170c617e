import { z } from 'zod';
import { budgetPlan, client } from '../../domain/client';
import { month } from '../../domain/months';
import { entityId } from '../../domain/text';
import { byClient, channel } from './shared';

const budgetEvent = z.strictObject({
  month,
  monthOffset: z.number().int(),
  costCents: z.number().int(),
  priceCents: z.number().int(),
  markupPercent: z.number(),
  source: z.enum(['asset', 'service', 'initiative']),
  sourceId: entityId,
  kind: z.enum(['replacement', 'monthlyService', 'annualService', 'oneTime', 'recurring', 'labour']),
  category: z.string(),
  spend: z.enum(['capex', 'opex']),
  label: z.string(),
  overdue: z.boolean(),
});

const forecastView = z.strictObject({
  startMonth: month,
  endMonth: month,
  horizonYears: z.number().int(),
  months: z.array(month),
  events: z.array(budgetEvent),
  ageUnknownAssetIds: z.array(entityId),
  quarters: z.array(z.strictObject({ key: z.string(), label: z.string(), priceCents: z.number().int(), overLimit: z.boolean() })),
  totals: z.strictObject({ costCents: z.number().int(), priceCents: z.number().int() }),
});
export type ForecastView = z.infer<typeof forecastView>;

export const budgetChannels = {
  'budget.setPlan': channel(z.strictObject({ clientId: entityId, plan: budgetPlan }), z.strictObject({ client })),
  'budget.forecast': channel(byClient, forecastView),
};
