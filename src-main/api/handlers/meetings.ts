import { planYearDates } from '../../domain/cadence';
import { clientRhythm } from '../../domain/client-rhythm';
import { byMeetingTime, meeting, MEETING_DEFAULTS, MEETING_TYPE_LABELS, meetingTitle } from '../../domain/meeting';
import { prepPackSectionsOf } from '../../domain/prep-pack';
import { sinceLastMeeting } from '../../domain/since-last-meeting';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { createItem, deleteItems, listItems, requireClient, updateItem } from './client-items';
import { meetingExportHandlers, prepPackPlan } from './meeting-exports';
import { MEETINGS, requireMeeting, todayOf } from './meeting-records';
import { validated } from './validation';

type MeetingChannels =
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.delete'
  | 'meetings.rhythm'
  | 'meetings.planYearPreview'
  | 'meetings.planYear'
  | 'meetings.sinceLast'
  | 'meetings.prepPackPlan';

/** Attendees are the client's own contacts. */
function checkAttendees(context: HandlerContext, clientId: string, attendeeIds: readonly string[] | undefined, path: string): void {
  if (!attendeeIds) return;
  const contacts = new Set(requireClient(context, clientId).contacts.map((person) => person.id));
  const stranger = attendeeIds.findIndex((id) => !contacts.has(id));
  if (stranger >= 0) {
    throw new AppError('INVALID_INPUT', 'An attendee is not one of this client’s contacts.', [
      { path: `${path}.attendeeIds.${stranger}`, message: 'Not one of this client’s contacts' },
    ]);
  }
}

const meetingRecordHandlers: HandlerMap<MeetingChannels> = {
  'meetings.list': async ({ clientId, from, to }, context) => {
    const all = clientId ? listItems(context, MEETINGS, clientId) : context.store.data.meetings;
    const meetings = all.filter((entry) => (!from || entry.date >= from) && (!to || entry.date <= to)).sort(byMeetingTime);
    return { meetings, today: todayOf(context) };
  },

  'meetings.get': async ({ id }, context) => ({ meeting: requireMeeting(context, id) }),

  'meetings.create': async ({ clientId, meeting: fields }, context) => {
    checkAttendees(context, clientId, fields.attendeeIds, 'meeting');
    return { meeting: await createItem(context, MEETINGS, clientId, fields) };
  },

  'meetings.update': async ({ id, changes }, context) => {
    checkAttendees(context, requireMeeting(context, id).clientId, changes.attendeeIds, 'changes');
    return { meeting: await updateItem(context, MEETINGS, id, changes) };
  },

  'meetings.delete': async ({ ids }, context) => {
    const doomed = new Set(ids);
    const deleted = await deleteItems(context, MEETINGS, ids);
    // Action items outlive their meeting: they stay with the client.
    await context.store.mutate((draft) => {
      for (const item of draft.actionItems) if (item.meetingId !== null && doomed.has(item.meetingId)) item.meetingId = null;
    });
    return { deleted };
  },

  'meetings.rhythm': async ({ clientId }, context) => {
    const client = requireClient(context, clientId);
    const data = context.store.data;
    return { rhythm: clientRhythm(client, data.meetings, data.touches, todayOf(context)) };
  },

  'meetings.planYearPreview': async ({ clientId, pattern }, context) => {
    requireClient(context, clientId);
    const existing = context.store.data.meetings.filter((entry) => entry.clientId === clientId && entry.status !== 'cancelled');
    return {
      dates: planYearDates(pattern).map((date) => {
        const same = existing.find((entry) => entry.date === date);
        return { date, clash: same ? `${meetingTitle(same)} already on this day at ${same.time}` : null };
      }),
    };
  },

  'meetings.planYear': async ({ clientId, dates, time, durationMinutes }, context) => {
    requireClient(context, clientId);
    const repeated = dates.findIndex((date, index) => dates.indexOf(date) !== index);
    if (repeated >= 0) throw new AppError('INVALID_INPUT', 'A date is planned twice.', [{ path: `dates.${repeated}`, message: 'This date is already in the plan' }]);
    const now = context.clock().toISOString();
    const meetings = [...dates].sort().map((date) =>
      validated(
        meeting,
        { ...MEETING_DEFAULTS, type: 'strategy', title: MEETING_TYPE_LABELS.strategy, date, time, durationMinutes, id: context.newId(), clientId, createdAt: now, updatedAt: now },
        '',
      ),
    );
    // All or nothing: one write for the whole year.
    await context.store.mutate((draft) => {
      draft.meetings.push(...meetings);
    });
    return { meetings };
  },

  'meetings.sinceLast': async ({ id }, context) => {
    const subject = requireMeeting(context, id);
    const data = context.store.data;
    return { summary: sinceLastMeeting({ meeting: subject, ...data, today: todayOf(context) }) };
  },

  'meetings.prepPackPlan': async ({ id }, context) => {
    const subject = requireMeeting(context, id);
    const client = requireClient(context, subject.clientId);
    return { chosen: prepPackSectionsOf(client), withData: await prepPackPlan(context, subject) };
  },
};

export const meetingHandlers = { ...meetingRecordHandlers, ...meetingExportHandlers };
