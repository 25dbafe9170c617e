import { z } from 'zod';

/** A calendar month as 'YYYY-MM'; a date as 'YYYY-MM-DD' (ARCHITECTURE.md, Data). */
export type Month = string;
export type IsoDate = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const month = z
  .string({ error: 'Enter a month' })
  .regex(MONTH_PATTERN, { error: 'Use a month like 2027-01' })
  .refine((value) => Number(value.slice(0, 4)) >= 1900 && Number(value.slice(0, 4)) <= 2200, {
    error: 'Use a year between 1900 and 2200',
  });

export const isoDate = z
  .string({ error: 'Enter a date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2026-07-31' })
  .refine(isValidIsoDate, { error: 'That date does not exist' });

export const monthOfYear = z
  .number({ error: 'Choose a month' })
  .int({ error: 'Choose a month' })
  .min(1, { error: 'Choose a month from 1 to 12' })
  .max(12, { error: 'Choose a month from 1 to 12' });

export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, monthNumber, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || monthNumber < 1 || monthNumber > 12 || day < 1) return false;
  return day <= daysInMonth(year, monthNumber);
}

export function daysInMonth(year: number, monthNumber: number): number {
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** Months since year 0, so that month arithmetic is integer arithmetic. */
export function monthIndex(value: Month): number {
  return Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const monthNumber = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`;
}

export function addMonths(value: Month, count: number): Month {
  return monthFromIndex(monthIndex(value) + count);
}

export function monthsBetween(from: Month, to: Month): number {
  return monthIndex(to) - monthIndex(from);
}

export function monthOfDate(date: IsoDate): Month {
  return date.slice(0, 7);
}

export function monthNumberOf(value: Month): number {
  return Number(value.slice(5, 7));
}

export function yearOf(value: Month): number {
  return Number(value.slice(0, 4));
}

/** The month containing a local calendar date (the consultant's "now"). */
export function monthOfLocalDate(date: Date): Month {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function isoDateOfLocalDate(date: Date): IsoDate {
  return `${monthOfLocalDate(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

export function monthLabel(value: Month): string {
  return `${MONTH_NAMES[monthNumberOf(value) - 1]} ${yearOf(value)}`;
}

export function monthName(monthNumber: number): string {
  return MONTH_NAMES[monthNumber - 1] ?? '';
}

/** Fiscal years are named by the calendar year in which they end (PRODUCT.md §5). */
export function fiscalYearOf(value: Month, fiscalStartMonth: number): number {
  const year = yearOf(value);
  if (fiscalStartMonth === 1) return year;
  return monthNumberOf(value) >= fiscalStartMonth ? year + 1 : year;
}

/** Fiscal quarter 1 begins in the fiscal start month. */
export function fiscalQuarterOf(value: Month, fiscalStartMonth: number): number {
  const offset = (monthNumberOf(value) - fiscalStartMonth + 12) % 12;
  return Math.floor(offset / 3) + 1;
}

export function fiscalYearStartMonth(fiscalYear: number, fiscalStartMonth: number): Month {
  const year = fiscalStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  return `${year}-${String(fiscalStartMonth).padStart(2, '0')}`;
}

export interface FiscalQuarter {
  fiscalYear: number;
  quarter: number;
}

export const fiscalQuarter = z.strictObject({
  fiscalYear: z.number().int().min(1900, { error: 'Choose a fiscal year' }).max(2200, { error: 'Choose a fiscal year' }),
  quarter: z.number().int().min(1, { error: 'A quarter is 1 to 4' }).max(4, { error: 'A quarter is 1 to 4' }),
});

export function fiscalQuarterOfMonth(value: Month, fiscalStartMonth: number): FiscalQuarter {
  return { fiscalYear: fiscalYearOf(value, fiscalStartMonth), quarter: fiscalQuarterOf(value, fiscalStartMonth) };
}

export function quarterFirstMonth(quarterValue: FiscalQuarter, fiscalStartMonth: number): Month {
  return addMonths(fiscalYearStartMonth(quarterValue.fiscalYear, fiscalStartMonth), (quarterValue.quarter - 1) * 3);
}

export function addQuarters(quarterValue: FiscalQuarter, count: number): FiscalQuarter {
  const ordinal = quarterValue.fiscalYear * 4 + quarterValue.quarter - 1 + count;
  return { fiscalYear: Math.floor(ordinal / 4), quarter: (ordinal % 4) + 1 };
}

export function quarterKey(quarterValue: FiscalQuarter): string {
  return `FY${quarterValue.fiscalYear}-Q${quarterValue.quarter}`;
}

export function quarterLabel(quarterValue: FiscalQuarter): string {
  return `Q${quarterValue.quarter} FY${quarterValue.fiscalYear}`;
}

export function fiscalYearLabel(fiscalYear: number): string {
  return `FY${fiscalYear}`;
}

/** The first month of the fiscal year that contains `today`: the default budget plan start. */
export function currentFiscalYearStart(today: Month, fiscalStartMonth: number): Month {
  return fiscalYearStartMonth(fiscalYearOf(today, fiscalStartMonth), fiscalStartMonth);
}

/** Whole months from one date to another (age of an asset), never negative. */
export function wholeMonthsBetweenDates(from: IsoDate, to: IsoDate): number {
  const months = monthsBetween(monthOfDate(from), monthOfDate(to));
  const adjust = Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? 1 : 0;
  return Math.max(0, months - adjust);
}
