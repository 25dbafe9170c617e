import { describe, expect, it } from 'vitest';
import type { Asset } from '../../src-main/domain/asset';
import { clientForecast, resolvePlanWindow } from '../../src-main/domain/budget-plan';
import {
  buildForecast,
  firstDueMonth,
  planEndMonth,
  replacementOutlook,
  type BudgetEvent,
  type BudgetEventKind,
  type Forecast,
  type PlanWindow,
} from '../../src-main/domain/forecast';
import type { Initiative } from '../../src-main/domain/initiative';
import type { Service } from '../../src-main/domain/service';
import { DEFAULT_SETTINGS, type DefaultMarkups, type LifespanTable, type ReplacementCostTable } from '../../src-main/domain/settings';
import { makeAsset, makeClient, makeInitiative, makeService } from './factories';

interface Scenario {
  plan?: PlanWindow;
  /** The current month; the plan's first month unless a test says otherwise. */
  today?: string;
  replacementCosts?: ReplacementCostTable;
  fiscalYearStartMonth?: number;
  assets?: Asset[];
  services?: Service[];
  initiatives?: Initiative[];
  markups?: DefaultMarkups;
  lifespans?: LifespanTable;
  labourRateCents?: number;
}

/** A calendar-year plan of three years, 2026-01 to 2028-12, with the shipped default settings. */
const PLAN_2026_3Y: PlanWindow = { startMonth: '2026-01', horizonYears: 3 };

function forecastOf(scenario: Scenario): Forecast {
  const plan = scenario.plan ?? PLAN_2026_3Y;
  return buildForecast({
    plan,
    today: scenario.today ?? plan.startMonth,
    replacementCosts: scenario.replacementCosts ?? DEFAULT_SETTINGS.replacementCosts,
    fiscalYearStartMonth: scenario.fiscalYearStartMonth ?? 1,
    assets: scenario.assets ?? [],
    services: scenario.services ?? [],
    initiatives: scenario.initiatives ?? [],
    markups: scenario.markups ?? DEFAULT_SETTINGS.markups,
    lifespans: scenario.lifespans ?? DEFAULT_SETTINGS.lifespans,
    labourRateCents: scenario.labourRateCents ?? DEFAULT_SETTINGS.labourRateCents,
  });
}

function monthsOf(events: readonly BudgetEvent[]): string[] {
  return events.map((event) => event.month);
}

function ofKind(forecast: Forecast, kind: BudgetEventKind): BudgetEvent[] {
  return forecast.events.filter((event) => event.kind === kind);
}

describe('the plan window', () => {
  it('covers 36 months from January 2026 to December 2028 for a three-year plan', () => {
    const forecast = forecastOf({});
    expect(forecast.startMonth).toBe('2026-01');
    expect(forecast.endMonth).toBe('2028-12');
    expect(forecast.months).toHaveLength(36);
    expect(forecast.months[12]).toBe('2027-01');
    expect(planEndMonth(PLAN_2026_3Y)).toBe('2028-12');
  });

  it('covers 120 months for a ten-year plan', () => {
    const forecast = forecastOf({ plan: { startMonth: '2026-07', horizonYears: 10 } });
    expect(forecast.months).toHaveLength(120);
    expect(forecast.months[0]).toBe('2026-07');
    expect(forecast.months[119]).toBe('2036-06');
    expect(forecast.endMonth).toBe('2036-06');
  });

  it('makes no events for a client with no budget items', () => {
    const forecast = forecastOf({});
    expect(forecast.events).toEqual([]);
    expect(forecast.ageUnknownAssetIds).toEqual([]);
    expect(forecast.replacedAssets).toEqual([]);
  });
});

describe('asset replacement: first due month', () => {
  it('is the purchase month plus the category lifespan: a workstation bought March 2023 is due March 2027', () => {
    expect(firstDueMonth(makeAsset({ category: 'workstation', purchaseDate: '2023-03-10' }), DEFAULT_SETTINGS.lifespans)).toBe('2027-03');
  });

  it('uses the lifespan set on the asset over the category default', () => {
    expect(
      firstDueMonth(makeAsset({ category: 'workstation', purchaseDate: '2023-03-10', lifespanMonths: 60 }), DEFAULT_SETTINGS.lifespans),
    ).toBe('2028-03');
  });

  it('uses the lifespans the consultant edited in settings', () => {
    const lifespans = { ...DEFAULT_SETTINGS.lifespans, workstation: 72 };
    expect(firstDueMonth(makeAsset({ category: 'workstation', purchaseDate: '2023-03-10' }), lifespans)).toBe('2029-03');
  });

  it('is the planned replacement month when one is set, whatever the purchase date says', () => {
    expect(
      firstDueMonth(makeAsset({ purchaseDate: '2023-03-10', plannedReplacementMonth: '2026-09' }), DEFAULT_SETTINGS.lifespans),
    ).toBe('2026-09');
    expect(firstDueMonth(makeAsset({ purchaseDate: null, plannedReplacementMonth: '2027-02' }), DEFAULT_SETTINGS.lifespans)).toBe('2027-02');
  });

  it('is unknown without a purchase date or a planned month', () => {
    expect(firstDueMonth(makeAsset({ purchaseDate: null }), DEFAULT_SETTINGS.lifespans)).toBeNull();
  });
});

describe('asset replacement events', () => {
  it('prices four workstations at $1,200 due March 2027 at $4,800 cost and $6,240 client price, capex', () => {
    const forecast = forecastOf({
      assets: [makeAsset({ id: 'reception-pcs', name: 'Reception PCs', quantity: 4, unitCostCents: 120_000, purchaseDate: '2023-03-10' })],
    });
    expect(forecast.events).toEqual([
      {
        month: '2027-03',
        monthOffset: 14,
        costCents: 480_000,
        priceCents: 624_000,
        markupPercent: 30,
        quantity: 4,
        unitCostCents: 120_000,
        unitPriceCents: 156_000,
        source: 'asset',
        sourceId: 'reception-pcs',
        kind: 'replacement',
        category: 'workstation',
        spend: 'capex',
        label: 'Reception PCs',
        overdue: false,
        estimated: false,
        unpriced: false,
      },
    ]);
  });

  it('lands an overdue laptop in the first plan month, flagged overdue, then every 36 months from there', () => {
    // Bought June 2021, 36-month lifespan: due June 2024, before the plan starts in January 2026.
    const forecast = forecastOf({
      plan: { startMonth: '2026-01', horizonYears: 5 },
      assets: [makeAsset({ category: 'laptop', purchaseDate: '2021-06-01' })],
    });
    expect(monthsOf(forecast.events)).toEqual(['2026-01', '2029-01']);
    expect(forecast.events.map((event) => event.overdue)).toEqual([true, false]);
    expect(forecast.events[0]?.monthOffset).toBe(0);
  });

  it('does not flag an asset due exactly in the first plan month as overdue', () => {
    const forecast = forecastOf({ assets: [makeAsset({ category: 'laptop', purchaseDate: '2023-01-20' })] });
    expect(monthsOf(forecast.events)).toEqual(['2026-01']);
    expect(forecast.events[0]?.overdue).toBe(false);
  });

  it('repeats a replacement every lifespan within the horizon: a 24-month server bought April 2025 in a 5-year plan', () => {
    const forecast = forecastOf({
      plan: { startMonth: '2026-01', horizonYears: 5 },
      assets: [makeAsset({ category: 'server', lifespanMonths: 24, purchaseDate: '2025-04-30', unitCostCents: 800_000 })],
    });
    expect(monthsOf(forecast.events)).toEqual(['2027-04', '2029-04']);
    expect(forecast.events.every((event) => event.costCents === 800_000 && event.priceCents === 1_040_000)).toBe(true);
    expect(forecast.events.some((event) => event.overdue)).toBe(false);
  });

  it('follows a planned replacement month and repeats from it', () => {
    const forecast = forecastOf({
      plan: { startMonth: '2026-01', horizonYears: 5 },
      assets: [makeAsset({ category: 'workstation', purchaseDate: '2023-03-10', plannedReplacementMonth: '2026-09' })],
    });
    // Without the planned month it would be due 2027-03 (48 months after purchase).
    expect(monthsOf(forecast.events)).toEqual(['2026-09', '2030-09']);
  });

  it('treats a planned replacement month before the plan as overdue in the first month', () => {
    const forecast = forecastOf({ assets: [makeAsset({ category: 'workstation', purchaseDate: null, plannedReplacementMonth: '2025-08' })] });
    expect(monthsOf(forecast.events)).toEqual(['2026-01']);
    expect(forecast.events[0]?.overdue).toBe(true);
    expect(forecast.ageUnknownAssetIds).toEqual([]);
  });

  it('makes nothing for a replacement due after the plan ends', () => {
    const forecast = forecastOf({ assets: [makeAsset({ category: 'switch', purchaseDate: '2024-01-01' })] });
    // 84 months: due January 2031, after December 2028.
    expect(forecast.events).toEqual([]);
  });

  it('makes nothing for a retired asset, even an overdue one', () => {
    const forecast = forecastOf({ assets: [makeAsset({ status: 'retired', category: 'laptop', purchaseDate: '2019-01-01' })] });
    expect(forecast.events).toEqual([]);
    expect(forecast.ageUnknownAssetIds).toEqual([]);
  });

  it('reports an active asset with neither purchase date nor planned month as age unknown, with no events', () => {
    const forecast = forecastOf({
      assets: [
        makeAsset({ id: 'mystery-nas', category: 'storage', purchaseDate: null }),
        makeAsset({ id: 'retired-unknown', category: 'storage', purchaseDate: null, status: 'retired' }),
        makeAsset({ id: 'known-pc', category: 'workstation', purchaseDate: '2023-03-10' }),
      ],
    });
    expect(forecast.ageUnknownAssetIds).toEqual(['mystery-nas']);
    expect(forecast.events.map((event) => event.sourceId)).toEqual(['known-pc']);
  });

  it('costs a replacement at quantity × replacement unit cost when one is set: 2 × $1,500 = $3,000 cost, $3,900 price', () => {
    const forecast = forecastOf({
      assets: [makeAsset({ quantity: 2, unitCostCents: 100_000, replacementUnitCostCents: 150_000, purchaseDate: '2023-03-10' })],
    });
    expect(forecast.events).toHaveLength(1);
    expect(forecast.events[0]?.costCents).toBe(300_000);
    expect(forecast.events[0]?.priceCents).toBe(390_000);
  });

  it('costs a replacement at quantity × unit cost when no replacement cost is set', () => {
    const forecast = forecastOf({ assets: [makeAsset({ quantity: 3, unitCostCents: 99_999, purchaseDate: '2023-03-10' })] });
    expect(forecast.events[0]?.costCents).toBe(299_997);
    // Unit price 999.99 × 1.3 = 1,299.987 → 1,299.99; three of them are 3,899.97 (not 299,997 × 1.3 = 3,899.961 → 3,899.96).
    expect(forecast.events[0]?.unitPriceCents).toBe(129_999);
    expect(forecast.events[0]?.priceCents).toBe(389_997);
  });

  it("uses the asset's own markup over the settings default", () => {
    const forecast = forecastOf({ assets: [makeAsset({ unitCostCents: 300_000, markupPercent: 15, purchaseDate: '2023-03-10' })] });
    expect(forecast.events[0]?.markupPercent).toBe(15);
    expect(forecast.events[0]?.priceCents).toBe(345_000);
  });

  it('keeps an own markup of 0% rather than falling back to the default', () => {
    const forecast = forecastOf({ assets: [makeAsset({ unitCostCents: 300_000, markupPercent: 0, purchaseDate: '2023-03-10' })] });
    expect(forecast.events[0]?.priceCents).toBe(300_000);
  });

  it('repeats a software licence every 36 months over a ten-year plan', () => {
    const forecast = forecastOf({
      plan: { startMonth: '2026-01', horizonYears: 10 },
      assets: [makeAsset({ category: 'softwareLicence', name: 'Practice management licence', purchaseDate: '2025-02-01' })],
    });
    expect(monthsOf(forecast.events)).toEqual(['2028-02', '2031-02', '2034-02']);
    expect(forecast.events.map((event) => event.monthOffset)).toEqual([25, 61, 97]);
  });
});

describe('asset outlook seen from today', () => {
  const today = '2026-05';

  it('shows a workstation due March 2026 as overdue and next due March 2026', () => {
    const outlook = replacementOutlook(makeAsset({ purchaseDate: '2022-03-01' }), DEFAULT_SETTINGS.lifespans, today);
    expect(outlook).toEqual({ firstDue: '2026-03', nextDue: '2026-03', overdue: true, dueWithin12Months: false, ageUnknown: false, replacedBy: null });
  });

  it('shows one due in 11 months as due within 12 months, and one due in 12 months as not', () => {
    const in11 = replacementOutlook(makeAsset({ purchaseDate: '2023-04-01' }), DEFAULT_SETTINGS.lifespans, today);
    const in12 = replacementOutlook(makeAsset({ purchaseDate: '2023-05-01' }), DEFAULT_SETTINGS.lifespans, today);
    expect(in11.nextDue).toBe('2027-04');
    expect(in11.dueWithin12Months).toBe(true);
    expect(in12.nextDue).toBe('2027-05');
    expect(in12.dueWithin12Months).toBe(false);
    expect(in12.overdue).toBe(false);
  });

  it('shows a replacement due this month as due within 12 months, not overdue', () => {
    const outlook = replacementOutlook(makeAsset({ purchaseDate: '2022-05-31' }), DEFAULT_SETTINGS.lifespans, today);
    expect(outlook.overdue).toBe(false);
    expect(outlook.dueWithin12Months).toBe(true);
  });

  it('shows a retired asset with no next replacement and not age unknown', () => {
    const outlook = replacementOutlook(makeAsset({ status: 'retired', purchaseDate: null }), DEFAULT_SETTINGS.lifespans, today);
    expect(outlook.nextDue).toBeNull();
    expect(outlook.ageUnknown).toBe(false);
  });

  it('shows an active asset without dates as age unknown', () => {
    const outlook = replacementOutlook(makeAsset({ purchaseDate: null }), DEFAULT_SETTINGS.lifespans, today);
    expect(outlook).toEqual({ firstDue: null, nextDue: null, overdue: false, dueWithin12Months: false, ageUnknown: true, replacedBy: null });
  });
});

describe('monthly services', () => {
  it('costs 25 seats at $12.00 every month of the plan when the service started before it and has no end', () => {
    const forecast = forecastOf({ services: [makeService({ quantity: 25, unitCostCents: 1_200, startDate: '2025-06-15' })] });
    const events = ofKind(forecast, 'monthlyService');
    expect(events).toHaveLength(36);
    expect(monthsOf(events)).toEqual(forecast.months);
    expect(events.every((event) => event.costCents === 30_000 && event.priceCents === 30_000)).toBe(true);
    expect(events.every((event) => event.spend === 'opex' && event.source === 'service' && event.category === 'cloudSubscription')).toBe(
      true,
    );
  });

  it('runs from the start month to the end month inclusive when both fall inside the plan', () => {
    const forecast = forecastOf({ services: [makeService({ startDate: '2026-03-20', endDate: '2026-08-05' })] });
    expect(monthsOf(forecast.events)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
  });

  it('stops at the plan end for a service that starts in its last quarter', () => {
    const forecast = forecastOf({ services: [makeService({ startDate: '2028-10-01' })] });
    expect(monthsOf(forecast.events)).toEqual(['2028-10', '2028-11', '2028-12']);
  });

  it('counts a service that starts and ends in the same month once', () => {
    const forecast = forecastOf({ services: [makeService({ startDate: '2027-04-01', endDate: '2027-04-30' })] });
    expect(monthsOf(forecast.events)).toEqual(['2027-04']);
  });

  it('costs the first plan month of a service ending then, and nothing for one that ended the month before', () => {
    const endsInJanuary = makeService({ id: 'ends-jan', startDate: '2024-01-01', endDate: '2026-01-31' });
    const endedInDecember = makeService({ id: 'ended-dec', startDate: '2024-01-01', endDate: '2025-12-31' });
    const forecast = forecastOf({ services: [endsInJanuary, endedInDecember] });
    expect(forecast.events.map((event) => `${event.sourceId} ${event.month}`)).toEqual(['ends-jan 2026-01']);
  });

  it('makes nothing for a service starting after the plan ends', () => {
    expect(forecastOf({ services: [makeService({ startDate: '2029-01-01' })] }).events).toEqual([]);
  });

  it('applies the 0% service markup from settings, or the markup set on the service', () => {
    const forecast = forecastOf({
      services: [
        makeService({ id: 'default-markup', unitCostCents: 10_000, startDate: '2026-01-01', endDate: '2026-01-31' }),
        makeService({ id: 'own-markup', unitCostCents: 10_000, markupPercent: 12.5, startDate: '2026-01-01', endDate: '2026-01-31' }),
      ],
    });
    const bySource = Object.fromEntries(forecast.events.map((event) => [event.sourceId, event]));
    expect(bySource['default-markup']?.priceCents).toBe(10_000);
    expect(bySource['default-markup']?.markupPercent).toBe(0);
    expect(bySource['own-markup']?.priceCents).toBe(11_250);
    expect(bySource['own-markup']?.markupPercent).toBe(12.5);
  });
});

describe('annual services', () => {
  it('bills in the start month every year: started May 2024, billed May 2026, 2027 and 2028', () => {
    const forecast = forecastOf({
      services: [makeService({ billing: 'annual', category: 'backupService', unitCostCents: 250_000, startDate: '2024-05-01' })],
    });
    const events = ofKind(forecast, 'annualService');
    expect(monthsOf(events)).toEqual(['2026-05', '2027-05', '2028-05']);
    expect(events.every((event) => event.costCents === 250_000 && event.spend === 'opex')).toBe(true);
  });

  it('bills in the first plan month when the anniversary falls on it', () => {
    const forecast = forecastOf({ services: [makeService({ billing: 'annual', startDate: '2023-01-10' })] });
    expect(monthsOf(forecast.events)).toEqual(['2026-01', '2027-01', '2028-01']);
  });

  it('skips the anniversary after the end month: ends April 2027, so only May 2026 is billed', () => {
    const forecast = forecastOf({ services: [makeService({ billing: 'annual', startDate: '2024-05-01', endDate: '2027-04-30' })] });
    expect(monthsOf(forecast.events)).toEqual(['2026-05']);
  });

  it('still bills an anniversary that falls in the end month itself', () => {
    const forecast = forecastOf({ services: [makeService({ billing: 'annual', startDate: '2024-05-01', endDate: '2027-05-01' })] });
    expect(monthsOf(forecast.events)).toEqual(['2026-05', '2027-05']);
  });

  it('bills 3 domain names at $20.00 a year as $60.00 per occurrence', () => {
    const forecast = forecastOf({ services: [makeService({ billing: 'annual', quantity: 3, unitCostCents: 2_000, startDate: '2026-11-01' })] });
    expect(monthsOf(forecast.events)).toEqual(['2026-11', '2027-11', '2028-11']);
    expect(forecast.events[0]?.costCents).toBe(6_000);
  });
});

describe('initiatives', () => {
  it('costs a $5,000 one-time project in the first month of its start quarter, capex, at the 30% default markup', () => {
    const forecast = forecastOf({
      initiatives: [makeInitiative({ id: 'fw', startQuarter: { fiscalYear: 2026, quarter: 3 }, oneTimeCostCents: 500_000 })],
    });
    expect(forecast.events).toEqual([
      {
        month: '2026-07',
        monthOffset: 6,
        costCents: 500_000,
        priceCents: 650_000,
        markupPercent: 30,
        quantity: 1,
        unitCostCents: 500_000,
        unitPriceCents: 650_000,
        source: 'initiative',
        sourceId: 'fw',
        kind: 'oneTime',
        category: 'projects',
        spend: 'capex',
        label: 'Firewall refresh',
        overdue: false,
        estimated: false,
        unpriced: false,
      },
    ]);
  });

  it('books a one-time cost the initiative marks as opex as opex', () => {
    const forecast = forecastOf({
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 1 }, oneTimeCostCents: 200_000, oneTimeSpend: 'opex' })],
    });
    expect(forecast.events[0]?.spend).toBe('opex');
    expect(forecast.events[0]?.kind).toBe('oneTime');
  });

  it("uses the initiative's own one-time markup: $5,000 at 20% is $6,000", () => {
    const forecast = forecastOf({
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 3 }, oneTimeCostCents: 500_000, oneTimeMarkupPercent: 20 })],
    });
    expect(forecast.events[0]?.priceCents).toBe(600_000);
  });

  it('costs a $100 recurring monthly cost from the start quarter to the plan end, opex, at 0% markup', () => {
    const forecast = forecastOf({
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2028, quarter: 3 }, recurringMonthlyCostCents: 10_000 })],
    });
    const events = ofKind(forecast, 'recurring');
    expect(monthsOf(events)).toEqual(['2028-07', '2028-08', '2028-09', '2028-10', '2028-11', '2028-12']);
    expect(events.every((event) => event.costCents === 10_000 && event.priceCents === 10_000 && event.spend === 'opex')).toBe(true);
  });

  it('applies the recurring markup set on the initiative: $100 at 10% is $110 a month', () => {
    const forecast = forecastOf({
      initiatives: [
        makeInitiative({ startQuarter: { fiscalYear: 2028, quarter: 4 }, recurringMonthlyCostCents: 10_000, recurringMarkupPercent: 10 }),
      ],
    });
    expect(forecast.events.map((event) => event.priceCents)).toEqual([11_000, 11_000, 11_000]);
  });

  it('bills 2.5 labour hours at $150.00 as $375.00, opex, price equal to cost with no markup', () => {
    const forecast = forecastOf({ initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2027, quarter: 2 }, labourHours: 2.5 })] });
    expect(forecast.events).toHaveLength(1);
    expect(forecast.events[0]).toMatchObject({
      month: '2027-04',
      kind: 'labour',
      costCents: 37_500,
      priceCents: 37_500,
      markupPercent: 0,
      spend: 'opex',
    });
  });

  it('rounds fractional labour half up to the cent: 0.33 h at $123.45 is $40.74', () => {
    const forecast = forecastOf({
      labourRateCents: 12_345,
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 1 }, labourHours: 0.33 })],
    });
    expect(forecast.events[0]?.costCents).toBe(4_074);
    expect(forecast.events[0]?.priceCents).toBe(4_074);
  });

  it('puts one-time, recurring and labour of one initiative together in its first month', () => {
    const forecast = forecastOf({
      initiatives: [
        makeInitiative({
          startQuarter: { fiscalYear: 2028, quarter: 4 },
          oneTimeCostCents: 120_000,
          recurringMonthlyCostCents: 5_000,
          labourHours: 8,
        }),
      ],
    });
    const october = forecast.events.filter((event) => event.month === '2028-10');
    expect(october.map((event) => event.kind).sort()).toEqual(['labour', 'oneTime', 'recurring']);
    expect(october.find((event) => event.kind === 'labour')?.costCents).toBe(120_000);
    expect(forecast.events).toHaveLength(5);
  });

  it('keeps only the recurring part, from the first plan month, for an initiative that started before the plan', () => {
    const forecast = forecastOf({
      initiatives: [
        makeInitiative({
          startQuarter: { fiscalYear: 2025, quarter: 4 },
          oneTimeCostCents: 900_000,
          recurringMonthlyCostCents: 4_000,
          labourHours: 10,
        }),
      ],
    });
    expect(forecast.events.every((event) => event.kind === 'recurring')).toBe(true);
    expect(forecast.events).toHaveLength(36);
    expect(forecast.events[0]?.month).toBe('2026-01');
  });

  it('makes nothing for an initiative scheduled after the plan ends', () => {
    const forecast = forecastOf({
      initiatives: [
        makeInitiative({ startQuarter: { fiscalYear: 2029, quarter: 1 }, oneTimeCostCents: 100_000, recurringMonthlyCostCents: 1_000, labourHours: 2 }),
      ],
    });
    expect(forecast.events).toEqual([]);
  });

  it('makes nothing for a declined initiative, even with a start quarter and costs', () => {
    const forecast = forecastOf({
      initiatives: [
        makeInitiative({
          status: 'declined',
          startQuarter: { fiscalYear: 2026, quarter: 2 },
          oneTimeCostCents: 100_000,
          recurringMonthlyCostCents: 1_000,
          labourHours: 2,
        }),
      ],
    });
    expect(forecast.events).toEqual([]);
  });

  it('makes nothing for an unscheduled initiative', () => {
    const forecast = forecastOf({
      initiatives: [makeInitiative({ startQuarter: null, oneTimeCostCents: 100_000, recurringMonthlyCostCents: 1_000, labourHours: 2 })],
    });
    expect(forecast.events).toEqual([]);
  });

  it('still budgets a deferred or proposed initiative that has a start quarter (only declined ones drop out)', () => {
    const forecast = forecastOf({
      initiatives: [
        makeInitiative({ id: 'deferred', status: 'deferred', startQuarter: { fiscalYear: 2026, quarter: 2 }, oneTimeCostCents: 100_000 }),
        makeInitiative({ id: 'proposed', status: 'proposed', startQuarter: { fiscalYear: 2026, quarter: 2 }, oneTimeCostCents: 100_000 }),
      ],
    });
    expect(forecast.events.map((event) => event.sourceId).sort()).toEqual(['deferred', 'proposed']);
  });
});

describe('markups from settings', () => {
  const customMarkups: DefaultMarkups = { asset: 25, initiativeOneTime: 40, service: 5, recurring: 12 };

  it('applies the shipped defaults: assets and one-time 30%, services and recurring 0%', () => {
    const forecast = forecastOf({
      assets: [makeAsset({ unitCostCents: 100_000, purchaseDate: '2022-01-01' })],
      services: [makeService({ unitCostCents: 100_000, startDate: '2026-01-01', endDate: '2026-01-31' })],
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 1 }, oneTimeCostCents: 100_000, recurringMonthlyCostCents: 100_000 })],
    });
    const january = forecast.events.filter((event) => event.month === '2026-01');
    const priceByKind = Object.fromEntries(january.map((event) => [event.kind, event.priceCents]));
    expect(priceByKind).toEqual({ replacement: 130_000, monthlyService: 100_000, oneTime: 130_000, recurring: 100_000 });
  });

  it('applies markups the consultant changed in settings to items without their own', () => {
    const forecast = forecastOf({
      markups: customMarkups,
      assets: [makeAsset({ unitCostCents: 100_000, purchaseDate: '2022-01-01' })],
      services: [
        makeService({ unitCostCents: 100_000, startDate: '2026-01-01', endDate: '2026-01-31' }),
        makeService({ id: 'annual', billing: 'annual', unitCostCents: 100_000, startDate: '2026-01-01' }),
      ],
      initiatives: [
        makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 1 }, oneTimeCostCents: 100_000, recurringMonthlyCostCents: 100_000, labourHours: 1 }),
      ],
    });
    const january = forecast.events.filter((event) => event.month === '2026-01');
    const priceByKind = Object.fromEntries(january.map((event) => [event.kind, event.priceCents]));
    expect(priceByKind).toEqual({
      replacement: 125_000,
      monthlyService: 105_000,
      annualService: 105_000,
      oneTime: 140_000,
      recurring: 112_000,
      labour: 15_000,
    });
  });
});

describe('a client with a July fiscal year', () => {
  const julyClient = makeClient({ fiscalYearStartMonth: 7, budgetPlan: { startMonth: null, horizonYears: 3, spendingLimitPerQuarterCents: null } });
  const settings = {
    markups: DEFAULT_SETTINGS.markups,
    lifespans: DEFAULT_SETTINGS.lifespans,
    replacementCosts: DEFAULT_SETTINGS.replacementCosts,
    labourRateCents: 15_000,
  };

  it('starts the default plan in July of the current fiscal year: today September 2026 → July 2026', () => {
    expect(resolvePlanWindow(julyClient.budgetPlan, 7, '2026-09')).toEqual({ startMonth: '2026-07', horizonYears: 3 });
  });

  it('starts the default plan in July 2025 when today is May 2026', () => {
    expect(resolvePlanWindow(julyClient.budgetPlan, 7, '2026-05')).toEqual({ startMonth: '2025-07', horizonYears: 3 });
  });

  it('keeps a plan start month the consultant chose', () => {
    expect(resolvePlanWindow({ startMonth: '2027-01', horizonYears: 5, spendingLimitPerQuarterCents: null }, 7, '2026-05')).toEqual({
      startMonth: '2027-01',
      horizonYears: 5,
    });
  });

  it('schedules Q1 FY2027 in July 2026 and Q3 FY2027 in January 2027', () => {
    const forecast = clientForecast(
      {
        client: julyClient,
        assets: [],
        services: [],
        initiatives: [
          makeInitiative({ id: 'q1', startQuarter: { fiscalYear: 2027, quarter: 1 }, oneTimeCostCents: 100_000 }),
          makeInitiative({ id: 'q3', startQuarter: { fiscalYear: 2027, quarter: 3 }, oneTimeCostCents: 100_000 }),
        ],
        settings,
      },
      '2026-09',
    );
    expect(forecast.startMonth).toBe('2026-07');
    expect(forecast.endMonth).toBe('2029-06');
    expect(forecast.events.map((event) => `${event.sourceId} ${event.month} +${event.monthOffset}`)).toEqual([
      'q1 2026-07 +0',
      'q3 2027-01 +6',
    ]);
  });

  it('uses a plan override instead of the stored plan', () => {
    const forecast = clientForecast(
      { client: julyClient, assets: [], services: [], initiatives: [], settings },
      '2026-09',
      { startMonth: '2030-07', horizonYears: 10 },
    );
    expect(forecast.startMonth).toBe('2030-07');
    expect(forecast.months).toHaveLength(120);
  });

  it("takes labour rate, lifespans and markups from the consultant's settings", () => {
    const forecast = clientForecast(
      {
        client: makeClient({ budgetPlan: { startMonth: '2026-01', horizonYears: 1, spendingLimitPerQuarterCents: null } }),
        assets: [makeAsset({ category: 'laptop', purchaseDate: '2024-03-01', unitCostCents: 100_000 })],
        services: [],
        initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 2 }, labourHours: 3 })],
        settings: {
          markups: { asset: 50, initiativeOneTime: 30, service: 0, recurring: 0 },
          lifespans: { ...DEFAULT_SETTINGS.lifespans, laptop: 24 },
          replacementCosts: DEFAULT_SETTINGS.replacementCosts,
          labourRateCents: 20_000,
        },
      },
      '2026-06',
    );
    // The laptop was due in March 2026; in June it is overdue and lands in the current month.
    expect(forecast.events.map((event) => `${event.kind} ${event.month} ${event.costCents} ${event.priceCents} ${event.overdue}`)).toEqual([
      'labour 2026-04 60000 60000 false',
      'replacement 2026-06 100000 150000 true',
    ]);
  });
});

describe('event order', () => {
  it('lists events by month across assets, services and initiatives', () => {
    const forecast = forecastOf({
      assets: [makeAsset({ purchaseDate: '2023-06-01' })],
      services: [makeService({ billing: 'annual', startDate: '2020-03-01' })],
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 1 }, oneTimeCostCents: 10_000 })],
    });
    const offsets = forecast.events.map((event) => event.monthOffset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(forecast.events[0]?.source).toBe('initiative');
    expect(forecast.events.map((event) => event.month)).toEqual(['2026-01', '2026-03', '2027-03', '2027-06', '2028-03']);
  });
});
