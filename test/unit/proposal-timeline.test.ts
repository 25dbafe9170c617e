import { describe, expect, it } from 'vitest';
import { NO_TIME } from '../../src-main/domain/proposal';
import { addDays, daysBetween, defaultValidUntil, isExpired, validityWords } from '../../src-main/domain/proposal-dates';
import { proposalTimeline, weekSpanWords } from '../../src-main/domain/proposal-timeline';

describe('a proposal’s validity', () => {
  it('defaults to 30 days after the issue date, across month and year ends', () => {
    expect(defaultValidUntil('2026-11-20')).toBe('2026-12-20');
    expect(defaultValidUntil('2027-01-31')).toBe('2027-03-02');
    expect(defaultValidUntil('2026-12-15')).toBe('2027-01-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-20', '2026-12-20')).toBe(30);
  });

  it('expires the day after its last valid day, only while the client has not answered', () => {
    const sent = { status: 'sent' as const, validUntil: '2026-12-20' };
    expect(isExpired(sent, '2026-12-20')).toBe(false);
    expect(isExpired(sent, '2026-12-21')).toBe(true);
    expect(isExpired({ ...sent, status: 'draft' }, '2027-01-05')).toBe(true);
    expect(isExpired({ ...sent, status: 'accepted' }, '2027-01-05')).toBe(false);
    expect(isExpired({ ...sent, status: 'declined' }, '2027-01-05')).toBe(false);
  });

  it('says how long is left in words', () => {
    const sent = { status: 'sent' as const, validUntil: '2026-12-20' };
    expect(validityWords(sent, '2026-12-08')).toBe('Valid for 12 more days');
    expect(validityWords(sent, '2026-12-19')).toBe('Valid for 1 more day');
    expect(validityWords(sent, '2026-12-20')).toBe('Last valid day today');
    expect(validityWords(sent, '2026-12-21')).toBe('Expired 1 day ago');
    expect(validityWords(sent, '2027-01-02')).toBe('Expired 13 days ago');
    expect(validityWords({ ...sent, status: 'accepted' }, '2027-01-02')).toBe('');
  });
});

describe('the timeline from the time estimates', () => {
  it('lays the four blocks end to end in whole weeks of 20 project hours', () => {
    const timeline = proposalTimeline({ projectManagementHours: 6, implementationHours: 45, standbyHours: 8, closeOutHours: 2.5 });
    expect(timeline.phases.map((phase) => [phase.label, phase.hours, weekSpanWords(phase)])).toEqual([
      ['Project management', 6, 'Week 1'],
      ['Implementation', 45, 'Weeks 2–4'],
      ['Standby support', 8, 'Week 5'],
      ['Close-out', 2.5, 'Week 6'],
    ]);
    expect(timeline.totalWeeks).toBe(6);
    expect(timeline.totalHours).toBe(61.5);
  });

  it('leaves out a block without hours, and has no phases without any time', () => {
    expect(proposalTimeline({ ...NO_TIME, implementationHours: 20 }).phases.map((phase) => [phase.field, phase.firstWeek, phase.lastWeek])).toEqual([['implementationHours', 1, 1]]);
    expect(proposalTimeline(NO_TIME)).toEqual({ phases: [], totalHours: 0, totalWeeks: 0 });
  });
});
