import { z } from 'zod';
import type { Client } from './client';
import { addMonths, daysInMonth, isoDate, monthNumberOf, monthOfDate, yearOf, type IsoDate, type Month } from './months';

/**
 * How often a vCIO meets and touches base with a client (PRODUCT.md §7). Complexity drives it;
 * MRR never does: a client paying twice the average does not need twice the meetings.
 */

export interface Cadence {
  strategyMeetingsPerYear: number;
  touchesPerMonth: number;
}

/** From this complexity on, a client gets a strategy meeting every other month and two touches a month. */
export const HIGH_COMPLEXITY = 8;

export function recommendedCadence(complexity: number): Cadence {
  return complexity >= HIGH_COMPLEXITY ? { strategyMeetingsPerYear: 6, touchesPerMonth: 2 } : { strategyMeetingsPerYear: 4, touchesPerMonth: 1 };
}

/** The cadence in force for a client: the consultant's override, else the one its complexity gives. */
export function clientCadence(subject: Pick<Client, 'complexity' | 'cadenceOverride'>): Cadence & { overridden: boolean } {
  if (subject.cadenceOverride) return { ...subject.cadenceOverride, overridden: true };
  return { ...recommendedCadence(subject.complexity), overridden: false };
}

const MEETING_FREQUENCIES: Record<number, string> = {
  0: 'No strategy meetings',
  1: 'Once a year',
  2: 'Twice a year',
  3: 'Every four months',
  4: 'Quarterly',
  6: 'Every other month',
  12: 'Monthly',
};

export function meetingFrequencyLabel(perYear: number): string {
  return MEETING_FREQUENCIES[perYear] ?? `${perYear} a year`;
}

export function touchFrequencyLabel(perMonth: number): string {
  if (perMonth === 0) return 'No touches';
  return `${perMonth} ${perMonth === 1 ? 'touch' : 'touches'} a month`;
}

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** Which of the month's weekdays: the first to the fourth, or 5 for the last. */
export const WEEK_OF_MONTH_LABELS = ['First', 'Second', 'Third', 'Fourth', 'Last'] as const;

export const yearPlanPattern = z.strictObject({
  /** No meeting is planned before this date. */
  startDate: isoDate,
  meetingsPerYear: z.number().int().min(1, { error: 'Plan at least one meeting' }).max(12, { error: 'At most one meeting a month' }),
  weekday: z.number().int().min(1).max(7),
  weekOfMonth: z.number().int().min(1).max(5),
});
export type YearPlanPattern = z.infer<typeof yearPlanPattern>;

function isoWeekday(date: IsoDate): number {
  const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
  return day === 0 ? 7 : day;
}

function dateIn(value: Month, day: number): IsoDate {
  return `${value}-${String(day).padStart(2, '0')}`;
}

/** "The second Tuesday" (or the last one) of a month. */
export function nthWeekdayOfMonth(value: Month, weekday: number, weekOfMonth: number): IsoDate {
  const lastDay = daysInMonth(yearOf(value), monthNumberOf(value));
  if (weekOfMonth >= 5) {
    const back = (isoWeekday(dateIn(value, lastDay)) - weekday + 7) % 7;
    return dateIn(value, lastDay - back);
  }
  const first = (weekday - isoWeekday(dateIn(value, 1)) + 7) % 7 + 1;
  return dateIn(value, first + (weekOfMonth - 1) * 7);
}

/**
 * The strategy meetings of the next twelve months: `meetingsPerYear` dates spread evenly across the
 * year (every third month for four, every other month for six), each on the chosen weekday of its
 * month, the first on or after the start date.
 */
export function planYearDates(pattern: YearPlanPattern): IsoDate[] {
  const startMonth = monthOfDate(pattern.startDate);
  const inStartMonth = nthWeekdayOfMonth(startMonth, pattern.weekday, pattern.weekOfMonth);
  const firstMonth = inStartMonth >= pattern.startDate ? startMonth : addMonths(startMonth, 1);
  return Array.from({ length: pattern.meetingsPerYear }, (_, index) =>
    nthWeekdayOfMonth(addMonths(firstMonth, Math.floor((index * 12) / pattern.meetingsPerYear)), pattern.weekday, pattern.weekOfMonth),
  );
}
