import { z } from 'zod';
import { yearPlanPattern } from '../../domain/cadence';
import { MEETING_TYPES, meeting, meetingPatch, newMeeting, timeOfDay } from '../../domain/meeting';
import { isoDate } from '../../domain/months';
import { PREP_PACK_SECTIONS } from '../../domain/prep-pack';
import { TOUCH_CHANNELS } from '../../domain/touch';
import { entityId } from '../../domain/text';
import { byClient, byId, channel, deletedCount, idsToDelete, savedFile } from './shared';

/** The meetings feature's channels (names listed under MEETINGS in channel-names.ts). */

const cadence = z.strictObject({ strategyMeetingsPerYear: z.number().int(), touchesPerMonth: z.number().int() });

export const clientRhythm = z.strictObject({
  clientId: entityId,
  cadence: cadence.extend({ overridden: z.boolean() }),
  recommended: cadence,
  lastTouch: z.strictObject({ id: entityId, date: isoDate, channel: z.enum(TOUCH_CHANNELS), contactId: entityId.nullable() }).nullable(),
  touchesThisMonth: z.number().int(),
  touchesMet: z.boolean(),
  escalationsThisMonth: z.number().int(),
  lastHeldMeeting: z.strictObject({ id: entityId, date: isoDate, type: z.enum(MEETING_TYPES) }).nullable(),
  nextMeeting: z.strictObject({ id: entityId, date: isoDate, time: timeOfDay, type: z.enum(MEETING_TYPES) }).nullable(),
  strategyMeetingsNext12Months: z.number().int(),
});

const initiativeChange = z.strictObject({ initiativeId: entityId, title: z.string(), date: isoDate, note: z.string() });

export const sinceLastMeetingView = z.strictObject({
  previousMeeting: z.strictObject({ id: entityId, date: isoDate, type: z.enum(MEETING_TYPES), title: z.string() }),
  since: isoDate,
  until: isoDate,
  alignment: z
    .strictObject({
      then: z.strictObject({ reviewId: entityId, date: isoDate, score: z.number().optional() }).nullable(),
      now: z.strictObject({ reviewId: entityId, date: isoDate, score: z.number().optional() }),
    })
    .nullable(),
  approved: z.array(initiativeChange),
  declined: z.array(initiativeChange),
  completed: z.array(initiativeChange),
  moved: z.array(initiativeChange.extend({ from: z.string(), to: z.string() })),
  assetsReplaced: z.array(z.strictObject({ id: entityId, name: z.string(), quantity: z.number().int(), purchaseDate: isoDate.nullable() })),
  actionItemsClosed: z.array(z.strictObject({ id: entityId, text: z.string(), owner: z.string(), resolution: z.string() })),
  actionItemsOpened: z.array(z.strictObject({ id: entityId, text: z.string(), owner: z.string(), dueDate: isoDate.nullable() })),
});

const prepPackSection = z.enum(PREP_PACK_SECTIONS);

export const meetingChannels = {
  'meetings.list': channel(
    z.strictObject({ clientId: entityId.optional(), from: isoDate.optional(), to: isoDate.optional() }),
    /** `today` is the consultant's date, so screens and documents agree on what is past. */
    z.strictObject({ meetings: z.array(meeting), today: isoDate }),
  ),
  'meetings.get': channel(byId, z.strictObject({ meeting })),
  'meetings.create': channel(z.strictObject({ clientId: entityId, meeting: newMeeting }), z.strictObject({ meeting })),
  'meetings.update': channel(z.strictObject({ id: entityId, changes: meetingPatch }), z.strictObject({ meeting })),
  'meetings.delete': channel(idsToDelete, deletedCount),
  'meetings.rhythm': channel(byClient, z.strictObject({ rhythm: clientRhythm })),
  'meetings.planYearPreview': channel(
    z.strictObject({ clientId: entityId, pattern: yearPlanPattern }),
    z.strictObject({ dates: z.array(z.strictObject({ date: isoDate, clash: z.string().nullable() })) }),
  ),
  'meetings.planYear': channel(
    z.strictObject({
      clientId: entityId,
      dates: z.array(isoDate).min(1, { error: 'Keep at least one date' }).max(12),
      time: timeOfDay,
      durationMinutes: z.number().int().min(5).max(720),
    }),
    z.strictObject({ meetings: z.array(meeting) }),
  ),
  'meetings.sinceLast': channel(byId, z.strictObject({ summary: sinceLastMeetingView.nullable() })),
  'meetings.prepPackPlan': channel(
    byId,
    z.strictObject({
      /** The client's remembered choice, in its order. */
      chosen: z.array(prepPackSection),
      /** Which sections have something to show for this meeting. */
      withData: z.array(prepPackSection),
    }),
  ),
  'export.meetingAgendaPdf': channel(z.strictObject({ meetingId: entityId, includeQuestionnaire: z.boolean() }), savedFile),
  'export.meetingSummaryPdf': channel(z.strictObject({ meetingId: entityId }), savedFile),
  'export.prepPackPdf': channel(
    z.strictObject({
      meetingId: entityId,
      sections: z
        .array(prepPackSection)
        .min(1, { error: 'Choose at least one section' })
        .refine((list) => new Set(list).size === list.length, { error: 'A section is chosen twice' }),
    }),
    savedFile,
  ),
  'export.meetingIcs': channel(z.strictObject({ meetingId: entityId }), savedFile),
  'export.meetingsIcs': channel(z.strictObject({ meetingIds: z.array(entityId).min(1).max(500) }), savedFile),
  'export.prepPackBatchStart': channel(
    z.strictObject({ days: z.number().int().min(1, { error: 'At least 1 day' }).max(90, { error: 'At most 90 days' }) }),
    z.strictObject({
      /** Null when the consultant cancelled the folder dialog. */
      batchId: z.string().nullable(),
      folder: z.string().nullable(),
      meetings: z.array(z.strictObject({ meetingId: entityId, clientName: z.string(), date: isoDate })),
    }),
  ),
  'export.prepPackBatchWrite': channel(z.strictObject({ batchId: z.string().min(1).max(64), meetingId: entityId }), savedFile),
};
