import { describe, expect, it } from 'vitest';
import { clientCadence, meetingFrequencyLabel, nthWeekdayOfMonth, planYearDates, recommendedCadence, touchFrequencyLabel } from '../../src-main/domain/cadence';
import { allInSeatPriceCents } from '../../src-main/domain/client';
import { makeClient } from './factories';

describe('meeting cadence (PRODUCT.md §7)', () => {
  // The reference table: MRR, users, complexity -> AISP, strategy meetings, unique touches.
  const table = [
    { name: 'Company A', mrrCents: 300_000, users: 24, complexity: 5, meetings: 'Quarterly', touches: '1 touch a month' },
    { name: 'Company B', mrrCents: 650_000, users: 52, complexity: 3, meetings: 'Quarterly', touches: '1 touch a month' },
    { name: 'Company C', mrrCents: 150_000, users: 12, complexity: 8, meetings: 'Every other month', touches: '2 touches a month' },
  ];

  it.each(table)('$name: $mrrCents cents, $users users, complexity $complexity -> AISP $125, $meetings, $touches', (row) => {
    const subject = makeClient({ name: row.name, mrrCents: row.mrrCents, users: row.users, complexity: row.complexity });
    expect(allInSeatPriceCents(subject)).toBe(12_500);
    const cadence = clientCadence(subject);
    expect(meetingFrequencyLabel(cadence.strategyMeetingsPerYear)).toBe(row.meetings);
    expect(touchFrequencyLabel(cadence.touchesPerMonth)).toBe(row.touches);
    expect(cadence.overridden).toBe(false);
  });

  it('turns at complexity 8: 6 meetings and 2 touches from there, 4 and 1 below', () => {
    expect(recommendedCadence(7)).toEqual({ strategyMeetingsPerYear: 4, touchesPerMonth: 1 });
    expect(recommendedCadence(8)).toEqual({ strategyMeetingsPerYear: 6, touchesPerMonth: 2 });
    expect(recommendedCadence(10)).toEqual({ strategyMeetingsPerYear: 6, touchesPerMonth: 2 });
    expect(recommendedCadence(1)).toEqual({ strategyMeetingsPerYear: 4, touchesPerMonth: 1 });
  });

  it('never raises the cadence for MRR alone: twice the MRR and users at low complexity stays quarterly', () => {
    const big = makeClient({ mrrCents: 5_000_000, users: 400, complexity: 3 });
    expect(clientCadence(big)).toEqual({ strategyMeetingsPerYear: 4, touchesPerMonth: 1, overridden: false });
  });

  it('follows the consultant’s override for one client', () => {
    const subject = makeClient({ complexity: 9, cadenceOverride: { strategyMeetingsPerYear: 12, touchesPerMonth: 3 } });
    expect(clientCadence(subject)).toEqual({ strategyMeetingsPerYear: 12, touchesPerMonth: 3, overridden: true });
    expect(meetingFrequencyLabel(12)).toBe('Monthly');
    expect(meetingFrequencyLabel(5)).toBe('5 a year');
    expect(touchFrequencyLabel(0)).toBe('No touches');
  });
});

describe('plan the year', () => {
  it('finds the nth weekday of a month, and the last one', () => {
    // January 2027 starts on a Friday.
    expect(nthWeekdayOfMonth('2027-01', 2, 1)).toBe('2027-01-05');
    expect(nthWeekdayOfMonth('2027-01', 2, 2)).toBe('2027-01-12');
    expect(nthWeekdayOfMonth('2027-01', 5, 1)).toBe('2027-01-01');
    expect(nthWeekdayOfMonth('2027-01', 7, 4)).toBe('2027-01-24');
    expect(nthWeekdayOfMonth('2027-01', 7, 5)).toBe('2027-01-31');
    expect(nthWeekdayOfMonth('2027-02', 3, 5)).toBe('2027-02-24');
    expect(nthWeekdayOfMonth('2024-02', 4, 5)).toBe('2024-02-29');
  });

  it('spreads quarterly meetings three months apart on the second Tuesday, from the start date on', () => {
    expect(planYearDates({ startDate: '2027-01-01', meetingsPerYear: 4, weekday: 2, weekOfMonth: 2 })).toEqual([
      '2027-01-12',
      '2027-04-13',
      '2027-07-13',
      '2027-10-12',
    ]);
  });

  it('starts the next month when this month’s day has passed', () => {
    expect(planYearDates({ startDate: '2027-01-13', meetingsPerYear: 6, weekday: 2, weekOfMonth: 2 })).toEqual([
      '2027-02-09',
      '2027-04-13',
      '2027-06-08',
      '2027-08-10',
      '2027-10-12',
      '2027-12-14',
    ]);
  });

  it('plans twelve monthly meetings on the last Friday, across a year end', () => {
    const dates = planYearDates({ startDate: '2026-11-30', meetingsPerYear: 12, weekday: 5, weekOfMonth: 5 });
    expect(dates).toHaveLength(12);
    expect(dates[0]).toBe('2026-12-25');
    expect(dates[1]).toBe('2027-01-29');
    expect(dates[11]).toBe('2027-11-26');
    for (const date of dates) expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(5);
  });

  it('spreads counts that do not divide the year as evenly as whole months allow', () => {
    const months = planYearDates({ startDate: '2027-01-01', meetingsPerYear: 5, weekday: 1, weekOfMonth: 1 }).map((date) => date.slice(0, 7));
    expect(months).toEqual(['2027-01', '2027-03', '2027-05', '2027-08', '2027-10']);
  });
});
