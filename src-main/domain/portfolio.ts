import { isActionItemOverdue, type ActionItem } from './action-item';
import type { Client } from './client';
import type { ClientSummary } from './client-list';
import { clientRhythm } from './client-rhythm';
import { byMeetingTime, type Meeting } from './meeting';
import { roundHalfUp } from './money';
import { addMonths, monthOfDate, type IsoDate } from './months';
import { nonRecurringRevenue, type NonRecurringRevenue } from './non-recurring-revenue';
import type { Proposal } from './proposal';
import type { Settings } from './settings';
import type { Touch } from './touch';

/** One vCIO's benchmark capacity (PRODUCT.md §9). */
export const VCIO_BENCHMARK = { clients: 40, mrrCents: 12_000_000 };

export function practicePortfolio(summaries: readonly ClientSummary[]) {
  const active = summaries.filter((client) => client.status === 'active' && !client.archived);
  const totalMrrCents = active.reduce((sum, client) => sum + client.mrrCents, 0);
  const users = active.reduce((sum, client) => sum + client.users, 0);
  return {
    activeClients: active.length,
    prospects: summaries.filter((client) => client.status === 'prospect' && !client.archived).length,
    totalMrrCents,
    users,
    endpoints: active.reduce((sum, client) => sum + client.endpoints, 0),
    averageAispCents: users > 0 ? roundHalfUp(totalMrrCents / users) : null,
    benchmark: VCIO_BENCHMARK,
    clientCapacityPercent: (active.length / VCIO_BENCHMARK.clients) * 100,
    mrrCapacityPercent: (totalMrrCents / VCIO_BENCHMARK.mrrCents) * 100,
    withoutDecisionMaker: active.filter((client) => client.decisionMakerCount === 0),
    withoutBudget: active.filter((client) => !client.hasBudget),
  };
}
export type Portfolio = ReturnType<typeof practicePortfolio>;

export interface ClientRef {
  id: string;
  name: string;
}

export interface AlignmentScore {
  clientId: string;
  /** The latest completed review's score; undefined when nothing in it was answered. */
  score: number | undefined;
  date: IsoDate;
}

export interface PracticeDashboard {
  portfolio: Portfolio;
  nonRecurring: NonRecurringRevenue;
  meetings: {
    /** Meetings (not cancelled) dated this month, and how many of them are held. */
    thisMonth: number;
    heldThisMonth: number;
    /** Planned meetings from today over the next 30 days. */
    plannedNext30Days: number;
    /** Planned meetings whose day has passed without being marked held or cancelled. */
    overdue: Array<{ meetingId: string; client: ClientRef; date: IsoDate; type: Meeting['type'] }>;
  };
  actionItems: { open: number; overdue: number };
  /** Active clients with no meeting held in the last three months. */
  withoutRecentMeeting: ClientRef[];
  /** Active clients whose unique touches this month are below their cadence. */
  touchesBehind: Array<ClientRef & { touches: number; wanted: number }>;
  /** The lowest latest alignment scores first; null when scoring is not available. */
  lowestAlignment: Array<ClientRef & { score: number | undefined; date: IsoDate }> | null;
}

export interface PracticeDashboardInput {
  summaries: readonly ClientSummary[];
  clients: readonly Client[];
  meetings: readonly Meeting[];
  actionItems: readonly ActionItem[];
  touches: readonly Touch[];
  proposals: readonly Proposal[];
  settings: Pick<Settings, 'markups' | 'labourRateCents'>;
  today: IsoDate;
  alignmentScores: readonly AlignmentScore[] | null;
}

/** The practice at a glance (PRODUCT.md §9), each list naming the clients that need something. */
export function practiceDashboard(input: PracticeDashboardInput): PracticeDashboard {
  const portfolio = practicePortfolio(input.summaries);
  const active = input.clients.filter((client) => client.status === 'active' && client.archivedAt === null);
  const names = new Map(input.clients.map((client) => [client.id, client.name]));
  const refOf = (clientId: string): ClientRef => ({ id: clientId, name: names.get(clientId) ?? '' });
  const month = monthOfDate(input.today);
  const quarterAgo = `${addMonths(month, -3)}${input.today.slice(7)}`;
  const current = input.meetings.filter((meeting) => meeting.status !== 'cancelled' && names.has(meeting.clientId));
  const thisMonth = current.filter((meeting) => monthOfDate(meeting.date) === month);
  const open = input.actionItems.filter((item) => item.status === 'open');
  const in30Days = new Date(`${input.today}T00:00:00Z`);
  in30Days.setUTCDate(in30Days.getUTCDate() + 30);

  const scored = input.alignmentScores
    ?.filter((entry) => active.some((client) => client.id === entry.clientId))
    .sort((a, b) => (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY));

  return {
    portfolio,
    nonRecurring: nonRecurringRevenue({ proposals: input.proposals, settings: input.settings, totalMrrCents: portfolio.totalMrrCents, today: input.today }),
    meetings: {
      thisMonth: thisMonth.length,
      heldThisMonth: thisMonth.filter((meeting) => meeting.status === 'held').length,
      plannedNext30Days: current.filter((meeting) => meeting.status === 'planned' && meeting.date >= input.today && meeting.date <= in30Days.toISOString().slice(0, 10)).length,
      overdue: current
        .filter((meeting) => meeting.status === 'planned' && meeting.date < input.today)
        .sort(byMeetingTime)
        .map((meeting) => ({ meetingId: meeting.id, client: refOf(meeting.clientId), date: meeting.date, type: meeting.type })),
    },
    actionItems: { open: open.length, overdue: open.filter((item) => isActionItemOverdue(item, input.today)).length },
    withoutRecentMeeting: active
      .filter((client) => !current.some((meeting) => meeting.clientId === client.id && meeting.status === 'held' && meeting.date > quarterAgo && meeting.date <= input.today))
      .map((client) => refOf(client.id)),
    touchesBehind: active.flatMap((client) => {
      const rhythm = clientRhythm(client, input.meetings, input.touches, input.today);
      return rhythm.touchesMet ? [] : [{ ...refOf(client.id), touches: rhythm.touchesThisMonth, wanted: rhythm.cadence.touchesPerMonth }];
    }),
    lowestAlignment: scored ? scored.slice(0, 5).map((entry) => ({ ...refOf(entry.clientId), score: entry.score, date: entry.date })) : null,
  };
}
