import { describe, expect, it } from 'vitest';
import { objectivesFromCadence, playbookSummary, type PlaybookInput } from '../../src-main/domain/playbook';
import { makeClient } from './factories';
import { makeMeeting, makeProposal, makeReview, makeTouch, middayOf } from './meeting-factories';

const clients = [
  makeClient({ id: 'c-dental', name: 'Dental', complexity: 8 }),
  makeClient({ id: 'c-law', name: 'Law', complexity: 5 }),
  makeClient({ id: 'c-override', name: 'Override', complexity: 3, cadenceOverride: { strategyMeetingsPerYear: 12, touchesPerMonth: 3 } }),
  makeClient({ id: 'c-prospect', name: 'Prospect', status: 'prospect', complexity: 9 }),
  makeClient({ id: 'c-archived', name: 'Archived', complexity: 9, archivedAt: '2026-06-01T00:00:00.000Z' }),
];

function input(overrides: Partial<PlaybookInput> = {}): PlaybookInput {
  return { year: 2027, clients, touches: [], meetings: [], reviews: [], proposals: [], stored: [], ...overrides };
}

describe('playbook objectives from the cadence', () => {
  it('sums the active clients’ cadence: touches × 12, meetings, reviews at most quarterly, a budget each, a proposal a meeting', () => {
    // Dental 6 meetings / 2 touches, Law 4 / 1, Override 12 / 3; the prospect and the archived client do not count.
    expect(objectivesFromCadence(clients)).toEqual({
      uniqueTouches: (2 + 1 + 3) * 12,
      escalatedIssues: null,
      clientMeetings: 6 + 4 + 12,
      technologySummaries: 4 + 4 + 4,
      budgetsCompleted: 3,
      proposalsCompleted: 6 + 4 + 12,
    });
  });
});

describe('playbook annual summary', () => {
  it('counts each activity in its month, from the records', () => {
    const summary = playbookSummary(
      input({
        touches: [
          makeTouch({ id: 't1', date: '2027-01-05', contactId: null }),
          makeTouch({ id: 't2', date: '2027-01-05', contactId: null }),
          makeTouch({ id: 't3', date: '2027-02-01', clientId: 'c-law', contactId: 'person-a' }),
          makeTouch({ id: 't4', date: '2027-02-01', clientId: 'c-law', contactId: 'person-a', channel: 'email' }),
          makeTouch({ id: 't5', date: '2027-02-02', clientId: 'c-law', contactId: 'person-a' }),
          makeTouch({ id: 't6', date: '2027-02-09', kind: 'escalation' }),
          makeTouch({ id: 't7', date: '2026-12-31' }),
        ],
        meetings: [
          makeMeeting({ id: 'm1', date: '2027-03-09', status: 'held', budgetReviewed: true }),
          makeMeeting({ id: 'm2', date: '2027-03-23', status: 'held', type: 'checkIn', budgetReviewed: true }),
          makeMeeting({ id: 'm3', date: '2027-03-30', status: 'held', clientId: 'c-law', budgetReviewed: true }),
          makeMeeting({ id: 'm4', date: '2027-03-31', status: 'planned', budgetReviewed: true }),
          makeMeeting({ id: 'm5', date: '2027-04-01', status: 'cancelled' }),
        ],
        reviews: [
          makeReview({ id: 'r1', date: '2027-04-28', completedAt: middayOf('2027-05-02') }),
          makeReview({ id: 'r2', status: 'inProgress', completedAt: null }),
        ],
        proposals: [
          makeProposal({ id: 'p1', status: 'sent', issueDate: '2027-06-01' }),
          makeProposal({ id: 'p2', status: 'accepted', issueDate: '2027-06-15' }),
          makeProposal({ id: 'p3', status: 'declined', issueDate: '2027-07-15' }),
          makeProposal({ id: 'p4', status: 'draft', issueDate: '2027-07-20' }),
        ],
      }),
    );
    const month = (number: number) => summary.months[number - 1]!.counts;
    expect(summary.months.map((row) => row.month)).toEqual(Array.from({ length: 12 }, (_, index) => `2027-${String(index + 1).padStart(2, '0')}`));
    // Two touches logged without a contact are two; a call and an email to one person on one day are one.
    expect(month(1).uniqueTouches).toBe(2);
    expect(month(2).uniqueTouches).toBe(2);
    expect(month(2).escalatedIssues).toBe(1);
    expect(month(3).clientMeetings).toBe(3);
    // Two held meetings of one client in March reviewed its budget: one budget completed; the other client's one more.
    expect(month(3).budgetsCompleted).toBe(2);
    expect(month(5).technologySummaries).toBe(1);
    expect(month(6).proposalsCompleted).toBe(2);
    expect(month(7).proposalsCompleted).toBe(1);
    expect(summary.totals).toEqual({ uniqueTouches: 4, escalatedIssues: 1, clientMeetings: 3, technologySummaries: 1, budgetsCompleted: 2, proposalsCompleted: 3 });
    expect(summary.activeClients).toBe(3);
  });

  it('takes the consultant’s objectives for the year where set, the cadence’s elsewhere', () => {
    const stored = [
      { year: 2027, objectives: { uniqueTouches: 100, escalatedIssues: 12, clientMeetings: null, technologySummaries: null, budgetsCompleted: null, proposalsCompleted: 0 } },
      { year: 2026, objectives: { uniqueTouches: 5, escalatedIssues: null, clientMeetings: 5, technologySummaries: null, budgetsCompleted: null, proposalsCompleted: null } },
    ];
    const { objectives } = playbookSummary(input({ stored }));
    expect(objectives.uniqueTouches).toEqual({ value: 100, fromCadence: 72, edited: true });
    expect(objectives.escalatedIssues).toEqual({ value: 12, fromCadence: null, edited: true });
    expect(objectives.clientMeetings).toEqual({ value: 22, fromCadence: 22, edited: false });
    expect(objectives.proposalsCompleted).toEqual({ value: 0, fromCadence: 22, edited: true });
  });
});
