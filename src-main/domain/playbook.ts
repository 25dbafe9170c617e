import { clientCadence } from './cadence';
import type { Client } from './client';
import type { Meeting } from './meeting';
import { isoDateOfLocalDate, monthLabel, monthOfDate, type Month } from './months';
import { PLAYBOOK_ACTIVITIES, type PlaybookActivity, type PlaybookObjectiveYear } from './playbook-objectives';
import type { Proposal, ProposalStatus } from './proposal';
import type { AlignmentReview } from './review';
import { uniqueTouchCount, type Touch } from './touch';

/**
 * The playbook's annual summary (PRODUCT.md §9): for each month of a calendar year, what the
 * practice did, counted from the records, against an annual objective that the cadence gives and
 * the consultant can change.
 */

/** How each activity is counted, in the consultant's words (shown on screen and in the workbook). */
export const PLAYBOOK_ACTIVITY_DEFINITIONS: Record<PlaybookActivity, string> = {
  uniqueTouches: 'Touches logged with a decision maker, once a person a day.',
  escalatedIssues: 'Escalated issues logged in the touch log.',
  clientMeetings: 'Meetings marked as held, of any type.',
  technologySummaries: 'Alignment reviews completed, in the month they were completed.',
  budgetsCompleted: 'Held meetings where the budget was reviewed with the client, once a client a month.',
  proposalsCompleted: 'Proposals sent to the client (sent, accepted or declined), in the month of their issue date.',
};

/** How each objective follows from the cadence of the active clients. */
export const PLAYBOOK_OBJECTIVE_RULES: Record<PlaybookActivity, string> = {
  uniqueTouches: 'Each client’s touches a month × 12.',
  escalatedIssues: 'No objective unless you set one: escalations are tracked, not targeted.',
  clientMeetings: 'Each client’s strategy meetings a year.',
  technologySummaries: 'One completed review before each strategy meeting, at most one a quarter.',
  budgetsCompleted: 'One reviewed budget a client a year.',
  proposalsCompleted: 'One proposal out of each strategy meeting.',
};

const COMPLETED_PROPOSALS: readonly ProposalStatus[] = ['sent', 'accepted', 'declined'];

export type ActivityCounts = Record<PlaybookActivity, number>;

export interface PlaybookObjective {
  /** The objective in force: the consultant's, else the cadence's; null when there is none. */
  value: number | null;
  fromCadence: number | null;
  edited: boolean;
}

export interface PlaybookSummary {
  year: number;
  activeClients: number;
  months: { month: Month; label: string; counts: ActivityCounts }[];
  objectives: Record<PlaybookActivity, PlaybookObjective>;
  totals: ActivityCounts;
}

export interface PlaybookInput {
  year: number;
  clients: readonly Client[];
  touches: readonly Touch[];
  meetings: readonly Meeting[];
  reviews: readonly AlignmentReview[];
  proposals: readonly Proposal[];
  stored: readonly PlaybookObjectiveYear[];
}

function zeroCounts(): ActivityCounts {
  return Object.fromEntries(PLAYBOOK_ACTIVITIES.map((activity) => [activity, 0])) as ActivityCounts;
}

export function isActiveClient(subject: Pick<Client, 'status' | 'archivedAt'>): boolean {
  return subject.status === 'active' && subject.archivedAt === null;
}

/** The annual objectives the cadence of the active clients gives. */
export function objectivesFromCadence(clients: readonly Client[]): Record<PlaybookActivity, number | null> {
  const cadences = clients.filter(isActiveClient).map(clientCadence);
  const sum = (pick: (cadence: (typeof cadences)[number]) => number) => cadences.reduce((total, cadence) => total + pick(cadence), 0);
  return {
    uniqueTouches: sum((cadence) => cadence.touchesPerMonth * 12),
    escalatedIssues: null,
    clientMeetings: sum((cadence) => cadence.strategyMeetingsPerYear),
    technologySummaries: sum((cadence) => Math.min(cadence.strategyMeetingsPerYear, 4)),
    budgetsCompleted: cadences.length,
    proposalsCompleted: sum((cadence) => cadence.strategyMeetingsPerYear),
  };
}

export function playbookSummary(input: PlaybookInput): PlaybookSummary {
  const year = String(input.year).padStart(4, '0');
  const months = Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
  const counts = new Map(months.map((month) => [month, zeroCounts()]));
  const add = (month: Month, activity: PlaybookActivity, amount = 1) => {
    const bucket = counts.get(month);
    if (bucket) bucket[activity] += amount;
  };

  for (const month of months) {
    const inMonth = input.touches.filter((entry) => monthOfDate(entry.date) === month);
    add(month, 'uniqueTouches', uniqueTouchCount(inMonth));
    add(month, 'escalatedIssues', inMonth.filter((entry) => entry.kind === 'escalation').length);
  }
  const budgets = new Set<string>();
  for (const meeting of input.meetings) {
    if (meeting.status !== 'held') continue;
    add(monthOfDate(meeting.date), 'clientMeetings');
    if (meeting.budgetReviewed) budgets.add(`${meeting.clientId}|${monthOfDate(meeting.date)}`);
  }
  for (const key of budgets) add(key.slice(key.indexOf('|') + 1), 'budgetsCompleted');
  for (const review of input.reviews) {
    if (review.status === 'completed' && review.completedAt) add(monthOfDate(isoDateOfLocalDate(new Date(review.completedAt))), 'technologySummaries');
  }
  for (const proposal of input.proposals) {
    if (COMPLETED_PROPOSALS.includes(proposal.status)) add(monthOfDate(proposal.issueDate), 'proposalsCompleted');
  }

  const fromCadence = objectivesFromCadence(input.clients);
  const stored = input.stored.find((entry) => entry.year === input.year)?.objectives;
  const objectives = Object.fromEntries(
    PLAYBOOK_ACTIVITIES.map((activity) => {
      const own = stored?.[activity] ?? null;
      return [activity, { value: own ?? fromCadence[activity], fromCadence: fromCadence[activity], edited: own !== null }];
    }),
  ) as Record<PlaybookActivity, PlaybookObjective>;

  const rows = months.map((month) => ({ month, label: monthLabel(month), counts: counts.get(month)! }));
  const totals = zeroCounts();
  for (const row of rows) for (const activity of PLAYBOOK_ACTIVITIES) totals[activity] += row.counts[activity];
  return { year: input.year, activeClients: input.clients.filter(isActiveClient).length, months: rows, objectives, totals };
}
