import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { byActionItemDue } from '../../domain/action-item';
import { byMeetingTime, meetingTitle, type Meeting } from '../../domain/meeting';
import { monthOfLocalDate } from '../../domain/months';
import { PREP_PACK_SECTIONS, prepPackSectionsOf, type PrepPackSection } from '../../domain/prep-pack';
import { sinceLastMeeting } from '../../domain/since-last-meeting';
import { exportFileName } from '../../export/brand';
import { meetingCalendar } from '../../export/ics/meeting-calendar';
import type { MeetingExportInput, PrepPackInput } from '../../export/meeting-export-input';
import { sectionsWithData } from '../../export/pdf/prep-pack-sections';
import { renderPdfOffThread } from '../../export/worker-pool';
import { writeExportFile } from '../../store/durable-file';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { forecastFor } from './budget';
import { requireClient } from './client-items';
import { brandOf, exportWriteFailure, fontsDir, offThread, PDF, save } from './exports';
import { requireMeeting, todayOf } from './meeting-records';

type MeetingExportChannels =
  | 'export.meetingAgendaPdf'
  | 'export.meetingSummaryPdf'
  | 'export.prepPackPdf'
  | 'export.meetingIcs'
  | 'export.meetingsIcs'
  | 'export.prepPackBatchStart'
  | 'export.prepPackBatchWrite';

const CALENDAR = [{ name: 'Calendar file', extensions: ['ics'] }];

function meetingInput(context: HandlerContext, meeting: Meeting): MeetingExportInput {
  const client = requireClient(context, meeting.clientId);
  const contacts = new Map(client.contacts.map((person) => [person.id, person]));
  return {
    client,
    meeting,
    attendees: meeting.attendeeIds.flatMap((id) => contacts.get(id) ?? []),
    actionItems: context.store.data.actionItems.filter((item) => item.meetingId === meeting.id),
    today: todayOf(context),
  };
}

function prepPackInput(context: HandlerContext, meeting: Meeting): PrepPackInput {
  const data = context.store.data;
  const base = meetingInput(context, meeting);
  const { items, forecast } = forecastFor(context, meeting.clientId);
  const own = <T extends { clientId: string }>(list: readonly T[]) => list.filter((entry) => entry.clientId === meeting.clientId);
  return {
    ...base,
    sinceLastMeeting: sinceLastMeeting({ meeting, ...data, today: base.today }),
    openActionItems: own(data.actionItems)
      .filter((item) => item.status === 'open')
      .sort(byActionItemDue),
    budget: { ...items, forecast, today: monthOfLocalDate(context.clock()) },
    initiatives: own(data.initiatives),
    reviews: own(data.reviews),
  };
}

/** A file name that tells meetings apart: "Acme - Meeting agenda 2027-01-12 - <today>.pdf". */
function meetingFileName(brand: Parameters<typeof exportFileName>[0], meeting: Meeting, extension: string): string {
  return exportFileName({ ...brand, documentTitle: `${brand.documentTitle} ${meeting.date}` }, extension);
}

/** The sections of a meeting's prep pack that have something to show. */
export async function prepPackPlan(context: HandlerContext, meeting: Meeting): Promise<PrepPackSection[]> {
  const client = requireClient(context, meeting.clientId);
  const brand = await brandOf(context, client.name, 'Meeting prep pack');
  return sectionsWithData(prepPackInput(context, meeting), brand, PREP_PACK_SECTIONS).map((entry) => entry.section);
}

/** Builds the bytes of each meeting export; the handlers and the demo script both use these. */
export const meetingExportBuilders = {
  async agendaPdf(context: HandlerContext, meetingId: string, includeQuestionnaire: boolean) {
    const input = meetingInput(context, requireMeeting(context, meetingId));
    const brand = await brandOf(context, input.client.name, 'Meeting agenda');
    const bytes = await offThread(renderPdfOffThread('meetingAgenda', { ...input, includeQuestionnaire }, brand, fontsDir(context)));
    return { fileName: meetingFileName(brand, input.meeting, 'pdf'), bytes, notice: brand.logoNotice };
  },

  async summaryPdf(context: HandlerContext, meetingId: string) {
    const input = meetingInput(context, requireMeeting(context, meetingId));
    const brand = await brandOf(context, input.client.name, 'Meeting summary');
    const bytes = await offThread(renderPdfOffThread('meetingSummary', input, brand, fontsDir(context)));
    return { fileName: meetingFileName(brand, input.meeting, 'pdf'), bytes, notice: brand.logoNotice };
  },

  async prepPackPdf(context: HandlerContext, meetingId: string, sections: readonly PrepPackSection[]) {
    const meeting = requireMeeting(context, meetingId);
    const input = prepPackInput(context, meeting);
    const brand = await brandOf(context, input.client.name, 'Meeting prep pack');
    const bytes = await offThread(renderPdfOffThread('prepPack', { ...input, sections }, brand, fontsDir(context)));
    return { fileName: meetingFileName(brand, meeting, 'pdf'), bytes, notice: brand.logoNotice };
  },

  calendar(context: HandlerContext, meetingIds: readonly string[]) {
    const meetings = meetingIds.map((id) => requireMeeting(context, id)).sort(byMeetingTime);
    const consultant = context.store.data.settings.consultant;
    const entries = meetings.map((meeting) => {
      const input = meetingInput(context, meeting);
      return { meeting, clientName: input.client.name, attendees: input.attendees };
    });
    const clientNames = [...new Set(entries.map((entry) => entry.clientName))];
    const first = meetings[0]!;
    const calendarName = meetings.length === 1 ? `${meetingTitle(first)}: ${clientNames[0]}` : `Meetings: ${clientNames.join(', ')}`;
    const bytes = meetingCalendar(entries, {
      organizer: { name: consultant.name || consultant.company, email: consultant.email },
      now: context.clock(),
      calendarName,
    });
    const title = meetings.length === 1 ? `${meetingTitle(first)} ${first.date}` : `Meetings ${first.date} to ${meetings.at(-1)!.date}`;
    return { fileName: exportFileName({ clientName: clientNames.length === 1 ? clientNames[0]! : 'Practice', documentTitle: title, isoDate: todayOf(context) }, 'ics'), bytes };
  },
};

/** Batches of prep packs in progress: the folder the consultant chose and the meetings it is for. */
const batches = new Map<string, { folder: string; meetingIds: Set<string> }>();

export const meetingExportHandlers: HandlerMap<MeetingExportChannels> = {
  'export.meetingAgendaPdf': async ({ meetingId, includeQuestionnaire }, context) => {
    const built = await meetingExportBuilders.agendaPdf(context, meetingId, includeQuestionnaire);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },

  'export.meetingSummaryPdf': async ({ meetingId }, context) => {
    const built = await meetingExportBuilders.summaryPdf(context, meetingId);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },

  'export.prepPackPdf': async ({ meetingId, sections }, context) => {
    const meeting = requireMeeting(context, meetingId);
    const client = requireClient(context, meeting.clientId);
    // The consultant's choice and order are remembered for the client's next pack.
    if (JSON.stringify(client.prepPackSections) !== JSON.stringify(sections)) {
      await context.store.mutate((draft) => {
        const stored = draft.clients.find((candidate) => candidate.id === client.id);
        if (stored) stored.prepPackSections = [...sections];
      });
    }
    const built = await meetingExportBuilders.prepPackPdf(context, meetingId, sections);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },

  'export.meetingIcs': async ({ meetingId }, context) => {
    const built = meetingExportBuilders.calendar(context, [meetingId]);
    return save(context, built.fileName, built.bytes, CALENDAR);
  },

  'export.meetingsIcs': async ({ meetingIds }, context) => {
    const built = meetingExportBuilders.calendar(context, meetingIds);
    return save(context, built.fileName, built.bytes, CALENDAR);
  },

  'export.prepPackBatchStart': async ({ days }, context) => {
    const data = context.store.data;
    const today = todayOf(context);
    const until = new Date(`${today}T00:00:00Z`);
    until.setUTCDate(until.getUTCDate() + days);
    const last = until.toISOString().slice(0, 10);
    const clients = new Map(data.clients.filter((client) => client.archivedAt === null).map((client) => [client.id, client]));
    const upcoming = data.meetings
      .filter((meeting) => meeting.status === 'planned' && meeting.date >= today && meeting.date <= last && clients.has(meeting.clientId))
      .sort(byMeetingTime);
    const meetings = upcoming.map((meeting) => ({ meetingId: meeting.id, clientName: clients.get(meeting.clientId)!.name, date: meeting.date }));
    if (meetings.length === 0) return { batchId: null, folder: null, meetings };
    const folder = await context.platform.chooseFolder({ title: 'Choose a folder for the prep packs', defaultPath: '' });
    if (folder === null) return { batchId: null, folder: null, meetings };
    const batchId = randomUUID();
    batches.set(batchId, { folder, meetingIds: new Set(meetings.map((entry) => entry.meetingId)) });
    return { batchId, folder, meetings };
  },

  'export.prepPackBatchWrite': async ({ batchId, meetingId }, context) => {
    const batch = batches.get(batchId);
    if (!batch || !batch.meetingIds.has(meetingId)) throw new AppError('NOT_FOUND', 'That batch of prep packs is over. Start it again.');
    const meeting = requireMeeting(context, meetingId);
    const sections = prepPackSectionsOf(requireClient(context, meeting.clientId));
    const built = await meetingExportBuilders.prepPackPdf(context, meetingId, sections);
    const target = path.join(batch.folder, path.basename(built.fileName));
    try {
      await writeExportFile(target, built.bytes);
    } catch (error) {
      throw exportWriteFailure(error, built.fileName) ?? new AppError('NOT_WRITABLE', `The prep pack could not be written in ${batch.folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
    batch.meetingIds.delete(meetingId);
    if (batch.meetingIds.size === 0) batches.delete(batchId);
    // Remembered like any saved export, so that it can be opened from the app.
    const exportId = context.newId();
    context.savedExports.set(exportId, target);
    return { savedTo: target, fileName: built.fileName, exportId, ...(built.notice ? { notice: built.notice } : {}) };
  },
};
