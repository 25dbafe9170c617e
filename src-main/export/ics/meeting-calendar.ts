import type { Contact } from '../../domain/client';
import { meetingTitle, minutesOfDay, type Meeting } from '../../domain/meeting';

/**
 * Meetings as an iCalendar file (RFC 5545), so they land in the consultant's and the client's
 * calendars. Times are written as floating local time (no time zone): a meeting at 09:30 is at
 * 09:30 on the wall clock wherever the calendar is opened, which is what a consultant and a local
 * client agreed on, and needs no time-zone tables in the file. Each event's UID is derived from
 * the meeting's id, so exporting a meeting again updates the same calendar entry.
 */

export interface CalendarMeeting {
  meeting: Meeting;
  clientName: string;
  attendees: readonly Contact[];
}

export interface CalendarOptions {
  /** Who organises: the consultant. */
  organizer: { name: string; email: string };
  /** The moment the file is written (DTSTAMP). */
  now: Date;
  /** Shown by calendar apps as the calendar's name. */
  calendarName: string;
}

const encoder = new TextEncoder();

/**
 * TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11); other control
 * characters, which a TEXT value may not hold, become U+FFFD, the visible replacement mark.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
  );
}

/** A parameter value: quoted, since names hold commas and colons; quotes themselves are not allowed. */
function parameterValue(text: string): string {
  // Control characters are not allowed in a parameter value either.
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/["\u0000-\u001f]/g, '')}"`;
}

/** Lines of at most 75 octets, continued on lines that start with a space, never splitting a character (§3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (currentOctets + octets > limit) {
      pieces.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** A floating local date-time, YYYYMMDDTHHMMSS, `minutes` after midnight of `date` (may run into the next day). */
function localDateTime(date: string, minutes: number): string {
  const moment = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 0, minutes));
  return `${moment.getUTCFullYear()}${two(moment.getUTCMonth() + 1)}${two(moment.getUTCDate())}T${two(moment.getUTCHours())}${two(moment.getUTCMinutes())}00`;
}

function utcStamp(moment: Date): string {
  return `${moment.getUTCFullYear()}${two(moment.getUTCMonth() + 1)}${two(moment.getUTCDate())}T${two(moment.getUTCHours())}${two(moment.getUTCMinutes())}${two(moment.getUTCSeconds())}Z`;
}

function description(meeting: Meeting): string {
  if (meeting.agenda.length === 0) return '';
  return ['Agenda:', ...meeting.agenda.map((entry, index) => `${index + 1}. ${entry.title}${entry.minutes > 0 ? ` (${entry.minutes} min)` : ''}`)].join('\n');
}

function eventLines(entry: CalendarMeeting, options: CalendarOptions): string[] {
  const { meeting } = entry;
  const start = minutesOfDay(meeting.time);
  const about = description(meeting);
  return [
    'BEGIN:VEVENT',
    `UID:${meeting.id}@vcio-desk`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART:${localDateTime(meeting.date, start)}`,
    `DTEND:${localDateTime(meeting.date, start + meeting.durationMinutes)}`,
    `SUMMARY:${escapeText(`${meetingTitle(meeting)}: ${entry.clientName}`)}`,
    ...(meeting.location ? [`LOCATION:${escapeText(meeting.location)}`] : []),
    ...(about ? [`DESCRIPTION:${escapeText(about)}`] : []),
    `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    ...(options.organizer.email ? [`ORGANIZER;CN=${parameterValue(options.organizer.name || options.organizer.email)}:mailto:${options.organizer.email}`] : []),
    ...entry.attendees
      .filter((person) => person.email)
      .map((person) => `ATTENDEE;CN=${parameterValue(person.name)};ROLE=REQ-PARTICIPANT:mailto:${person.email}`),
    'END:VEVENT',
  ];
}

/** The whole calendar file as bytes: UTF-8, CRLF line endings, folded lines. */
export function meetingCalendar(meetings: readonly CalendarMeeting[], options: CalendarOptions): Uint8Array {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vCIO Desk//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...meetings.flatMap((entry) => eventLines(entry, options)),
    'END:VCALENDAR',
  ];
  return encoder.encode(lines.map(foldLine).join('\r\n') + '\r\n');
}
