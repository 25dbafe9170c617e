import { describe, expect, it } from 'vitest';
import type { Asset } from '../../src-main/domain/asset';
import { replacementSchedule, replacementUnitCost, replacingInitiatives } from '../../src-main/domain/asset-replacement';
import { pricingGaps, pricingGapsSentence, sumAmounts } from '../../src-main/domain/budget-views';
import { buildForecast, replacementOutlook, type Forecast, type PlanWindow } from '../../src-main/domain/forecast';
import type { Initiative } from '../../src-main/domain/initiative';
import { linePrice } from '../../src-main/domain/money';
import type { Month } from '../../src-main/domain/months';
import type { Service } from '../../src-main/domain/service';
import { DEFAULT_SETTINGS, type ReplacementCostTable } from '../../src-main/domain/settings';
import { makeAsset, makeInitiative, makeService } from './factories';

/** PRODUCT.md §5 as revised in 2026-12: overdue, unpriced assets, replaced by an initiative, client prices. */

interface Scenario {
  plan: PlanWindow;
  today: Month;
  fiscalYearStartMonth?: number;
  assets?: Asset[];
  services?: Service[];
  initiatives?: Initiative[];
  replacementCosts?: ReplacementCostTable;
}

function forecastOf(scenario: Scenario): Forecast {
  return buildForecast({
    plan: scenario.plan,
    today: scenario.today,
    fiscalYearStartMonth: scenario.fiscalYearStartMonth ?? 1,
    assets: scenario.assets ?? [],
    services: scenario.services ?? [],
    initiatives: scenario.initiatives ?? [],
    markups: DEFAULT_SETTINGS.markups,
    lifespans: DEFAULT_SETTINGS.lifespans,
    replacementCosts: scenario.replacementCosts ?? DEFAULT_SETTINGS.replacementCosts,
    labourRateCents: DEFAULT_SETTINGS.labourRateCents,
  });
}

const CALENDAR_2026: PlanWindow = { startMonth: '2026-01', horizonYears: 3 };

function replacementsOf(forecast: Forecast, assetId: string): string[] {
  return forecast.events.filter((event) => event.sourceId === assetId).map((event) => `${event.month}${event.overdue ? ' overdue' : ''}`);
}

describe('overdue replacements land in the current month', () => {
  it('places a laptop due June 2025 in November 2026, the current month, and the next one 36 months later', () => {
    const forecast = forecastOf({
      plan: { startMonth: '2026-01', horizonYears: 5 },
      today: '2026-11',
      assets: [makeAsset({ id: 'laptops', category: 'laptop', purchaseDate: '2022-06-15' })],
    });
    expect(replacementsOf(forecast, 'laptops')).toEqual(['2026-11 overdue', '2029-11']);
  });

  it('counts a replacement due inside the plan but before the current month as overdue, never in a month that has passed', () => {
    const forecast = forecastOf({
      plan: CALENDAR_2026,
      today: '2026-11',
      assets: [makeAsset({ id: 'pcs', category: 'workstation', purchaseDate: '2022-03-10' })],
    });
    // Due March 2026: the plan began in January, but March has passed.
    expect(replacementsOf(forecast, 'pcs')).toEqual(['2026-11 overdue']);
    expect(forecast.events.every((event) => event.month >= '2026-11')).toBe(true);
  });

  it('does not call a replacement due this month overdue', () => {
    const forecast = forecastOf({ plan: CALENDAR_2026, today: '2026-11', assets: [makeAsset({ id: 'pcs', purchaseDate: '2022-11-30' })] });
    expect(replacementsOf(forecast, 'pcs')).toEqual(['2026-11']);
  });

  it('lands an overdue replacement in the first month of a plan that starts after the current month', () => {
    const forecast = forecastOf({
      plan: { startMonth: '2027-07', horizonYears: 3 },
      today: '2026-11',
      assets: [
        makeAsset({ id: 'overdue', category: 'laptop', purchaseDate: '2022-06-15' }),
        // Due February 2027: after today, before the plan; its next one falls inside the plan.
        makeAsset({ id: 'before-plan', category: 'laptop', purchaseDate: '2024-02-01' }),
      ],
    });
    expect(replacementsOf(forecast, 'overdue')).toEqual(['2027-07 overdue']);
    expect(replacementsOf(forecast, 'before-plan')).toEqual(['2030-02']);
  });

  it('shows nothing overdue in a plan that ended before the current month', () => {
    const forecast = forecastOf({ plan: { startMonth: '2022-01', horizonYears: 2 }, today: '2026-11', assets: [makeAsset({ category: 'laptop', purchaseDate: '2019-06-01' })] });
    expect(forecast.events).toEqual([]);
  });

  it('calls the same assets overdue in the asset list and in the budget', () => {
    const assets = [
      makeAsset({ id: 'a', category: 'laptop', purchaseDate: '2022-06-15' }),
      makeAsset({ id: 'b', category: 'workstation', purchaseDate: '2022-03-10' }),
      makeAsset({ id: 'c', category: 'workstation', purchaseDate: '2022-11-30' }),
      makeAsset({ id: 'd', category: 'server', purchaseDate: null, plannedReplacementMonth: '2026-02' }),
      makeAsset({ id: 'e', category: 'laptop', purchaseDate: '2019-01-01', status: 'retired' }),
    ];
    const forecast = forecastOf({ plan: CALENDAR_2026, today: '2026-11', assets });
    const listed = assets.filter((item) => replacementOutlook(item, DEFAULT_SETTINGS.lifespans, '2026-11').overdue).map((item) => item.id);
    const budgeted = forecast.events.filter((event) => event.overdue).map((event) => event.sourceId);
    expect(listed).toEqual(['a', 'b', 'd']);
    expect(budgeted).toEqual(listed);
  });
});

describe('unpriced assets take their category default', () => {
  it('costs three laptops imported without a price at the $1,500 laptop default, flagged estimated', () => {
    const forecast = forecastOf({
      plan: CALENDAR_2026,
      today: '2026-01',
      assets: [makeAsset({ id: 'laptops', category: 'laptop', quantity: 3, unitCostCents: 0, purchaseDate: '2023-05-01' })],
    });
    expect(forecast.events).toHaveLength(1);
    expect(forecast.events[0]).toMatchObject({
      month: '2026-05',
      unitCostCents: 150_000,
      costCents: 450_000,
      unitPriceCents: 195_000,
      priceCents: 585_000,
      estimated: true,
      unpriced: false,
    });
  });

  it('uses the defaults the consultant set in settings', () => {
    const replacementCosts = { ...DEFAULT_SETTINGS.replacementCosts, laptop: 180_000 };
    const forecast = forecastOf({
      plan: CALENDAR_2026,
      today: '2026-01',
      replacementCosts,
      assets: [makeAsset({ category: 'laptop', unitCostCents: 0, purchaseDate: '2023-05-01' })],
    });
    expect(forecast.events[0]).toMatchObject({ costCents: 180_000, priceCents: 234_000, estimated: true });
  });

  it('leaves a licence unpriced at 0 when its category has no default, and says so', () => {
    const forecast = forecastOf({
      plan: CALENDAR_2026,
      today: '2026-01',
      assets: [makeAsset({ id: 'lic', category: 'softwareLicence', quantity: 10, unitCostCents: 0, purchaseDate: '2024-01-01' })],
    });
    expect(forecast.events[0]).toMatchObject({ costCents: 0, priceCents: 0, estimated: false, unpriced: true });
    expect(pricingGaps(forecast)).toEqual({ estimated: 0, unpriced: 1, estimatedAssetIds: [], unpricedAssetIds: ['lic'] });
  });

  it('takes a price of its own over the default: a replacement unit cost, even 0, or a unit cost', () => {
    const defaults = DEFAULT_SETTINGS.replacementCosts;
    expect(replacementUnitCost(makeAsset({ category: 'laptop', unitCostCents: 0, replacementUnitCostCents: 0 }), defaults)).toEqual({ unitCostCents: 0, basis: 'priced' });
    expect(replacementUnitCost(makeAsset({ category: 'laptop', unitCostCents: 0, replacementUnitCostCents: 99_00 }), defaults)).toEqual({ unitCostCents: 9_900, basis: 'priced' });
    expect(replacementUnitCost(makeAsset({ category: 'laptop', unitCostCents: 120_000 }), defaults)).toEqual({ unitCostCents: 120_000, basis: 'priced' });
    expect(replacementUnitCost(makeAsset({ category: 'laptop', unitCostCents: 0 }), defaults)).toEqual({ unitCostCents: 150_000, basis: 'estimated' });
    expect(replacementUnitCost(makeAsset({ category: 'other', unitCostCents: 0 }), defaults)).toEqual({ unitCostCents: 0, basis: 'unpriced' });
  });

  it('counts every estimated and unpriced replacement of the plan in words', () => {
    const forecast = forecastOf({
      plan: { startMonth: '2026-01', horizonYears: 5 },
      today: '2026-01',
      assets: [
        makeAsset({ id: 'laptops', category: 'laptop', unitCostCents: 0, purchaseDate: '2023-05-01' }),
        makeAsset({ id: 'pc', category: 'workstation', unitCostCents: 0, purchaseDate: '2022-09-01' }),
        makeAsset({ id: 'gadget', category: 'other', unitCostCents: 0, purchaseDate: '2021-09-01' }),
        makeAsset({ id: 'priced', category: 'laptop', unitCostCents: 100_000, purchaseDate: '2023-05-01' }),
      ],
    });
    const gaps = pricingGaps(forecast);
    // Laptops in 2026-05 and 2029-05, the workstation in 2026-09 and 2030-09, the gadget in 2026-09.
    expect(gaps).toEqual({ estimated: 4, unpriced: 1, estimatedAssetIds: ['laptops', 'pc'], unpricedAssetIds: ['gadget'] });
    expect(pricingGapsSentence(gaps)).toBe('4 replacements estimated, 1 unpriced');
    expect(pricingGapsSentence({ estimated: 1, unpriced: 0 })).toBe('1 replacement estimated');
    expect(pricingGapsSentence({ estimated: 0, unpriced: 2 })).toBe('2 replacements unpriced');
  });
});

describe('replaced by an initiative (the laptop example of PRODUCT.md §5)', () => {
  // A July fiscal year: FY2027 runs July 2026 to June 2027, and its fourth quarter begins in April 2027.
  const plan: PlanWindow = { startMonth: '2026-07', horizonYears: 3 };
  const laptops = makeAsset({ id: 'laptops', name: 'Staff laptops', category: 'laptop', quantity: 10, unitCostCents: 140_000, purchaseDate: '2022-06-15' });
  const refresh = makeInitiative({
    id: 'refresh',
    title: 'Laptop refresh',
    status: 'approved',
    startQuarter: { fiscalYear: 2027, quarter: 4 },
    oneTimeCostCents: 1_500_000,
    why: { standardIds: [], reviewIds: [], goalIds: [], assetIds: ['laptops'], clientRequest: '' },
  });
  const scenario = { plan, today: '2026-11', fiscalYearStartMonth: 7, assets: [laptops] };

  it('without the initiative, the laptops due June 2025 are overdue and land in the current month', () => {
    expect(replacementsOf(forecastOf(scenario), 'laptops')).toEqual(['2026-11 overdue']);
  });

  it('with it, the overdue replacement disappears, the refresh is paid by the initiative, and the next one is April 2030, outside the plan', () => {
    const forecast = forecastOf({ ...scenario, initiatives: [refresh] });
    expect(forecast.endMonth).toBe('2029-06');
    expect(replacementsOf(forecast, 'laptops')).toEqual([]);
    expect(forecast.events.filter((event) => event.sourceId === 'refresh').map((event) => `${event.kind} ${event.month}`)).toEqual(['oneTime 2027-04']);
    expect(forecast.replacedAssets).toEqual([{ assetId: 'laptops', assetName: 'Staff laptops', initiativeId: 'refresh', title: 'Laptop refresh', month: '2027-04' }]);
    const schedule = replacementSchedule(laptops, { lifespans: DEFAULT_SETTINGS.lifespans, today: '2026-11', replacedBy: replacingInitiatives([refresh], 7) }, plan.startMonth);
    expect(schedule).toMatchObject({ kind: 'scheduled', first: '2030-04', every: 36, overdue: false });
  });

  it('counts the money once: the total drops by exactly the laptops’ replacement', () => {
    const without = forecastOf({ ...scenario, initiatives: [{ ...refresh, why: { ...refresh.why, assetIds: [] } }] });
    const linked = forecastOf({ ...scenario, initiatives: [refresh] });
    const replacement = without.events.find((event) => event.sourceId === 'laptops')!;
    expect(replacement.priceCents).toBe(10 * 182_000);
    expect(sumAmounts(without.events).priceCents - sumAmounts(linked.events).priceCents).toBe(replacement.priceCents);
  });

  it('shows the next replacements from the initiative on in a longer plan', () => {
    const forecast = forecastOf({ ...scenario, plan: { startMonth: '2026-07', horizonYears: 10 }, initiatives: [refresh] });
    expect(replacementsOf(forecast, 'laptops')).toEqual(['2030-04', '2033-04', '2036-04']);
  });

  it('replaces an asset that is not yet due: its due replacement is dropped and the next follow from the initiative', () => {
    const newer = makeAsset({ id: 'newer', category: 'laptop', purchaseDate: '2025-01-10' }); // due January 2028
    const early = { ...refresh, why: { ...refresh.why, assetIds: ['newer'] } };
    expect(replacementsOf(forecastOf({ ...scenario, assets: [newer] }), 'newer')).toEqual(['2028-01']);
    expect(replacementsOf(forecastOf({ ...scenario, plan: { startMonth: '2026-07', horizonYears: 5 }, assets: [newer], initiatives: [early] }), 'newer')).toEqual(['2030-04']);
  });

  it('does not count a declined or unscheduled initiative as a replacement', () => {
    for (const initiative of [{ ...refresh, status: 'declined' as const }, { ...refresh, startQuarter: null }]) {
      const forecast = forecastOf({ ...scenario, initiatives: [initiative] });
      expect(replacementsOf(forecast, 'laptops')).toEqual(['2026-11 overdue']);
      expect(forecast.replacedAssets).toEqual([]);
    }
  });

  it('lets the initiative that starts first replace an asset two initiatives list', () => {
    const later = { ...refresh, id: 'later', title: 'Second refresh', startQuarter: { fiscalYear: 2028, quarter: 2 } };
    const forecast = forecastOf({ ...scenario, initiatives: [later, refresh] });
    expect(forecast.replacedAssets.map((entry) => entry.initiativeId)).toEqual(['refresh']);
  });

  it('replaces an asset of unknown age too, which is then no longer "age unknown"', () => {
    const unknown = makeAsset({ id: 'laptops', category: 'laptop', purchaseDate: null });
    const forecast = forecastOf({ ...scenario, assets: [unknown], initiatives: [refresh] });
    expect(forecast.ageUnknownAssetIds).toEqual([]);
    expect(forecast.replacedAssets).toHaveLength(1);
  });

  it('makes the next replacement overdue again when the initiative replaced the asset a lifespan ago', () => {
    const long = { ...refresh, startQuarter: { fiscalYear: 2023, quarter: 1 } }; // July 2022
    const forecast = forecastOf({ ...scenario, initiatives: [long] });
    // Replaced in July 2022, so due again in July 2025: overdue now, in the current month, in the budget and in the asset list alike.
    expect(replacementsOf(forecast, 'laptops')).toEqual(['2026-11 overdue']);
    expect(replacementOutlook(laptops, DEFAULT_SETTINGS.lifespans, '2026-11', replacingInitiatives([long], 7))).toMatchObject({ overdue: true, nextDue: '2025-07', replacedBy: null });
  });

  it('keeps showing the asset as replaced once the initiative’s quarter has begun, until the next replacement falls due', () => {
    const started = { ...refresh, startQuarter: { fiscalYear: 2027, quarter: 2 } }; // October 2026
    const outlook = replacementOutlook(laptops, DEFAULT_SETTINGS.lifespans, '2026-11', replacingInitiatives([started], 7));
    expect(outlook).toMatchObject({ overdue: false, nextDue: '2029-10', dueWithin12Months: false, replacedBy: { title: 'Laptop refresh', month: '2026-10' } });
  });

  it('tells the asset list the asset is replaced, not overdue', () => {
    const outlook = replacementOutlook(laptops, DEFAULT_SETTINGS.lifespans, '2026-11', replacingInitiatives([refresh], 7));
    expect(outlook).toEqual({
      firstDue: '2025-06',
      nextDue: '2027-04',
      overdue: false,
      dueWithin12Months: false,
      ageUnknown: false,
      replacedBy: { initiativeId: 'refresh', title: 'Laptop refresh', month: '2027-04' },
    });
  });
});

describe('client price = quantity × unit price rounded to the cent', () => {
  it('prices $3,000 at 30% markup at $3,900', () => {
    expect(linePrice(1, 300_000, 30)).toBe(390_000);
  });

  it('rounds the unit price first: 25 seats at $22.35 with 10% markup are 25 × $24.59 = $614.75', () => {
    expect(linePrice(25, 2_235, 10)).toBe(61_475);
    const forecast = forecastOf({
      plan: CALENDAR_2026,
      today: '2026-01',
      services: [makeService({ quantity: 25, unitCostCents: 2_235, markupPercent: 10, startDate: '2026-01-01', endDate: '2026-01-31' })],
    });
    expect(forecast.events[0]).toMatchObject({ quantity: 25, unitCostCents: 2_235, unitPriceCents: 2_459, costCents: 55_875, priceCents: 61_475 });
  });

  it('gives every event a price equal to its quantity times its unit price', () => {
    const forecast = forecastOf({
      plan: CALENDAR_2026,
      today: '2026-01',
      assets: [makeAsset({ quantity: 7, unitCostCents: 33_333, markupPercent: 17.5, purchaseDate: '2022-03-01' })],
      services: [makeService({ quantity: 13, unitCostCents: 1_999, markupPercent: 12.5 })],
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 2 }, oneTimeCostCents: 123_457, recurringMonthlyCostCents: 4_321, labourHours: 1.5 })],
    });
    expect(forecast.events.length).toBeGreaterThan(30);
    for (const event of forecast.events) expect(event.priceCents).toBe(event.quantity * event.unitPriceCents);
  });
});
