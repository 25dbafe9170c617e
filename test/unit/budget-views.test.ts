import { describe, expect, it } from 'vitest';
import {
  budgetTable,
  planPeriods,
  quarterSpend,
  sumAmounts,
  upcomingReplacements,
  type Granularity,
  type Grouping,
} from '../../src-main/domain/budget-views';
import { buildForecast, type Forecast, type PlanWindow } from '../../src-main/domain/forecast';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { makeAsset, makeInitiative, makeService } from './factories';

/**
 * The worked example used throughout, a one-year calendar plan (January fiscal start):
 *   - Microsoft 365: 10 seats × $22.00 = $220.00 a month, every month, 0% markup      cost 264,000 price 264,000
 *   - Two workstations at $1,000 due May 2026 (bought May 2022), 30% markup          cost 200,000 price 260,000 capex
 *   - Firewall refresh in Q3 (July 2026): $3,000 one-time at 30%                      cost 300,000 price 390,000 capex
 *     plus 4 labour hours at $150                                                     cost  60,000 price  60,000 opex
 */
function workedExample(plan: PlanWindow = { startMonth: '2026-01', horizonYears: 1 }, fiscalYearStartMonth = 1): Forecast {
  return buildForecast({
    plan,
    today: plan.startMonth,
    fiscalYearStartMonth,
    assets: [makeAsset({ id: 'pcs', name: 'Reception PCs', category: 'workstation', quantity: 2, unitCostCents: 100_000, purchaseDate: '2022-05-02' })],
    services: [makeService({ id: 'm365', name: 'Microsoft 365', quantity: 10, unitCostCents: 2_200, startDate: '2024-01-01' })],
    initiatives: [
      makeInitiative({ id: 'fw', title: 'Firewall refresh', startQuarter: { fiscalYear: 2026, quarter: 3 }, oneTimeCostCents: 300_000, labourHours: 4 }),
    ],
    markups: DEFAULT_SETTINGS.markups,
    lifespans: DEFAULT_SETTINGS.lifespans,
    replacementCosts: DEFAULT_SETTINGS.replacementCosts,
    labourRateCents: 15_000,
  });
}

const GRANULARITIES: Granularity[] = ['month', 'quarter', 'fiscalYear'];
const GROUPINGS: Grouping[] = ['category', 'source', 'spend', 'line'];

describe('budget by fiscal quarter', () => {
  const table = budgetTable(workedExample(), { granularity: 'quarter', grouping: 'source', fiscalYearStartMonth: 1 });

  it('has the four quarters of FY2026 as columns', () => {
    expect(table.periods.map((period) => period.key)).toEqual(['FY2026-Q1', 'FY2026-Q2', 'FY2026-Q3', 'FY2026-Q4']);
    expect(table.periods.map((period) => period.label)).toEqual(['Q1 FY2026', 'Q2 FY2026', 'Q3 FY2026', 'Q4 FY2026']);
    expect(table.periods.map((period) => period.monthCount)).toEqual([3, 3, 3, 3]);
  });

  it('totals each quarter in cost and client price', () => {
    expect(table.totals).toEqual([
      { costCents: 66_000, priceCents: 66_000 },
      { costCents: 266_000, priceCents: 326_000 },
      { costCents: 426_000, priceCents: 516_000 },
      { costCents: 66_000, priceCents: 66_000 },
    ]);
    expect(table.grandTotal).toEqual({ costCents: 824_000, priceCents: 974_000 });
  });

  it('has one row per source, in alphabetical order of the labels', () => {
    expect(table.rows.map((row) => [row.label, row.total.costCents, row.total.priceCents])).toEqual([
      ['Asset replacements', 200_000, 260_000],
      ['Initiatives', 360_000, 450_000],
      ['Services', 264_000, 264_000],
    ]);
  });

  it('puts the initiative costs in Q3 only', () => {
    const initiatives = table.rows.find((row) => row.key === 'initiative');
    expect(initiatives?.amounts).toEqual([
      { costCents: 0, priceCents: 0 },
      { costCents: 0, priceCents: 0 },
      { costCents: 360_000, priceCents: 450_000 },
      { costCents: 0, priceCents: 0 },
    ]);
  });
});

describe('budget by month and by fiscal year', () => {
  it('has twelve month columns; May holds the workstation replacement and the month of Microsoft 365', () => {
    const table = budgetTable(workedExample(), { granularity: 'month', grouping: 'spend', fiscalYearStartMonth: 1 });
    expect(table.periods).toHaveLength(12);
    expect(table.periods[4]).toEqual({ key: '2026-05', label: 'May 2026', firstMonth: '2026-05', lastMonth: '2026-05', monthCount: 1 });
    expect(table.totals[4]).toEqual({ costCents: 222_000, priceCents: 282_000 });
    expect(table.totals[0]).toEqual({ costCents: 22_000, priceCents: 22_000 });
  });

  it('has one fiscal-year column holding everything', () => {
    const table = budgetTable(workedExample(), { granularity: 'fiscalYear', grouping: 'category', fiscalYearStartMonth: 1 });
    expect(table.periods).toEqual([{ key: 'FY2026', label: 'FY2026', firstMonth: '2026-01', lastMonth: '2026-12', monthCount: 12 }]);
    expect(table.totals).toEqual([{ costCents: 824_000, priceCents: 974_000 }]);
  });
});

describe('budget rows', () => {
  it('groups by category with readable names', () => {
    const table = budgetTable(workedExample(), { granularity: 'fiscalYear', grouping: 'category', fiscalYearStartMonth: 1 });
    expect(table.rows.map((row) => [row.key, row.label, row.total.costCents])).toEqual([
      ['cloudSubscription', 'Cloud subscription', 264_000],
      ['projects', 'Projects', 360_000],
      ['workstation', 'Workstation', 200_000],
    ]);
  });

  it('splits capex from opex: the replacement and the one-time project are capex; services and labour opex', () => {
    const table = budgetTable(workedExample(), { granularity: 'fiscalYear', grouping: 'spend', fiscalYearStartMonth: 1 });
    expect(table.rows.map((row) => [row.key, row.label, row.total])).toEqual([
      ['capex', 'Capital (capex)', { costCents: 500_000, priceCents: 650_000 }],
      ['opex', 'Operating (opex)', { costCents: 324_000, priceCents: 324_000 }],
    ]);
  });

  it('lists lines by source (assets, services, initiatives) and names initiative parts', () => {
    const table = budgetTable(workedExample(), { granularity: 'quarter', grouping: 'line', fiscalYearStartMonth: 1 });
    expect(table.rows.map((row) => row.label)).toEqual([
      'Reception PCs',
      'Microsoft 365',
      'Firewall refresh (labour)',
      'Firewall refresh (one-time cost)',
    ]);
    const labour = table.rows[2];
    expect(labour).toMatchObject({ source: 'initiative', sourceId: 'fw', kind: 'labour', category: 'projects', spend: 'opex' });
    expect(labour?.total).toEqual({ costCents: 60_000, priceCents: 60_000 });
    expect(table.rows[0]).toMatchObject({ source: 'asset', sourceId: 'pcs', kind: 'replacement', spend: 'capex' });
  });

  it('adds up an item that repeats into one line', () => {
    const table = budgetTable(workedExample(), { granularity: 'quarter', grouping: 'line', fiscalYearStartMonth: 1 });
    const m365 = table.rows.find((row) => row.sourceId === 'm365');
    expect(m365?.amounts.map((amount) => amount.costCents)).toEqual([66_000, 66_000, 66_000, 66_000]);
    expect(m365?.total.costCents).toBe(264_000);
  });

  it('has no rows and zero totals for an empty forecast', () => {
    const empty = buildForecast({
      plan: { startMonth: '2026-01', horizonYears: 1 },
      today: '2026-01',
      fiscalYearStartMonth: 1,
      assets: [],
      services: [],
      initiatives: [],
      markups: DEFAULT_SETTINGS.markups,
      lifespans: DEFAULT_SETTINGS.lifespans,
      replacementCosts: DEFAULT_SETTINGS.replacementCosts,
      labourRateCents: 15_000,
    });
    const table = budgetTable(empty, { granularity: 'quarter', grouping: 'category', fiscalYearStartMonth: 1 });
    expect(table.rows).toEqual([]);
    expect(table.grandTotal).toEqual({ costCents: 0, priceCents: 0 });
    expect(table.totals).toHaveLength(4);
  });
});

describe('totals always equal the sum of the events', () => {
  const forecast = buildForecast({
    plan: { startMonth: '2025-11', horizonYears: 5 },
    today: '2025-11',
    fiscalYearStartMonth: 7,
    assets: [
      makeAsset({ id: 'a1', category: 'laptop', quantity: 12, unitCostCents: 145_000, purchaseDate: '2022-02-14' }),
      makeAsset({ id: 'a2', category: 'server', unitCostCents: 1_250_000, purchaseDate: '2021-09-01', markupPercent: 17.5 }),
      makeAsset({ id: 'a3', category: 'ups', unitCostCents: 60_033, purchaseDate: '2024-08-08' }),
    ],
    services: [
      makeService({ id: 's1', quantity: 37, unitCostCents: 2_299, startDate: '2025-03-01' }),
      makeService({ id: 's2', billing: 'annual', category: 'security', unitCostCents: 480_000, startDate: '2023-10-01', markupPercent: 8.25 }),
    ],
    initiatives: [
      makeInitiative({ id: 'i1', startQuarter: { fiscalYear: 2027, quarter: 2 }, oneTimeCostCents: 733_333, recurringMonthlyCostCents: 1_999, labourHours: 12.75 }),
      makeInitiative({ id: 'i2', startQuarter: { fiscalYear: 2029, quarter: 4 }, oneTimeCostCents: 99_999, oneTimeSpend: 'opex' }),
    ],
    markups: DEFAULT_SETTINGS.markups,
    lifespans: DEFAULT_SETTINGS.lifespans,
    replacementCosts: DEFAULT_SETTINGS.replacementCosts,
    labourRateCents: 16_500,
  });
  const expected = {
    costCents: forecast.events.reduce((sum, event) => sum + event.costCents, 0),
    priceCents: forecast.events.reduce((sum, event) => sum + event.priceCents, 0),
  };

  it('has a non-trivial number of events to add up', () => {
    expect(forecast.events.length).toBeGreaterThan(60);
    expect(sumAmounts(forecast.events)).toEqual(expected);
  });

  for (const granularity of GRANULARITIES) {
    for (const grouping of GROUPINGS) {
      it(`by ${granularity} and ${grouping}: grand total, column totals, row totals and cells agree`, () => {
        const table = budgetTable(forecast, { granularity, grouping, fiscalYearStartMonth: 7 });
        expect(table.grandTotal).toEqual(expected);
        expect({
          costCents: table.totals.reduce((sum, amount) => sum + amount.costCents, 0),
          priceCents: table.totals.reduce((sum, amount) => sum + amount.priceCents, 0),
        }).toEqual(expected);
        const rowTotals = table.rows.reduce((sum, row) => sum + row.total.priceCents, 0);
        expect(rowTotals).toBe(expected.priceCents);
        for (const row of table.rows) {
          expect(row.amounts).toHaveLength(table.periods.length);
          expect(row.amounts.reduce((sum, cell) => sum + cell.costCents, 0)).toBe(row.total.costCents);
        }
        table.periods.forEach((_, index) => {
          const column = table.rows.reduce((sum, row) => sum + (row.amounts[index]?.priceCents ?? 0), 0);
          expect(column).toBe(table.totals[index]?.priceCents);
        });
        expect(table.periods.reduce((sum, period) => sum + period.monthCount, 0)).toBe(60);
      });
    }
  }

  it('puts every event in the period that contains its month', () => {
    const table = budgetTable(forecast, { granularity: 'fiscalYear', grouping: 'source', fiscalYearStartMonth: 7 });
    table.periods.forEach((period, index) => {
      const inPeriod = forecast.events.filter((event) => event.month >= period.firstMonth && event.month <= period.lastMonth);
      expect(table.totals[index]).toEqual({
        costCents: inPeriod.reduce((sum, event) => sum + event.costCents, 0),
        priceCents: inPeriod.reduce((sum, event) => sum + event.priceCents, 0),
      });
    });
  });
});

describe('partial periods when the plan does not start on a fiscal boundary', () => {
  it('gives a two-month first quarter and a one-month last quarter for a plan from February 2026 (January fiscal year)', () => {
    const months = workedExample({ startMonth: '2026-02', horizonYears: 1 }).months;
    const quarters = planPeriods(months, 'quarter', 1);
    expect(quarters.map((period) => [period.key, period.firstMonth, period.lastMonth, period.monthCount])).toEqual([
      ['FY2026-Q1', '2026-02', '2026-03', 2],
      ['FY2026-Q2', '2026-04', '2026-06', 3],
      ['FY2026-Q3', '2026-07', '2026-09', 3],
      ['FY2026-Q4', '2026-10', '2026-12', 3],
      ['FY2027-Q1', '2027-01', '2027-01', 1],
    ]);
    const years = planPeriods(months, 'fiscalYear', 1);
    expect(years.map((period) => [period.key, period.monthCount])).toEqual([
      ['FY2026', 11],
      ['FY2027', 1],
    ]);
  });

  it('splits a calendar-year plan into two half fiscal years for a July fiscal start', () => {
    const forecast = workedExample({ startMonth: '2026-01', horizonYears: 1 }, 7);
    const table = budgetTable(forecast, { granularity: 'fiscalYear', grouping: 'spend', fiscalYearStartMonth: 7 });
    expect(table.periods.map((period) => [period.key, period.firstMonth, period.lastMonth, period.monthCount])).toEqual([
      ['FY2026', '2026-01', '2026-06', 6],
      ['FY2027', '2026-07', '2026-12', 6],
    ]);
    // Jan–Jun: six months of M365 (132,000) + workstations (200,000 / 260,000).
    // Jul–Dec: six months of M365 (132,000) + nothing else: Q3 FY2026 of a July year is January 2026.
    expect(table.totals).toEqual([
      { costCents: 132_000 + 200_000 + 360_000, priceCents: 132_000 + 260_000 + 450_000 },
      { costCents: 132_000, priceCents: 132_000 },
    ]);
  });

  it('labels the quarters of a July fiscal year plan starting in August as Q1 (2 months) to Q1 of the next year (1 month)', () => {
    const forecast = workedExample({ startMonth: '2026-08', horizonYears: 1 }, 7);
    const quarters = planPeriods(forecast.months, 'quarter', 7);
    expect(quarters.map((period) => `${period.label}:${period.monthCount}`)).toEqual([
      'Q1 FY2027:2',
      'Q2 FY2027:3',
      'Q3 FY2027:3',
      'Q4 FY2027:3',
      'Q1 FY2028:1',
    ]);
  });
});

describe('quarterly spending limit', () => {
  it('flags the quarters whose client price is above $3,000: Q2 ($3,260) and Q3 ($5,160)', () => {
    const spend = quarterSpend(workedExample(), 1, 300_000);
    expect(spend).toEqual([
      { key: 'FY2026-Q1', label: 'Q1 FY2026', priceCents: 66_000, overLimit: false },
      { key: 'FY2026-Q2', label: 'Q2 FY2026', priceCents: 326_000, overLimit: true },
      { key: 'FY2026-Q3', label: 'Q3 FY2026', priceCents: 516_000, overLimit: true },
      { key: 'FY2026-Q4', label: 'Q4 FY2026', priceCents: 66_000, overLimit: false },
    ]);
  });

  it('does not flag a quarter exactly at the limit', () => {
    const spend = quarterSpend(workedExample(), 1, 326_000);
    expect(spend.map((quarter) => quarter.overLimit)).toEqual([false, false, true, false]);
  });

  it('flags nothing when the client has no limit', () => {
    const spend = quarterSpend(workedExample(), 1, null);
    expect(spend.some((quarter) => quarter.overLimit)).toBe(false);
    expect(spend.map((quarter) => quarter.priceCents)).toEqual([66_000, 326_000, 516_000, 66_000]);
  });

  it('compares the client price, not the cost: a $3,000 project at 30% is over a $3,500 limit', () => {
    const forecast = buildForecast({
      plan: { startMonth: '2026-01', horizonYears: 1 },
      today: '2026-01',
      fiscalYearStartMonth: 1,
      assets: [],
      services: [],
      initiatives: [makeInitiative({ startQuarter: { fiscalYear: 2026, quarter: 1 }, oneTimeCostCents: 300_000 })],
      markups: DEFAULT_SETTINGS.markups,
      lifespans: DEFAULT_SETTINGS.lifespans,
      replacementCosts: DEFAULT_SETTINGS.replacementCosts,
      labourRateCents: 15_000,
    });
    expect(quarterSpend(forecast, 1, 350_000)[0]).toMatchObject({ priceCents: 390_000, overLimit: true });
  });
});

describe('upcoming replacements', () => {
  it('lists replacements due within the given number of plan months, overdue first', () => {
    const forecast = buildForecast({
      plan: { startMonth: '2026-01', horizonYears: 3 },
      today: '2026-01',
      fiscalYearStartMonth: 1,
      assets: [
        makeAsset({ id: 'late', category: 'laptop', purchaseDate: '2021-01-01' }),
        makeAsset({ id: 'soon', category: 'workstation', purchaseDate: '2022-06-01' }),
        makeAsset({ id: 'later', category: 'workstation', purchaseDate: '2023-06-01' }),
      ],
      services: [makeService({ startDate: '2026-01-01' })],
      initiatives: [],
      markups: DEFAULT_SETTINGS.markups,
      lifespans: DEFAULT_SETTINGS.lifespans,
      replacementCosts: DEFAULT_SETTINGS.replacementCosts,
      labourRateCents: 15_000,
    });
    const within12 = upcomingReplacements(forecast, 12);
    expect(within12.map((event) => `${event.sourceId} ${event.month} ${event.overdue}`)).toEqual(['late 2026-01 true', 'soon 2026-06 false']);
  });
});
