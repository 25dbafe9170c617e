import { z } from 'zod';
import { actionItem, type ActionItem } from './action-item';
import { agendaFromTemplate, DEFAULT_AGENDA_TEMPLATES } from './agenda-templates';
import type { Client } from './client';
import { INITIATIVE_HISTORY_KINDS, type Initiative } from './initiative';
import { meeting, MEETING_DEFAULTS, MEETING_STATUSES, MEETING_TYPES, timeOfDay, type Meeting } from './meeting';
import { addMonths, addQuarters, daysInMonth, fiscalQuarterOfMonth, monthNumberOf, monthOfDate, quarterLabel, yearOf, type IsoDate } from './months';
import { touch, TOUCH_CHANNELS, type Touch } from './touch';

/**
 * The sample practice's year of meetings, touches and action items (resources/sample-meetings.json),
 * keyed by client name. Dates are days from the day the sample is loaded, so there is always a
 * year behind and meetings ahead.
 */

const daysFromNow = z.number().int().min(-800).max(800);

const sampleActionItem = z.strictObject({
  text: z.string(),
  owner: z.string().default(''),
  /** Days after the meeting it is due; null for no due date. */
  dueAfterDays: z.number().int().min(0).max(400).nullable().default(14),
  /** Days after the meeting it was closed; null while it is open (or when that day is still ahead). */
  closedAfterDays: z.number().int().min(0).max(400).nullable().default(null),
  resolution: z.string().default(''),
});

const sampleMeeting = z.strictObject({
  type: z.enum(MEETING_TYPES),
  title: z.string().default(''),
  daysFromNow,
  time: timeOfDay.default('09:00'),
  durationMinutes: z.number().int().min(5).max(720).default(60),
  location: z.string().default(''),
  /** Past meetings are held and future ones planned unless said otherwise. */
  status: z.enum(MEETING_STATUSES).nullable().default(null),
  /** Contact names. */
  attendees: z.array(z.string()).default([]),
  /** An agenda template id from the defaults; the agenda starts from it. */
  template: z.string().nullable().default(null),
  minutes: z.string().default(''),
  decisions: z.string().default(''),
  budgetReviewed: z.boolean().default(false),
  actionItems: z.array(sampleActionItem).default([]),
});

const sampleTouchRhythm = z.strictObject({
  /** Decision makers touched in turn. */
  contacts: z.array(z.string()).min(1),
  perMonth: z.number().int().min(1).max(4),
  /** Months with no touch at all, counted back from this one (0 is this month). */
  missedMonthsAgo: z.array(z.number().int().min(0).max(11)).default([]),
  channels: z.array(z.enum(TOUCH_CHANNELS)).min(1),
  summaries: z.array(z.string()).min(1),
});

const sampleEscalation = z.strictObject({
  daysFromNow,
  channel: z.enum(TOUCH_CHANNELS),
  contact: z.string().nullable().default(null),
  summary: z.string(),
});

const sampleInitiativeChange = z.strictObject({
  initiative: z.string(),
  kind: z.enum(INITIATIVE_HISTORY_KINDS),
  daysFromNow,
  from: z.string().default(''),
  to: z.string().default(''),
  /** For a move: the quarters it moved between, counted from the client's current fiscal quarter. */
  fromQuartersFromNow: z.number().int().min(-8).max(40).nullable().default(null),
  toQuartersFromNow: z.number().int().min(-8).max(40).nullable().default(null),
  by: z.string().default(''),
  note: z.string().default(''),
});

const sampleClientMeetings = z.strictObject({
  touches: sampleTouchRhythm.nullable().default(null),
  escalations: z.array(sampleEscalation).default([]),
  meetings: z.array(sampleMeeting).default([]),
  initiativeChanges: z.array(sampleInitiativeChange).default([]),
});

export const sampleMeetingsFile = z.strictObject({ clients: z.record(z.string(), sampleClientMeetings) });
export type SampleMeetingsFile = z.infer<typeof sampleMeetingsFile>;

export interface ExpandedMeetings {
  meetings: Meeting[];
  actionItems: ActionItem[];
  touches: Touch[];
  /** History lines to add to the sample's initiatives, by initiative id. */
  initiativeHistory: Map<string, Initiative['history']>;
}

function shiftDays(date: IsoDate, days: number): IsoDate {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Meetings fall on working days: a Saturday one moves to the Friday before, a Sunday one to the Monday after. */
function onWorkingDay(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return shiftDays(date, -1);
  return weekday === 0 ? shiftDays(date, 1) : date;
}

/** Midday of a calendar day on the consultant's clock, as a stored timestamp. */
function middayStamp(date: IsoDate): string {
  return new Date(yearOf(date.slice(0, 7)), monthNumberOf(date.slice(0, 7)) - 1, Number(date.slice(8, 10)), 12).toISOString();
}

/** Touch days spread over the month (around the 4th, 15th, 26th...), varied a little from month to month. */
function touchDates(rhythm: z.infer<typeof sampleTouchRhythm>, today: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let monthsAgo = 11; monthsAgo >= 0; monthsAgo -= 1) {
    if (rhythm.missedMonthsAgo.includes(monthsAgo)) continue;
    const month = addMonths(monthOfDate(today), -monthsAgo);
    const lastDay = daysInMonth(yearOf(month), monthNumberOf(month));
    for (let index = 0; index < rhythm.perMonth; index += 1) {
      const day = Math.min(lastDay, 3 + index * 11 + (monthsAgo % 3));
      const date = `${month}-${String(day).padStart(2, '0')}`;
      if (date <= today) dates.push(date);
    }
  }
  return dates;
}

export function expandSampleMeetings(
  file: SampleMeetingsFile,
  clients: readonly Client[],
  initiatives: readonly Initiative[],
  today: IsoDate,
  newId: () => string,
  nowIso: string,
): ExpandedMeetings {
  const expanded: ExpandedMeetings = { meetings: [], actionItems: [], touches: [], initiativeHistory: new Map() };
  for (const [clientName, entry] of Object.entries(file.clients)) {
    const client = clients.find((candidate) => candidate.name === clientName);
    if (!client) throw new Error(`The sample meetings name a client the sample practice does not have: ${clientName}`);
    const contactId = (name: string | null) => {
      if (name === null) return null;
      const found = client.contacts.find((person) => person.name === name);
      if (!found) throw new Error(`${clientName} has no contact called ${name}`);
      return found.id;
    };

    for (const item of entry.meetings) {
      const date = onWorkingDay(shiftDays(today, item.daysFromNow));
      const template = item.template === null ? null : DEFAULT_AGENDA_TEMPLATES.find((candidate) => candidate.id === item.template);
      if (item.template !== null && !template) throw new Error(`No agenda template called ${item.template}`);
      const meetingId = newId();
      expanded.meetings.push(
        meeting.parse({
          ...MEETING_DEFAULTS,
          id: meetingId,
          clientId: client.id,
          type: item.type,
          title: item.title,
          date,
          time: item.time,
          durationMinutes: item.durationMinutes,
          location: item.location,
          status: item.status ?? (date < today ? 'held' : 'planned'),
          attendeeIds: item.attendees.map((name) => contactId(name)),
          agenda: template ? agendaFromTemplate(template, newId) : [],
          minutes: item.minutes,
          decisions: item.decisions,
          budgetReviewed: item.budgetReviewed,
          createdAt: nowIso,
          updatedAt: nowIso,
        }),
      );
      for (const action of item.actionItems) {
        const closedOn = action.closedAfterDays === null ? null : shiftDays(date, action.closedAfterDays);
        const closed = closedOn !== null && closedOn <= today;
        expanded.actionItems.push(
          actionItem.parse({
            id: newId(),
            clientId: client.id,
            meetingId,
            text: action.text,
            owner: action.owner,
            dueDate: action.dueAfterDays === null ? null : shiftDays(date, action.dueAfterDays),
            status: closed ? 'done' : 'open',
            resolution: closed ? action.resolution : '',
            closedAt: closed ? middayStamp(closedOn) : null,
            createdAt: middayStamp(date),
            updatedAt: middayStamp(closed ? closedOn : date),
          }),
        );
      }
    }

    const rhythm = entry.touches;
    if (rhythm) {
      touchDates(rhythm, today).forEach((date, index) => {
        expanded.touches.push(
          touch.parse({
            id: newId(),
            clientId: client.id,
            kind: 'touch',
            date,
            channel: rhythm.channels[index % rhythm.channels.length],
            contactId: contactId(rhythm.contacts[index % rhythm.contacts.length]!),
            summary: rhythm.summaries[index % rhythm.summaries.length],
            createdAt: middayStamp(date),
            updatedAt: middayStamp(date),
          }),
        );
      });
    }
    for (const escalation of entry.escalations) {
      const date = shiftDays(today, escalation.daysFromNow);
      expanded.touches.push(
        touch.parse({
          id: newId(),
          clientId: client.id,
          kind: 'escalation',
          date,
          channel: escalation.channel,
          contactId: contactId(escalation.contact),
          summary: escalation.summary,
          createdAt: middayStamp(date),
          updatedAt: middayStamp(date),
        }),
      );
    }

    for (const change of entry.initiativeChanges) {
      const target = initiatives.find((candidate) => candidate.clientId === client.id && candidate.title === change.initiative);
      if (!target) throw new Error(`${clientName} has no initiative called ${change.initiative}`);
      const currentQuarter = fiscalQuarterOfMonth(monthOfDate(today), client.fiscalYearStartMonth);
      const quarterName = (offset: number | null, words: string) => (offset === null ? words : quarterLabel(addQuarters(currentQuarter, offset)));
      const lines = expanded.initiativeHistory.get(target.id) ?? [];
      lines.push({
        at: middayStamp(onWorkingDay(shiftDays(today, change.daysFromNow))),
        kind: change.kind,
        from: quarterName(change.fromQuartersFromNow, change.from),
        to: quarterName(change.toQuartersFromNow, change.to),
        note: change.note,
        by: change.by,
      });
      expanded.initiativeHistory.set(target.id, lines);
    }
  }
  return expanded;
}
