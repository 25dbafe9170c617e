import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addQuarters,
  currentFiscalYearStart,
  fiscalQuarterOf,
  fiscalQuarterOfMonth,
  fiscalYearOf,
  fiscalYearStartMonth,
  isoDate,
  month,
  monthLabel,
  monthsBetween,
  quarterFirstMonth,
  quarterKey,
  quarterLabel,
  wholeMonthsBetweenDates,
} from '../../src-main/domain/months';

const JULY = 7;
const JANUARY = 1;

describe('fiscal years are named by the calendar year in which they end', () => {
  it('names July 2026 to June 2027 FY2027 when the fiscal year starts in July', () => {
    expect(fiscalYearOf('2026-07', JULY)).toBe(2027);
    expect(fiscalYearOf('2026-12', JULY)).toBe(2027);
    expect(fiscalYearOf('2027-01', JULY)).toBe(2027);
    expect(fiscalYearOf('2027-06', JULY)).toBe(2027);
  });

  it('puts June 2026 in FY2026 and July 2027 in FY2028 for a July start', () => {
    expect(fiscalYearOf('2026-06', JULY)).toBe(2026);
    expect(fiscalYearOf('2027-07', JULY)).toBe(2028);
  });

  it('names the fiscal year after the calendar year when it starts in January', () => {
    expect(fiscalYearOf('2026-01', JANUARY)).toBe(2026);
    expect(fiscalYearOf('2026-12', JANUARY)).toBe(2026);
  });

  it('names February 2026 to January 2027 FY2027 when the fiscal year starts in February', () => {
    expect(fiscalYearOf('2026-02', 2)).toBe(2027);
    expect(fiscalYearOf('2027-01', 2)).toBe(2027);
    expect(fiscalYearOf('2026-01', 2)).toBe(2026);
  });

  it('finds the first month of a named fiscal year', () => {
    expect(fiscalYearStartMonth(2027, JULY)).toBe('2026-07');
    expect(fiscalYearStartMonth(2027, JANUARY)).toBe('2027-01');
    expect(fiscalYearStartMonth(2027, 10)).toBe('2026-10');
  });
});

describe('fiscal quarter 1 begins in the fiscal start month', () => {
  it('numbers the quarters of a July fiscal year Jul–Sep, Oct–Dec, Jan–Mar, Apr–Jun', () => {
    expect(fiscalQuarterOf('2026-07', JULY)).toBe(1);
    expect(fiscalQuarterOf('2026-09', JULY)).toBe(1);
    expect(fiscalQuarterOf('2026-10', JULY)).toBe(2);
    expect(fiscalQuarterOf('2027-01', JULY)).toBe(3);
    expect(fiscalQuarterOf('2027-03', JULY)).toBe(3);
    expect(fiscalQuarterOf('2027-04', JULY)).toBe(4);
    expect(fiscalQuarterOf('2027-06', JULY)).toBe(4);
  });

  it('numbers calendar quarters when the fiscal year starts in January', () => {
    expect(fiscalQuarterOf('2026-01', JANUARY)).toBe(1);
    expect(fiscalQuarterOf('2026-04', JANUARY)).toBe(2);
    expect(fiscalQuarterOf('2026-09', JANUARY)).toBe(3);
    expect(fiscalQuarterOf('2026-12', JANUARY)).toBe(4);
  });

  it('places January 2027 in Q3 FY2027 for a July fiscal year', () => {
    const quarter = fiscalQuarterOfMonth('2027-01', JULY);
    expect(quarter).toEqual({ fiscalYear: 2027, quarter: 3 });
    expect(quarterKey(quarter)).toBe('FY2027-Q3');
    expect(quarterLabel(quarter)).toBe('Q3 FY2027');
  });

  it('gives the first month of each quarter of a July fiscal year', () => {
    expect(quarterFirstMonth({ fiscalYear: 2027, quarter: 1 }, JULY)).toBe('2026-07');
    expect(quarterFirstMonth({ fiscalYear: 2027, quarter: 2 }, JULY)).toBe('2026-10');
    expect(quarterFirstMonth({ fiscalYear: 2027, quarter: 3 }, JULY)).toBe('2027-01');
    expect(quarterFirstMonth({ fiscalYear: 2027, quarter: 4 }, JULY)).toBe('2027-04');
  });

  it('gives the first month of each quarter of a calendar fiscal year', () => {
    expect(quarterFirstMonth({ fiscalYear: 2026, quarter: 1 }, JANUARY)).toBe('2026-01');
    expect(quarterFirstMonth({ fiscalYear: 2026, quarter: 4 }, JANUARY)).toBe('2026-10');
  });

  it('maps every month back to the quarter whose first month it follows', () => {
    for (let startMonth = 1; startMonth <= 12; startMonth += 1) {
      for (let offset = 0; offset < 24; offset += 1) {
        const value = addMonths('2026-01', offset);
        const quarter = fiscalQuarterOfMonth(value, startMonth);
        const first = quarterFirstMonth(quarter, startMonth);
        const distance = monthsBetween(first, value);
        expect(distance, `${value} with fiscal start ${startMonth}`).toBeGreaterThanOrEqual(0);
        expect(distance, `${value} with fiscal start ${startMonth}`).toBeLessThan(3);
      }
    }
  });
});

describe('moving between quarters', () => {
  it('moves from Q4 into Q1 of the next fiscal year', () => {
    expect(addQuarters({ fiscalYear: 2027, quarter: 4 }, 1)).toEqual({ fiscalYear: 2028, quarter: 1 });
  });

  it('moves back from Q1 into Q4 of the previous fiscal year', () => {
    expect(addQuarters({ fiscalYear: 2027, quarter: 1 }, -1)).toEqual({ fiscalYear: 2026, quarter: 4 });
  });

  it('moves several years at once', () => {
    expect(addQuarters({ fiscalYear: 2026, quarter: 2 }, 9)).toEqual({ fiscalYear: 2028, quarter: 3 });
    expect(addQuarters({ fiscalYear: 2026, quarter: 2 }, -6)).toEqual({ fiscalYear: 2024, quarter: 4 });
    expect(addQuarters({ fiscalYear: 2026, quarter: 2 }, 0)).toEqual({ fiscalYear: 2026, quarter: 2 });
  });
});

describe('the default budget plan start: first month of the current fiscal year', () => {
  it('starts in July 2025 when today is May 2026 and the fiscal year starts in July', () => {
    expect(currentFiscalYearStart('2026-05', JULY)).toBe('2025-07');
  });

  it('starts in July 2026 when today is July or December 2026', () => {
    expect(currentFiscalYearStart('2026-07', JULY)).toBe('2026-07');
    expect(currentFiscalYearStart('2026-12', JULY)).toBe('2026-07');
  });

  it('starts in January of this year for a calendar fiscal year', () => {
    expect(currentFiscalYearStart('2026-05', JANUARY)).toBe('2026-01');
    expect(currentFiscalYearStart('2026-01', JANUARY)).toBe('2026-01');
  });
});

describe('month arithmetic', () => {
  it('crosses year ends in both directions', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-02', -3)).toBe('2025-11');
    expect(addMonths('2026-01', 119)).toBe('2035-12');
    expect(monthsBetween('2025-11', '2027-02')).toBe(15);
  });

  it('labels months in short words', () => {
    expect(monthLabel('2027-03')).toBe('Mar 2027');
  });
});

describe('age of an asset in whole months', () => {
  it('counts two whole months from 15 January to 15 March', () => {
    expect(wholeMonthsBetweenDates('2024-01-15', '2024-03-15')).toBe(2);
  });

  it('does not count a month that is not complete: 31 January to 29 February is 0', () => {
    expect(wholeMonthsBetweenDates('2024-01-31', '2024-02-29')).toBe(0);
  });

  it('counts 1 month from 31 January to 1 March (the day has passed in the next-but-one month)', () => {
    expect(wholeMonthsBetweenDates('2024-01-31', '2024-03-01')).toBe(1);
  });

  it('counts 47 months from 10 March 2022 to 9 March 2026 and 48 on 10 March 2026', () => {
    expect(wholeMonthsBetweenDates('2022-03-10', '2026-03-09')).toBe(47);
    expect(wholeMonthsBetweenDates('2022-03-10', '2026-03-10')).toBe(48);
  });

  it('never gives a negative age for a purchase date in the future', () => {
    expect(wholeMonthsBetweenDates('2027-01-01', '2026-01-01')).toBe(0);
  });
});

describe('dates and months as stored', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(isoDate.safeParse('2026-07-31').success).toBe(true);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
  });

  it('refuses dates that do not exist: 30 February, 29 February 2026, 31 April, month 13, day 0', () => {
    for (const value of ['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-05-00']) {
      const result = isoDate.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(result.success ? '' : result.error.issues[0]?.message, value).toBe('That date does not exist');
    }
  });

  it('refuses dates that are not written YYYY-MM-DD', () => {
    for (const value of ['2026-7-31', '31/07/2026', '2026-07-31T00:00:00Z', '', ' 2026-07-31']) {
      expect(isoDate.safeParse(value).success, value).toBe(false);
    }
  });

  it('accepts months 01 to 12 and refuses 2026-13, 2026-00 and 2026-1', () => {
    expect(month.safeParse('2026-01').success).toBe(true);
    expect(month.safeParse('2026-12').success).toBe(true);
    for (const value of ['2026-13', '2026-00', '2026-1', '2026-01-01', '26-01']) {
      expect(month.safeParse(value).success, value).toBe(false);
    }
  });

  it('refuses months outside the years 1900 to 2200', () => {
    expect(month.safeParse('1899-12').success).toBe(false);
    expect(month.safeParse('2201-01').success).toBe(false);
    expect(month.safeParse('1900-01').success).toBe(true);
  });
});
