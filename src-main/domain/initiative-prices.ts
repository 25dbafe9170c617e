import { formatMoney, type MoneyStyle } from './format';
import type { InitiativeFields } from './initiative';
import { labourCents, priceWithMarkup } from './money';
import type { Settings } from './settings';

/** An initiative's client prices (PRODUCT.md §5): the same rule the forecast applies to its events. */
export interface InitiativePrices {
  oneTimeCents: number;
  monthlyCents: number;
  labourCents: number;
  /** What the client pays when it starts: the one-time price and the labour. */
  upfrontCents: number;
}

export type PricingSettings = Pick<Settings, 'markups' | 'labourRateCents'>;

type PricedFields = Pick<InitiativeFields, 'oneTimeCostCents' | 'oneTimeMarkupPercent' | 'recurringMonthlyCostCents' | 'recurringMarkupPercent' | 'labourHours'>;

export function initiativePrices(item: PricedFields, pricing: PricingSettings): InitiativePrices {
  const oneTimeCents = priceWithMarkup(item.oneTimeCostCents, item.oneTimeMarkupPercent ?? pricing.markups.initiativeOneTime);
  const monthlyCents = priceWithMarkup(item.recurringMonthlyCostCents, item.recurringMarkupPercent ?? pricing.markups.recurring);
  const labour = labourCents(item.labourHours, pricing.labourRateCents);
  return { oneTimeCents, monthlyCents, labourCents: labour, upfrontCents: oneTimeCents + labour };
}

/** "$3,900.00", "$72.00 a month" or "$3,900.00 + $72.00 a month": how cards and the handout state a price. */
export function priceWords(prices: InitiativePrices, money: MoneyStyle): string {
  const { upfrontCents, monthlyCents } = prices;
  if (upfrontCents === 0 && monthlyCents === 0) return 'No charge';
  const monthly = `${formatMoney(monthlyCents, money)} a month`;
  if (upfrontCents === 0) return monthly;
  return monthlyCents === 0 ? formatMoney(upfrontCents, money) : `${formatMoney(upfrontCents, money)} + ${monthly}`;
}
