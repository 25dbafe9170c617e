import { z } from 'zod';
import { isoDate } from './months';
import { entityId, LONG_TEXT, optionalText, requiredText, timestamp } from './text';

/** Meetings with a client (PRODUCT.md §7): the strategy rhythm and what comes out of it. */

export const MEETING_TYPES = ['strategy', 'businessReview', 'alignmentVisit', 'checkIn'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  strategy: 'Strategy meeting',
  businessReview: 'Technology business review',
  alignmentVisit: 'Alignment visit',
  checkIn: 'Check-in',
};

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' };

/** Local wall-clock time of day, HH:MM. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time like 09:30' });

export const agendaItem = z.strictObject({
  id: entityId,
  title: requiredText('Agenda item', 200),
  minutes: z.number().int({ error: 'Minutes are a whole number' }).min(0, { error: 'Minutes cannot be negative' }).max(600, { error: 'At most 600 minutes' }),
  notes: optionalText('Notes', 4000),
  /** What to ask the client about this item before the meeting; empty asks in general words. */
  question: optionalText('Question for the client', 500),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const meetingFields = z.strictObject({
  type: z.enum(MEETING_TYPES, { error: 'Choose a meeting type' }),
  title: optionalText('Title', 200),
  date: isoDate,
  time: timeOfDay,
  durationMinutes: z.number().int().min(5, { error: 'A meeting lasts at least 5 minutes' }).max(720, { error: 'A meeting lasts at most 12 hours' }),
  location: optionalText('Location', 300),
  status: z.enum(MEETING_STATUSES),
  /** Contact ids of the client's people who attend. */
  attendeeIds: z.array(entityId).max(200),
  /** Others who attend (the consultant's engineer, the client's outside accountant...). */
  otherAttendees: optionalText('Other attendees', 1000),
  agenda: z.array(agendaItem).max(100, { error: 'At most 100 agenda items' }),
  minutes: optionalText('Minutes', LONG_TEXT),
  /** Decisions taken, in the client's words, for the meeting summary. */
  decisions: optionalText('Decisions', LONG_TEXT),
  includeQuestionnaire: z.boolean(),
  /** The client's budget was gone through with them: what the playbook counts as a budget completed. */
  budgetReviewed: z.boolean(),
});
export type MeetingFields = z.infer<typeof meetingFields>;

export const newMeeting = meetingFields.partial().required({ type: true, date: true });
export const meetingPatch = meetingFields.partial();

export const MEETING_DEFAULTS: Omit<MeetingFields, 'type' | 'date'> = {
  title: '',
  time: '09:00',
  durationMinutes: 60,
  location: '',
  status: 'planned',
  attendeeIds: [],
  otherAttendees: '',
  agenda: [],
  minutes: '',
  decisions: '',
  includeQuestionnaire: false,
  budgetReviewed: false,
};

export const meeting = meetingFields.extend({
  id: entityId,
  clientId: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Meeting = z.infer<typeof meeting>;

/** An agenda to start a meeting from, editable in settings. */
export const agendaTemplate = z.strictObject({
  id: entityId,
  name: requiredText('Template name', 120),
  meetingType: z.enum(MEETING_TYPES),
  items: z.array(agendaItem.omit({ id: true })).max(100),
});
export type AgendaTemplate = z.infer<typeof agendaTemplate>;

/** What a meeting is called on screen and in documents: its own title, else its type. */
export function meetingTitle(subject: Pick<Meeting, 'title' | 'type'>): string {
  return subject.title || MEETING_TYPE_LABELS[subject.type];
}

/** Minutes since midnight of an HH:MM time. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Meetings in calendar order: by date, then time. */
export function byMeetingTime(a: Pick<Meeting, 'date' | 'time'>, b: Pick<Meeting, 'date' | 'time'>): number {
  return a.date.localeCompare(b.date) || a.time.localeCompare(b.time);
}

/** Total minutes the agenda allots. */
export function agendaMinutes(agenda: readonly Pick<AgendaItem, 'minutes'>[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}
