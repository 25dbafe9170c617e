import { z } from 'zod';

/** Money is always integer cents. The cap keeps every product of quantity and price exact. */
export const MAX_CENTS = 100_000_000_000; // one billion in major units
export const MAX_QUANTITY = 1_000_000;

export const cents = z
  .number({ error: 'Enter an amount' })
  .int({ error: 'Enter an amount with at most two decimals' })
  .min(0, { error: 'An amount cannot be negative' })
  .max(MAX_CENTS, { error: 'That amount is too large' });

export const optionalCents = cents.nullable();

/** Percentages carry at most two decimals (markups, margins). */
export const percent = z
  .number({ error: 'Enter a percentage' })
  .min(0, { error: 'A percentage cannot be negative' })
  .max(1000, { error: 'A percentage above 1000 is not accepted' })
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    error: 'Use at most two decimals',
  });

export const quantity = z
  .number({ error: 'Enter a quantity' })
  .int({ error: 'A quantity is a whole number' })
  .min(1, { error: 'A quantity is at least 1' })
  .max(MAX_QUANTITY, { error: 'That quantity is too large' });

/** Round half up (towards +infinity at exactly .5), for non-negative and negative values alike. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5);
}

/** Exact (a * b) / d rounded half up, for non-negative integers; falls back to BigInt past 2^53. */
function mulDivRoundHalfUp(a: number, b: number, d: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    const quotient = Math.floor(product / d);
    const remainder = product - quotient * d;
    return remainder * 2 >= d ? quotient + 1 : quotient;
  }
  const big = BigInt(a) * BigInt(b);
  const bigD = BigInt(d);
  const quotient = big / bigD;
  const remainder = big - quotient * bigD;
  return Number(remainder * 2n >= bigD ? quotient + 1n : quotient);
}

/** A percentage with up to two decimals as an integer count of hundredths of a percent. */
function basisPoints(percentage: number): number {
  return Math.round(percentage * 100);
}

/** Unit client price = round-half-up of unit cost × (100 + markup) / 100, in cents (PRODUCT.md §5). */
export function priceWithMarkup(costCents: number, markupPercent: number): number {
  return mulDivRoundHalfUp(costCents, 10_000 + basisPoints(markupPercent), 10_000);
}

/**
 * Client price of a line = quantity × unit client price, the unit price rounded to the cent first,
 * so a client who multiplies the figures on a document gets the same total and cannot work back to
 * the cost or the markup (PRODUCT.md §5).
 */
export function linePrice(quantity: number, unitCostCents: number, markupPercent: number): number {
  return quantity * priceWithMarkup(unitCostCents, markupPercent);
}

/** The margin a markup gives, in percent of the price: 30% markup is 23.08% margin. */
export function marginFromMarkup(markupPercent: number): number {
  return roundToHundredths((markupPercent / (100 + markupPercent)) * 100);
}

/** The margin actually earned on one price, in percent; undefined when there is no price. */
export function marginPercent(costCents: number, priceCents: number): number | undefined {
  if (priceCents === 0) return undefined;
  return roundToHundredths(((priceCents - costCents) / priceCents) * 100);
}

export function roundToHundredths(value: number): number {
  return roundHalfUp(value * 100) / 100;
}

/** Labour: hours (up to two decimals) × rate, rounded half up to the cent. */
export function labourCents(hours: number, rateCents: number): number {
  return mulDivRoundHalfUp(Math.round(hours * 100), rateCents, 100);
}
