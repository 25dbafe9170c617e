import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionItem } from '../../src-main/domain/action-item';
import { agendaFromTemplate, DEFAULT_AGENDA_TEMPLATES } from '../../src-main/domain/agenda-templates';
import { CANVASS_BLOCKS, DISCOVERY_TOPICS, emptyCanvassContent, type Canvass } from '../../src-main/domain/canvass';
import type { Client } from '../../src-main/domain/client';
import type { Goal } from '../../src-main/domain/goal';
import type { Initiative } from '../../src-main/domain/initiative';
import { MEETING_DEFAULTS, type Meeting, type MeetingType } from '../../src-main/domain/meeting';
import { addMonths, type Month } from '../../src-main/domain/months';
import type { Proposal } from '../../src-main/domain/proposal';
import type { AlignmentReview } from '../../src-main/domain/review';
import { applicableStandards, newReviewItems } from '../../src-main/domain/review-items';
import type { Standard } from '../../src-main/domain/standard';
import { DEFAULT_LIBRARY_FILE, defaultLibraryFile, defaultLibraryOf, type DefaultLibrary } from '../../src-main/domain/standards-library';
import type { Touch } from '../../src-main/domain/touch';
import { REPOSITORY_ROOT } from '../harness/test-platform';

/**
 * The strategy side of a synthetic client, as a consultant's year leaves it: one completed
 * alignment review over the default library (and, for the client the interactions use, one in
 * progress), a canvass with goals, a year of meetings with agendas, minutes and action items,
 * touches, and a proposal for its top-ranked initiative. Small valid records, built from a seeded
 * random source so the same seed gives the same practice; checked with the app's schemas by the caller.
 */

export interface StrategyRecords {
  reviews: AlignmentReview[];
  canvasses: Canvass[];
  goals: Goal[];
  meetings: Meeting[];
  actionItems: ActionItem[];
  touches: Touch[];
  proposals: Proposal[];
}

export interface StrategyDice {
  random: () => number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

const STAMP = '2026-01-15T09:30:00.000Z';

let library: DefaultLibrary | null = null;
/** The default standards library the app ships, as a practice receives it. */
export function benchLibrary(): DefaultLibrary {
  library ??= defaultLibraryOf(defaultLibraryFile.parse(JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'resources', DEFAULT_LIBRARY_FILE), 'utf8'))), STAMP);
  return library;
}

const NOTES = [
  'Owner-led, two partners sign off on spending',
  'Most work arrives through referrals',
  'Line-of-business application hosted in the cloud',
  'Seasonal peak in the spring',
  'Bookkeeping outsourced to a local firm',
  'Staff work from two offices and from home',
  'Customer records must be kept for seven years',
  'Growth through a second location next year',
];
const GOALS = ['Open a second location', 'Halve the time to onboard a new hire', 'Pass the insurer’s cyber questionnaire', 'Move every file to the cloud', 'Cut unplanned downtime'];
const ACTIONS = ['Send the renewal quote for the firewall', 'Confirm the budget for laptop refresh', 'Book the Wi-Fi survey', 'Share the backup test report', 'Collect the list of leavers for licence clean-up'];
const MINUTES = 'We went through the roadmap and the budget; the client agreed to move the laptop refresh forward and asked for a quote.';

function day(month: Month, dice: StrategyDice): string {
  return `${month}-${String(dice.int(2, 27)).padStart(2, '0')}`;
}

/** A review of the client's applicable standards, answered from the dice (most aligned), or left half answered. */
function makeReview(dice: StrategyDice, client: Client, standards: readonly Standard[], id: string, date: string, completed: boolean, startedFromId: string | null): AlignmentReview {
  const items = newReviewItems(applicableStandards(standards, client), null, new Set()).map((item) => {
    if (!completed) return item;
    const roll = dice.random();
    const answer = roll < 0.7 ? 'aligned' : roll < 0.95 ? 'misaligned' : 'notApplicable';
    return { ...item, answer, note: answer === 'misaligned' && dice.chance(0.3) ? 'Seen on site; the client knows and agreed to fix it.' : '' } as typeof item;
  });
  const stamp = `${date}T16:00:00.000Z`;
  return {
    id,
    clientId: client.id,
    date,
    title: completed ? 'Quarterly alignment review' : 'This quarter’s review',
    status: completed ? 'completed' : 'inProgress',
    startedFromId,
    items,
    privateNotes: '',
    completedAt: completed ? stamp : null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function makeCanvass(dice: StrategyDice, client: Client): Canvass {
  const content = emptyCanvassContent();
  for (const block of CANVASS_BLOCKS) {
    const count = dice.int(1, 4);
    content.blocks[block] = Array.from({ length: count }, (_unused, index) => ({ id: `${client.id}n${block}${index}`, text: dice.pick(NOTES) }));
  }
  for (const topic of DISCOVERY_TOPICS) content.discovery[topic] = dice.chance(0.7) ? `${dice.pick(NOTES)}.` : '';
  content.trajectory = dice.pick(['growing', 'stable', 'shrinking'] as const);
  return { ...content, clientId: client.id, updatedAt: STAMP };
}

const MEETING_PLAN: ReadonlyArray<{ monthsFromNow: number; type: MeetingType }> = [
  { monthsFromNow: -11, type: 'strategy' },
  { monthsFromNow: -8, type: 'alignmentVisit' },
  { monthsFromNow: -5, type: 'businessReview' },
  { monthsFromNow: -2, type: 'strategy' },
  { monthsFromNow: 1, type: 'alignmentVisit' },
  { monthsFromNow: 4, type: 'businessReview' },
];

export function makeStrategy(dice: StrategyDice, client: Client, initiatives: Initiative[], today: Month, withReviewInProgress: boolean): StrategyRecords {
  const records: StrategyRecords = { reviews: [], canvasses: [], goals: [], meetings: [], actionItems: [], touches: [], proposals: [] };
  const standards = benchLibrary().standards;
  const reviewId = `${client.id}r1`;
  const review = makeReview(dice, client, standards, reviewId, day(addMonths(today, -3), dice), true, null);
  records.reviews.push(review);
  if (withReviewInProgress) records.reviews.push(makeReview(dice, client, standards, `${client.id}r2`, day(today, dice), false, reviewId));
  // The top-ranked initiative answers the review's first misaligned finding, as a consultant links them.
  const finding = review.items.find((item) => item.answer === 'misaligned');
  const top = initiatives[0];
  if (finding && top) {
    finding.initiativeId = top.id;
    top.why.standardIds.push(finding.standardId);
    top.why.reviewIds.push(reviewId);
  }

  records.canvasses.push(makeCanvass(dice, client));
  for (let index = 0; index < 2; index += 1) {
    const goalId = `${client.id}g${index}`;
    records.goals.push({ id: goalId, clientId: client.id, title: dice.pick(GOALS), horizon: dice.pick(['thisYear', 'twoYears', 'threeYears'] as const), measureOfSuccess: '', status: 'open', createdAt: STAMP, updatedAt: STAMP });
    initiatives[index]?.why.goalIds.push(goalId);
  }

  const contact = client.contacts[0]?.id ?? null;
  for (const [index, plan] of MEETING_PLAN.entries()) {
    const held = plan.monthsFromNow < 0;
    const meetingId = `${client.id}m${index}`;
    const template = DEFAULT_AGENDA_TEMPLATES.find((candidate) => candidate.meetingType === plan.type) ?? DEFAULT_AGENDA_TEMPLATES[0]!;
    let agendaIndex = 0;
    const date = day(addMonths(today, plan.monthsFromNow), dice);
    records.meetings.push({
      ...MEETING_DEFAULTS,
      id: meetingId,
      clientId: client.id,
      type: plan.type,
      date,
      time: dice.pick(['09:00', '10:30', '14:00']),
      status: held ? 'held' : 'planned',
      attendeeIds: contact ? [contact] : [],
      agenda: agendaFromTemplate(template, () => `${meetingId}a${(agendaIndex += 1)}`),
      minutes: held ? MINUTES : '',
      decisions: held ? 'Laptop refresh moves forward a quarter.' : '',
      budgetReviewed: held && plan.type === 'businessReview',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    if (!held) continue;
    for (let action = 0; action < 2; action += 1) {
      const done = plan.monthsFromNow < -3 || dice.chance(0.3);
      records.actionItems.push({
        id: `${meetingId}x${action}`,
        clientId: client.id,
        text: dice.pick(ACTIONS),
        owner: dice.pick(['Jordan', 'Sam', 'Client']),
        dueDate: day(addMonths(today, plan.monthsFromNow + 1), dice),
        status: done ? 'done' : 'open',
        resolution: done ? 'Done and confirmed by email.' : '',
        meetingId,
        closedAt: done ? STAMP : null,
        createdAt: STAMP,
        updatedAt: STAMP,
      });
    }
  }
  for (let index = 0; index < 6; index += 1) {
    records.touches.push({
      id: `${client.id}t${index}`,
      clientId: client.id,
      kind: 'touch',
      date: day(addMonths(today, -index * 2), dice),
      channel: dice.pick(['call', 'email', 'video', 'visit'] as const),
      contactId: contact,
      summary: 'Checked in on the open action items.',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }

  if (top) {
    const issueDate = day(addMonths(today, -1), dice);
    const validUntil = `${addMonths(issueDate.slice(0, 7), 1)}-28`;
    records.proposals.push({
      id: `${client.id}q1`,
      clientId: client.id,
      title: top.title,
      initiativeId: top.id,
      summary: top.description,
      steps: ['Survey and plan', 'Order and stage the equipment', 'Cut over after hours', 'Hand over and document'].map((title, index) => ({ id: `${client.id}q1s${index}`, title, detail: '' })),
      time: { projectManagementHours: dice.int(2, 10), implementationHours: dice.int(8, 60), standbyHours: 2, closeOutHours: 1.5 },
      lineItems: Array.from({ length: 6 }, (_unused, index) => ({
        id: `${client.id}q1l${index}`,
        kind: dice.pick(['hardware', 'software', 'service'] as const),
        description: dice.pick(['Business laptop, 16 GB', 'Firewall appliance', 'Microsoft 365 Business Premium', 'Managed backup per device', 'Rack-mount UPS']),
        quantity: dice.int(1, 20),
        unitCostCents: dice.int(20, 2_000) * 100,
        markupPercent: dice.chance(0.5) ? null : 20,
        billing: index % 3 === 2 ? 'monthly' : 'oneTime',
        catalogueItemId: null,
      })),
      resources: [{ id: `${client.id}q1p`, role: 'Project lead', who: 'Jordan Reyes' }],
      assumptions: 'The client gives after-hours access to the office.',
      outOfScope: 'Printers and phones.',
      issueDate,
      validUntil,
      status: 'sent',
      decision: { date: null, by: '', note: '' },
      internalNotes: '',
      decidedAt: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }
  return records;
}
