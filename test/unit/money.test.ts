import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cents,
  labourCents,
  MAX_CENTS,
  marginFromMarkup,
  marginPercent,
  percent,
  priceWithMarkup,
  quantity,
  roundHalfUp,
} from '../../src-main/domain/money';

/** Independent oracle: round-half-up of cost × (100 + markup) / 100 computed with BigInt only. */
function exactPrice(costCents: number, markupHundredths: number): number {
  const numerator = BigInt(costCents) * BigInt(10_000 + markupHundredths);
  const quotient = numerator / 10_000n;
  const remainder = numerator - quotient * 10_000n;
  return Number(remainder * 2n >= 10_000n ? quotient + 1n : quotient);
}

describe('client price from cost and markup (PRODUCT.md §5)', () => {
  it('prices a $3,000.00 cost at 30% markup at $3,900.00', () => {
    expect(priceWithMarkup(300_000, 30)).toBe(390_000);
  });

  it('leaves the price equal to the cost at 0% markup', () => {
    expect(priceWithMarkup(123_457, 0)).toBe(123_457);
  });

  it('doubles the cost at 100% markup', () => {
    expect(priceWithMarkup(4_999, 100)).toBe(9_998);
  });

  it('rounds 5 cents at 10% markup (5.5 cents) up to 6 cents', () => {
    expect(priceWithMarkup(5, 10)).toBe(6);
  });

  it('rounds 1 cent at 50% markup (1.5 cents) up to 2 cents', () => {
    expect(priceWithMarkup(1, 50)).toBe(2);
  });

  it('rounds 1 cent at 49% markup (1.49 cents) down to 1 cent', () => {
    expect(priceWithMarkup(1, 49)).toBe(1);
  });

  it('handles markups with two decimals: $100.00 at 12.5% is $112.50 and 3 cents at 16.67% is 3.5001 → 4 cents', () => {
    expect(priceWithMarkup(10_000, 12.5)).toBe(11_250);
    expect(priceWithMarkup(3, 16.67)).toBe(4);
  });

  it('does not suffer from binary floating point: $0.10 at 15% is exactly 11.5 cents, rounded up to 12', () => {
    // 10 * 1.15 in floating point is 11.499999999999998, which a naive Math.round would turn into 11.
    expect(priceWithMarkup(10, 15)).toBe(12);
  });

  it('stays exact when cost × markup factor passes 2^53 (a billion dollars at 1000% markup)', () => {
    expect(MAX_CENTS * 110_000).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(priceWithMarkup(MAX_CENTS, 1000)).toBe(1_100_000_000_000);
  });

  it('rounds half up past 2^53: 99,999,995,000 cents at 900.01% is 1,000,009,949,999.5 → 1,000,009,950,000', () => {
    expect(99_999_995_000 * 100_001).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(priceWithMarkup(99_999_995_000, 900.01)).toBe(1_000_009_950_000);
  });

  it('rounds down past 2^53 when the remainder is under a half: 99,999,999,999 cents at 999.99%', () => {
    // 99,999,999,999 × 109,999 / 10,000 = 1,099,989,999,989.0001
    expect(priceWithMarkup(99_999_999_999, 999.99)).toBe(1_099_989_999_989);
  });

  it('agrees with an exact BigInt computation for every cost and two-decimal markup', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), fc.integer({ min: 0, max: 100_000 }), (cost, markupHundredths) => {
        expect(priceWithMarkup(cost, markupHundredths / 100)).toBe(exactPrice(cost, markupHundredths));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('margin shown beside the markup', () => {
  it('turns a 30% markup into a 23.08% margin', () => {
    expect(marginFromMarkup(30)).toBe(23.08);
  });

  it('turns a 100% markup into a 50% margin and 0% into 0%', () => {
    expect(marginFromMarkup(100)).toBe(50);
    expect(marginFromMarkup(0)).toBe(0);
  });

  it('turns a 25% markup into a 20% margin and 15% into 13.04%', () => {
    expect(marginFromMarkup(25)).toBe(20);
    expect(marginFromMarkup(15)).toBe(13.04);
  });

  it('gives 23.08% as the margin actually earned on $3,000 cost sold at $3,900', () => {
    expect(marginPercent(300_000, 390_000)).toBe(23.08);
  });

  it('gives a 0% margin when cost equals price, and a negative margin when sold below cost', () => {
    expect(marginPercent(50_000, 50_000)).toBe(0);
    expect(marginPercent(15_000, 10_000)).toBe(-50);
  });

  it('has no margin (undefined, shown as "–") when there is no price', () => {
    expect(marginPercent(0, 0)).toBeUndefined();
    expect(marginPercent(1_000, 0)).toBeUndefined();
  });

  it('rounds a one-third margin to 33.33% and a two-thirds margin to 66.67%', () => {
    expect(marginPercent(200, 300)).toBe(33.33);
    expect(marginPercent(100, 300)).toBe(66.67);
  });
});

describe('labour at the hourly rate', () => {
  it('bills 2.5 hours at $150.00 as $375.00', () => {
    expect(labourCents(2.5, 15_000)).toBe(37_500);
  });

  it('bills 0.33 hours at $123.45 (4,073.85 cents) as 4,074 cents, half up', () => {
    expect(labourCents(0.33, 12_345)).toBe(4_074);
  });

  it('bills 0.5 hours at $123.45 (6,172.5 cents) as 6,173 cents: an exact half rounds up', () => {
    expect(labourCents(0.5, 12_345)).toBe(6_173);
  });

  it('bills 0.01 hours at 50 cents an hour (half a cent) as 1 cent', () => {
    expect(labourCents(0.01, 50)).toBe(1);
  });

  it('bills 1.15 hours at $100.00 as exactly $115.00 despite 1.15 having no exact binary form', () => {
    expect(labourCents(1.15, 10_000)).toBe(11_500);
  });

  it('bills nothing for zero hours', () => {
    expect(labourCents(0, 15_000)).toBe(0);
  });
});

describe('round half up', () => {
  it('rounds .5 towards the larger number for positive and negative values', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.49)).toBe(2);
    expect(roundHalfUp(-2.5)).toBe(-2);
    expect(roundHalfUp(-2.51)).toBe(-3);
  });
});

describe('money, percentage and quantity input rules', () => {
  it('accepts whole cents from zero to one billion dollars', () => {
    expect(cents.safeParse(0).success).toBe(true);
    expect(cents.safeParse(390_000).success).toBe(true);
    expect(cents.safeParse(MAX_CENTS).success).toBe(true);
  });

  it('refuses negative, fractional, non-finite, too large and non-number amounts', () => {
    expect(cents.safeParse(-1).success).toBe(false);
    expect(cents.safeParse(12.5).success).toBe(false);
    expect(cents.safeParse(Number.NaN).success).toBe(false);
    expect(cents.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(cents.safeParse(MAX_CENTS + 1).success).toBe(false);
    expect(cents.safeParse('1200').success).toBe(false);
  });

  it('tells the consultant why an amount is refused', () => {
    const negative = cents.safeParse(-100);
    const fractional = cents.safeParse(10.5);
    expect(negative.success ? '' : negative.error.issues[0]?.message).toBe('An amount cannot be negative');
    expect(fractional.success ? '' : fractional.error.issues[0]?.message).toBe('Enter an amount with at most two decimals');
  });

  it('accepts percentages with up to two decimals, including sums like 0.1 + 0.2', () => {
    expect(percent.safeParse(30).success).toBe(true);
    expect(percent.safeParse(23.08).success).toBe(true);
    expect(percent.safeParse(0.1 + 0.2).success).toBe(true);
    expect(percent.safeParse(0).success).toBe(true);
  });

  it('refuses a percentage with three decimals, a negative one, one above 1000, and non-finite values', () => {
    const threeDecimals = percent.safeParse(12.345);
    expect(threeDecimals.success).toBe(false);
    expect(threeDecimals.success ? '' : threeDecimals.error.issues[0]?.message).toBe('Use at most two decimals');
    expect(percent.safeParse(-5).success).toBe(false);
    expect(percent.safeParse(1000.01).success).toBe(false);
    expect(percent.safeParse(Number.NaN).success).toBe(false);
    expect(percent.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });

  it('accepts whole quantities of at least 1 and refuses 0, negatives, fractions and infinity', () => {
    expect(quantity.safeParse(1).success).toBe(true);
    expect(quantity.safeParse(24).success).toBe(true);
    expect(quantity.safeParse(0).success).toBe(false);
    expect(quantity.safeParse(-3).success).toBe(false);
    expect(quantity.safeParse(2.5).success).toBe(false);
    expect(quantity.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });
});
