import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planYearDates } from '../../src-main/domain/cadence';
import { escapeText, foldLine, meetingCalendar, type CalendarMeeting } from '../../src-main/export/ics/meeting-calendar';
import { makeMeeting } from './meeting-factories';

const contacts = [
  { id: 'maya', name: 'Chen, Maya', role: 'Owner', email: 'maya@harbordental.example', phone: '', decisionMaker: true },
  { id: 'sam', name: 'Sam Ortiz', role: '', email: '', phone: '', decisionMaker: false },
];
const options = { organizer: { name: 'Dana Whitfield', email: 'dana@clearpathvcio.example' }, now: new Date('2026-12-02T15:04:05Z'), calendarName: 'Strategy meetings: Harbor Dental' };

function plannedYear(): CalendarMeeting[] {
  return planYearDates({ startDate: '2027-01-01', meetingsPerYear: 12, weekday: 2, weekOfMonth: 2 }).map((date, index) => ({
    meeting: makeMeeting({ id: `meeting-${index + 1}`, date, time: '09:30', durationMinutes: 90, location: 'Harbor Dental; back office, 2nd floor' }),
    clientName: 'Harbor Dental',
    attendees: contacts,
  }));
}

function parse(bytes: Uint8Array) {
  const text = new TextDecoder().decode(bytes);
  return { text, calendar: new ICAL.Component(ICAL.parse(text)) };
}

describe('meetings as an iCalendar file (RFC 5545)', () => {
  it('reads back with a calendar library: twelve events of a planned year at the right dates and wall-clock times', () => {
    const planned = plannedYear();
    const { calendar } = parse(meetingCalendar(planned, options));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(12);
    events.forEach((event, index) => {
      const date = planned[index]!.meeting.date;
      expect(event.uid).toBe(`meeting-${index + 1}@vcio-desk`);
      expect(event.summary).toBe('Strategy meeting: Harbor Dental');
      expect(event.location).toBe('Harbor Dental; back office, 2nd floor');
      const start = event.startDate;
      expect([start.year, start.month, start.day, start.hour, start.minute]).toEqual([Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)), 9, 30]);
      expect(start.isDate).toBe(false);
      // Floating local time: no zone in the file.
      expect(start.zone?.tzid).toBe('floating');
      expect([event.endDate.hour, event.endDate.minute]).toEqual([11, 0]);
    });
    expect(events.map((event) => event.startDate.toString().slice(0, 10))).toEqual(planned.map((entry) => entry.meeting.date));
  });

  it('writes CRLF line endings, folds long lines at 75 octets and escapes text', () => {
    const agenda = [{ id: 'a1', title: 'Budget, roadmap; and the “alignment” review — déjà vu', minutes: 30, notes: '', question: '' }];
    const entry: CalendarMeeting = { meeting: makeMeeting({ id: 'm1', agenda, location: 'Suite 2, Port Alden\\ME' }), clientName: 'Brightwater Family Dental, a long client name that needs folding', attendees: contacts };
    const bytes = meetingCalendar([entry], options);
    const { text, calendar } = parse(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Strategy meeting: Brightwater Family Dental, a long client name that needs folding');
    expect(event.location).toBe('Suite 2, Port Alden\\ME');
    expect(event.description).toBe('Agenda:\n1. Budget, roadmap; and the “alignment” review — déjà vu (30 min)');
    // Attendees with an email; names with commas quoted.
    const attendees = event.attendees.map((property) => [property.getParameter('cn'), property.getFirstValue()]);
    expect(attendees).toEqual([['Chen, Maya', 'mailto:maya@harbordental.example']]);
    expect(event.organizer).toBe('mailto:dana@clearpathvcio.example');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-02T15:04:05Z');
  });

  it('keeps a meeting’s UID across exports and ends a late meeting on the next day', () => {
    const late = makeMeeting({ id: 'late', date: '2027-12-31', time: '23:30', durationMinutes: 60, status: 'cancelled' });
    const first = parse(meetingCalendar([{ meeting: late, clientName: 'X', attendees: [] }], options)).calendar;
    const again = parse(meetingCalendar([{ meeting: { ...late, title: 'Renamed' }, clientName: 'X', attendees: [] }], { ...options, now: new Date() })).calendar;
    const event = new ICAL.Event(first.getFirstSubcomponent('vevent')!);
    expect(new ICAL.Event(again.getFirstSubcomponent('vevent')!).uid).toBe(event.uid);
    expect(event.endDate.toString()).toBe('2028-01-01T00:30:00');
    expect(first.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('escapes and folds by the rules', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });
});
