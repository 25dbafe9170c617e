import { z } from 'zod';
import { clientSummary } from '../../domain/client-list';
import { MEETING_TYPES } from '../../domain/meeting';
import { isoDate } from '../../domain/months';
import { entityId } from '../../domain/text';
import { channel, nothing } from './shared';

/** The dashboard feature's channels (names listed under DASHBOARD in channel-names.ts). */

const clientRef = z.strictObject({ id: entityId, name: z.string() });

export const practiceDashboardView = z.strictObject({
  portfolio: z.strictObject({
    activeClients: z.number().int(),
    prospects: z.number().int(),
    totalMrrCents: z.number().int(),
    users: z.number().int(),
    endpoints: z.number().int(),
    averageAispCents: z.number().int().nullable(),
    benchmark: z.strictObject({ clients: z.number().int(), mrrCents: z.number().int() }),
    clientCapacityPercent: z.number(),
    mrrCapacityPercent: z.number(),
    withoutDecisionMaker: z.array(clientSummary),
    withoutBudget: z.array(clientSummary),
  }),
  nonRecurring: z.strictObject({
    acceptedCount: z.number().int(),
    trailingValueCents: z.number().int(),
    monthlyCents: z.number().int(),
    sharePercent: z.number().nullable(),
  }),
  meetings: z.strictObject({
    thisMonth: z.number().int(),
    heldThisMonth: z.number().int(),
    plannedNext30Days: z.number().int(),
    overdue: z.array(z.strictObject({ meetingId: entityId, client: clientRef, date: isoDate, type: z.enum(MEETING_TYPES) })),
  }),
  actionItems: z.strictObject({ open: z.number().int(), overdue: z.number().int() }),
  withoutRecentMeeting: z.array(clientRef),
  touchesBehind: z.array(clientRef.extend({ touches: z.number().int(), wanted: z.number().int() })),
  lowestAlignment: z.array(clientRef.extend({ score: z.number().optional(), date: isoDate })).nullable(),
});

export const dashboardChannels = {
  'dashboard.summary': channel(nothing, z.strictObject({ dashboard: practiceDashboardView })),
};
