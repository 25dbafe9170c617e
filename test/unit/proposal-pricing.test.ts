import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceWithMarkup } from '../../src-main/domain/money';
import { NO_TIME, type Proposal, type ProposalLineItem } from '../../src-main/domain/proposal';
import { defaultMarkupFor, priceLine, priceProposal, proposalValueCents, totalHours } from '../../src-main/domain/proposal-pricing';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';

/** Worked examples of proposal pricing (PRODUCT.md §5 client price rule, §8 totals). */

const SETTINGS = { markups: DEFAULT_SETTINGS.markups, labourRateCents: 15_000, targetMarginPercent: 20 };

function line(overrides: Partial<ProposalLineItem> = {}): ProposalLineItem {
  return {
    id: 'line-1',
    kind: 'hardware',
    description: 'Firewall',
    quantity: 1,
    unitCostCents: 300_000,
    markupPercent: 30,
    billing: 'oneTime',
    catalogueItemId: null,
    ...overrides,
  };
}

function proposalOf(lineItems: ProposalLineItem[], time = NO_TIME): Pick<Proposal, 'lineItems' | 'time'> {
  return { lineItems, time };
}

describe('a line’s client price', () => {
  it('prices $3,000.00 at 30% markup at $3,900.00, a 23.08% margin, shown beside the markup', () => {
    const priced = priceLine(line(), SETTINGS);
    expect(priced).toMatchObject({ unitPriceCents: 390_000, priceCents: 390_000, costCents: 300_000, marginCents: 90_000, marginPercent: 23.08, markupPercent: 30, markupMarginPercent: 23.08 });
    expect(priced.belowTarget).toBe(false);
  });

  it('rounds each unit half up, then multiplies: 3 × $1,234.57 at 37.5% is 3 × $1,697.53 = $5,092.59, not $5,092.60', () => {
    const priced = priceLine(line({ quantity: 3, unitCostCents: 123_457, markupPercent: 37.5 }), SETTINGS);
    expect(priced.unitPriceCents).toBe(169_753);
    expect(priced.priceCents).toBe(509_259);
    expect(priceWithMarkup(3 * 123_457, 37.5)).toBe(509_260);
  });

  it('rounds a half cent up: 3 × 5¢ at 10% is 3 × 6¢ = 18¢', () => {
    expect(priceLine(line({ quantity: 3, unitCostCents: 5, markupPercent: 10 }), SETTINGS)).toMatchObject({ unitPriceCents: 6, priceCents: 18 });
  });

  it('takes the default markup of its billing when it has none: one-time lines 30% (initiative one-time), monthly lines 0% (recurring)', () => {
    expect(defaultMarkupFor('oneTime', DEFAULT_SETTINGS.markups)).toBe(30);
    expect(defaultMarkupFor('monthly', DEFAULT_SETTINGS.markups)).toBe(0);
    const oneTime = priceLine(line({ markupPercent: null, kind: 'service' }), SETTINGS);
    expect(oneTime).toMatchObject({ markupPercent: 30, markupIsDefault: true, priceCents: 390_000 });
    const monthly = priceLine(line({ markupPercent: null, billing: 'monthly', unitCostCents: 2_200, quantity: 24 }), SETTINGS);
    expect(monthly).toMatchObject({ markupPercent: 0, markupIsDefault: true, priceCents: 52_800, marginPercent: 0, belowTarget: true });
    const edited = { ...SETTINGS, markups: { ...SETTINGS.markups, initiativeOneTime: 40, recurring: 15 } };
    expect(priceLine(line({ markupPercent: null }), edited).priceCents).toBe(420_000);
    expect(priceLine(line({ markupPercent: null, billing: 'monthly', unitCostCents: 2_000 }), edited).priceCents).toBe(2_300);
  });

  it('flags a line whose margin is below the target: 11.11% markup is a 10% margin, under 20%', () => {
    expect(priceLine(line({ markupPercent: 11.11, unitCostCents: 1_980, billing: 'monthly' }), SETTINGS)).toMatchObject({ unitPriceCents: 2_200, marginPercent: 10, belowTarget: true });
  });

  it('does not flag a line exactly at the target: 25% markup is a 20% margin', () => {
    expect(priceLine(line({ markupPercent: 25, unitCostCents: 100_000 }), SETTINGS)).toMatchObject({ marginPercent: 20, belowTarget: false });
  });

  it('does not flag a free line (no price, no margin to speak of)', () => {
    expect(priceLine(line({ unitCostCents: 0 }), SETTINGS)).toMatchObject({ priceCents: 0, marginPercent: undefined, belowTarget: false });
  });
});

describe('labour', () => {
  it('charges 12.5 h at $150.00 as $1,875.00, without markup', () => {
    const pricing = priceProposal(proposalOf([], { ...NO_TIME, implementationHours: 12.5 }), SETTINGS);
    expect(pricing.labour).toEqual({ hours: 12.5, rateCents: 15_000, priceCents: 187_500 });
  });

  it('adds the four blocks of time: 4 + 16.75 + 2.5 + 1.25 = 24.5 h, $3,675.00 at $150.00', () => {
    const time = { projectManagementHours: 4, implementationHours: 16.75, standbyHours: 2.5, closeOutHours: 1.25 };
    expect(totalHours(time)).toBe(24.5);
    expect(priceProposal(proposalOf([], time), SETTINGS).labour.priceCents).toBe(367_500);
  });

  it('rounds fractional hours half up to the cent: 0.33 h at $95.55 is $31.53', () => {
    expect(priceProposal(proposalOf([], { ...NO_TIME, closeOutHours: 0.33 }), { ...SETTINGS, labourRateCents: 9_555 }).labour.priceCents).toBe(3_153);
  });
});

describe('proposal totals', () => {
  const lines = [
    line({ id: 'firewall' }),
    line({ id: 'switch', quantity: 2, unitCostCents: 118_000, markupPercent: 30 }),
    line({ id: 'm365', kind: 'software', billing: 'monthly', quantity: 20, unitCostCents: 1_980, markupPercent: 11.11 }),
    line({ id: 'backup', kind: 'service', billing: 'monthly', quantity: 20, unitCostCents: 300, markupPercent: 50 }),
  ];
  const time = { projectManagementHours: 4, implementationHours: 12, standbyHours: 2, closeOutHours: 2 };
  const pricing = priceProposal(proposalOf(lines, time), SETTINGS);

  it('sums one-time lines and labour into the one-time total: $3,900 + 2 × $1,534 + 20 h × $150 = $9,968.00', () => {
    expect(pricing.oneTimeItems).toMatchObject({ costCents: 536_000, priceCents: 696_800 });
    expect(pricing.labour.priceCents).toBe(300_000);
    expect(pricing.oneTimeTotalCents).toBe(996_800);
  });

  it('sums monthly lines: 20 × $22.00 + 20 × $4.50 = $530.00 a month', () => {
    expect(pricing.monthly).toMatchObject({ costCents: 45_600, priceCents: 53_000 });
    expect(pricing.monthlyTotalCents).toBe(53_000);
  });

  it('gives the first-year total as one-time + 12 × monthly: $9,968 + $6,360 = $16,328.00', () => {
    expect(pricing.firstYearTotalCents).toBe(1_632_800);
  });

  it('shows the consultant the first year’s cost and margin, labour counted at its price as in the budget', () => {
    expect(pricing.firstYear.costCents).toBe(536_000 + 300_000 + 12 * 45_600);
    expect(pricing.firstYear.marginCents).toBe(160_800 + 12 * 7_400);
    expect(pricing.firstYear.marginPercent).toBe(15.29);
  });

  it('shows what the lines alone earn in the first year, labour aside', () => {
    expect(pricing.firstYearLines).toMatchObject({ costCents: 536_000 + 12 * 45_600, priceCents: 696_800 + 12 * 53_000, marginCents: 160_800 + 12 * 7_400 });
    expect(pricing.firstYearLines.marginPercent).toBe(18.73);
  });

  it('counts the lines below the target margin (the Microsoft 365 licences at 10%)', () => {
    expect(pricing.belowTargetCount).toBe(1);
    expect(pricing.lines.filter((priced) => priced.belowTarget).map((priced) => priced.lineId)).toEqual(['m365']);
  });

  it('values the proposal for non-recurring revenue at its one-time total, monthly lines left out', () => {
    expect(proposalValueCents(proposalOf(lines, time), SETTINGS)).toBe(996_800);
  });
});

describe('pricing properties', () => {
  const anyLine = fc.record({
    quantity: fc.integer({ min: 1, max: 500 }),
    unitCostCents: fc.integer({ min: 0, max: 5_000_000 }),
    markupPercent: fc.option(fc.integer({ min: 0, max: 20_000 }).map((hundredths) => hundredths / 100), { nil: null }),
    billing: fc.constantFrom('oneTime' as const, 'monthly' as const),
  });

  it('prices every line at quantity × its rounded unit price, never below cost, and totals add up', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 12 }), fc.integer({ min: 0, max: 40_000 }), (drawn, hundredthsOfHours) => {
        const lines = drawn.map((fields, index) => line({ ...fields, id: `line-${index}` }));
        const pricing = priceProposal(proposalOf(lines, { ...NO_TIME, implementationHours: hundredthsOfHours / 100 }), SETTINGS);
        pricing.lines.forEach((priced, index) => {
          const source = lines[index]!;
          expect(priced.priceCents).toBe(source.quantity * priceWithMarkup(source.unitCostCents, priced.markupPercent));
          expect(priced.priceCents).toBeGreaterThanOrEqual(priced.costCents);
        });
        const sum = (billing: 'oneTime' | 'monthly') => pricing.lines.filter((priced) => priced.billing === billing).reduce((total, priced) => total + priced.priceCents, 0);
        expect(pricing.oneTimeTotalCents).toBe(sum('oneTime') + pricing.labour.priceCents);
        expect(pricing.firstYearTotalCents).toBe(pricing.oneTimeTotalCents + 12 * sum('monthly'));
      }),
    );
  });
});
