import { describe, expect, it } from 'vitest';
import { byActionItemDue, isActionItemOverdue, matchesActionItemFilter } from '../../src-main/domain/action-item';
import { clientRhythm } from '../../src-main/domain/client-rhythm';
import { nonRecurringRevenue } from '../../src-main/domain/non-recurring-revenue';
import { proposalValueCents } from '../../src-main/domain/proposal-pricing';
import { practiceDashboard, type PracticeDashboardInput } from '../../src-main/domain/portfolio';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { uniqueTouchCount } from '../../src-main/domain/touch';
import { clientSummaries } from '../../src-main/api/handlers/clients';
import { emptyPractice } from '../../src-main/domain/practice';
import { makeClient, makeService } from './factories';
import { makeActionItem, makeMeeting, makeProposal, makeTouch, middayOf } from './meeting-factories';

const TODAY = '2027-03-10';

describe('unique touches and a client’s rhythm', () => {
  it('counts a decision maker once a day, and never an escalation', () => {
    const touches = [
      makeTouch({ id: 'a', contactId: 'maya', date: '2027-03-02' }),
      makeTouch({ id: 'b', contactId: 'maya', date: '2027-03-02', channel: 'email' }),
      makeTouch({ id: 'c', contactId: 'maya', date: '2027-03-03' }),
      makeTouch({ id: 'd', contactId: 'sam', date: '2027-03-03' }),
      makeTouch({ id: 'e', contactId: null, date: '2027-03-03' }),
      makeTouch({ id: 'f', contactId: null, date: '2027-03-03' }),
      makeTouch({ id: 'g', contactId: 'maya', date: '2027-03-04', kind: 'escalation' }),
    ];
    expect(uniqueTouchCount(touches)).toBe(5);
  });

  it('says when the client was last touched and whether this month meets its cadence', () => {
    const client = makeClient({ complexity: 8 });
    const touches = [
      makeTouch({ id: 'feb', date: '2027-02-20', contactId: 'maya' }),
      makeTouch({ id: 'mar', date: '2027-03-04', contactId: 'maya', channel: 'video' }),
      makeTouch({ id: 'esc', date: '2027-03-06', kind: 'escalation' }),
      makeTouch({ id: 'future', date: '2027-03-25', contactId: 'sam' }),
    ];
    const meetings = [
      makeMeeting({ id: 'held', date: '2027-01-12', status: 'held' }),
      makeMeeting({ id: 'cancelled', date: '2027-03-20', status: 'cancelled' }),
      makeMeeting({ id: 'next', date: '2027-05-11', time: '08:30' }),
      makeMeeting({ id: 'later', date: '2028-03-10' }),
      makeMeeting({ id: 'check', date: '2027-04-01', type: 'checkIn' }),
    ];
    const rhythm = clientRhythm(client, meetings, touches, TODAY);
    expect(rhythm.cadence).toEqual({ strategyMeetingsPerYear: 6, touchesPerMonth: 2, overridden: false });
    expect(rhythm.lastTouch).toEqual({ id: 'mar', date: '2027-03-04', channel: 'video', contactId: 'maya' });
    expect(rhythm.touchesThisMonth).toBe(1);
    expect(rhythm.touchesMet).toBe(false);
    expect(rhythm.escalationsThisMonth).toBe(1);
    expect(rhythm.lastHeldMeeting).toEqual({ id: 'held', date: '2027-01-12', type: 'strategy' });
    expect(rhythm.nextMeeting).toEqual({ id: 'check', date: '2027-04-01', time: '09:00', type: 'checkIn' });
    expect(rhythm.strategyMeetingsNext12Months).toBe(1);
    expect(clientRhythm(makeClient({ complexity: 3 }), meetings, touches, TODAY).touchesMet).toBe(true);
  });
});

describe('action items', () => {
  const items = [
    makeActionItem({ id: 'late', text: 'Late', dueDate: '2027-03-01', owner: 'Dana' }),
    makeActionItem({ id: 'soon', text: 'Soon', dueDate: '2027-03-15', owner: 'Paula', clientId: 'client-cedar-law' }),
    makeActionItem({ id: 'month', text: 'Month', dueDate: '2027-04-05', owner: 'dana' }),
    makeActionItem({ id: 'undated', text: 'Undated', dueDate: null }),
    makeActionItem({ id: 'closed', text: 'Closed late', dueDate: '2027-01-01', status: 'done', resolution: 'Done', closedAt: middayOf('2027-01-02') }),
  ];

  it('are overdue when open and past their due date, not on the day itself', () => {
    expect(items.filter((item) => isActionItemOverdue(item, TODAY)).map((item) => item.id)).toEqual(['late']);
    expect(isActionItemOverdue(makeActionItem({ dueDate: TODAY }), TODAY)).toBe(false);
  });

  it('filter by client, owner (any case) and due', () => {
    const pick = (filter: Parameters<typeof matchesActionItemFilter>[1]) => items.filter((item) => matchesActionItemFilter(item, filter, TODAY)).map((item) => item.id);
    expect(pick({ clientId: 'client-cedar-law', owner: null, due: 'any' })).toEqual(['soon']);
    expect(pick({ clientId: null, owner: 'DANA', due: 'any' })).toEqual(['late', 'month']);
    expect(pick({ clientId: null, owner: null, due: 'overdue' })).toEqual(['late']);
    expect(pick({ clientId: null, owner: null, due: 'next7' })).toEqual(['late', 'soon', 'closed']);
    expect(pick({ clientId: null, owner: null, due: 'next30' })).toEqual(['late', 'soon', 'month', 'closed']);
    expect(pick({ clientId: null, owner: null, due: 'noDate' })).toEqual(['undated']);
  });

  it('sort by due date, undated last', () => {
    expect([...items].sort(byActionItemDue).map((item) => item.id)).toEqual(['closed', 'late', 'soon', 'month', 'undated']);
  });
});

describe('non-recurring revenue', () => {
  const settings = { markups: { asset: 30, initiativeOneTime: 25, service: 10, recurring: 0 }, labourRateCents: 15_000 };
  const line = (id: string, kind: 'hardware' | 'software' | 'service', billing: 'oneTime' | 'monthly', quantity: number, unitCostCents: number, markupPercent: number | null) => ({
    id,
    kind,
    description: id,
    quantity,
    unitCostCents,
    markupPercent,
    billing,
    catalogueItemId: null,
  });

  it('values a proposal at its one-time client price: one-time lines with markup plus hours at the labour rate', () => {
    const subject = makeProposal({
      lineItems: [
        line('firewall', 'hardware', 'oneTime', 1, 200_000, null),
        line('licences', 'software', 'oneTime', 3, 10_001, 30),
        line('setup', 'service', 'oneTime', 1, 50_000, null),
        line('monitoring', 'service', 'monthly', 1, 9_900, null),
      ],
      time: { projectManagementHours: 2, implementationHours: 6.5, standbyHours: 0, closeOutHours: 1 },
    });
    // The same value the proposal shows: one-time lines at the one-time markup unless their own, so
    // 200,000 × 1.25 + 3 × round(10,001 × 1.3) + 50,000 × 1.25 + 9.5 h × 150.00
    expect(proposalValueCents(subject, settings)).toBe(250_000 + 3 * 13_001 + 62_500 + 142_500);
  });

  it('averages accepted proposals of the trailing twelve months over twelve months, as a share of MRR', () => {
    const accepted = (id: string, decided: string, cents: number) =>
      makeProposal({ id, status: 'accepted', decidedAt: middayOf(decided), lineItems: [line(id, 'hardware', 'oneTime', 1, cents, 0)] });
    const proposals = [
      accepted('recent', '2027-02-01', 1_200_000),
      accepted('year-ago', '2026-03-11', 600_000),
      accepted('too-old', '2026-03-10', 9_000_000),
      makeProposal({ id: 'sent', status: 'sent', lineItems: [line('x', 'hardware', 'oneTime', 1, 5_000_000, 0)] }),
      makeProposal({ id: 'by-date', status: 'accepted', decision: { date: '2026-12-01', by: 'Maya', note: '' }, lineItems: [line('y', 'hardware', 'oneTime', 1, 600_000, 0)] }),
    ];
    const result = nonRecurringRevenue({ proposals, settings, totalMrrCents: 1_000_000, today: TODAY });
    expect(result).toEqual({ acceptedCount: 3, trailingValueCents: 2_400_000, monthlyCents: 200_000, sharePercent: 20 });
  });

  it('has no share without accepted proposals or without MRR', () => {
    expect(nonRecurringRevenue({ proposals: [], settings, totalMrrCents: 1_000_000, today: TODAY }).sharePercent).toBeNull();
    const one = makeProposal({ status: 'accepted', decidedAt: middayOf('2027-03-01') });
    expect(nonRecurringRevenue({ proposals: [one], settings, totalMrrCents: 0, today: TODAY }).sharePercent).toBeNull();
  });
});

describe('practice dashboard', () => {
  const dental = makeClient({ id: 'dental', name: 'Dental', mrrCents: 300_000, users: 24, contacts: [{ id: 'maya', name: 'Maya', role: '', email: '', phone: '', decisionMaker: true }] });
  const law = makeClient({ id: 'law', name: 'Law', mrrCents: 150_000, users: 10 });
  const prospect = makeClient({ id: 'prospect', name: 'Prospect', status: 'prospect' });

  function input(overrides: Partial<PracticeDashboardInput> = {}): PracticeDashboardInput {
    const data = { ...emptyPractice(), clients: [dental, law, prospect], services: [makeService({ clientId: 'dental' })] };
    return {
      summaries: clientSummaries(data),
      clients: data.clients,
      meetings: [],
      actionItems: [],
      touches: [],
      proposals: [],
      settings: DEFAULT_SETTINGS,
      today: TODAY,
      alignmentScores: null,
      ...overrides,
    };
  }

  it('counts meetings this month and planned meetings whose day has passed', () => {
    const meetings = [
      makeMeeting({ id: 'held', clientId: 'dental', date: '2027-03-02', status: 'held' }),
      makeMeeting({ id: 'overdue', clientId: 'law', date: '2027-03-09', status: 'planned' }),
      makeMeeting({ id: 'ahead', clientId: 'dental', date: '2027-03-30', status: 'planned' }),
      makeMeeting({ id: 'cancelled', clientId: 'dental', date: '2027-03-03', status: 'cancelled' }),
      makeMeeting({ id: 'last-month', clientId: 'law', date: '2027-02-27', status: 'planned' }),
    ];
    const dashboard = practiceDashboard(input({ meetings }));
    expect(dashboard.meetings.thisMonth).toBe(3);
    expect(dashboard.meetings.heldThisMonth).toBe(1);
    // From 2027-03-10 to 2027-04-09: the one planned on 2027-03-30 (the overdue ones are behind).
    expect(dashboard.meetings.plannedNext30Days).toBe(1);
    expect(dashboard.meetings.overdue.map((entry) => [entry.meetingId, entry.client.name])).toEqual([
      ['last-month', 'Law'],
      ['overdue', 'Law'],
    ]);
    // Law has held nothing in the last three months; Dental held a meeting this month.
    expect(dashboard.withoutRecentMeeting.map((client) => client.name)).toEqual(['Law']);
  });

  it('names the active clients without a decision maker or a budget, and those still owed a touch this month', () => {
    const dashboard = practiceDashboard(input({ touches: [makeTouch({ clientId: 'law', date: '2027-03-01', contactId: null })] }));
    expect(dashboard.portfolio.withoutDecisionMaker.map((client) => client.name)).toEqual(['Law']);
    expect(dashboard.portfolio.withoutBudget.map((client) => client.name)).toEqual(['Law']);
    expect(dashboard.touchesBehind).toEqual([{ id: 'dental', name: 'Dental', touches: 0, wanted: 1 }]);
    expect(dashboard.portfolio.totalMrrCents).toBe(450_000);
    expect(dashboard.portfolio.activeClients).toBe(2);
  });

  it('counts open and overdue action items', () => {
    const actionItems = [
      makeActionItem({ id: 'a', dueDate: '2027-03-01' }),
      makeActionItem({ id: 'b', dueDate: '2027-04-01' }),
      makeActionItem({ id: 'c', dueDate: '2027-01-01', status: 'done', resolution: 'ok', closedAt: middayOf('2027-01-02') }),
    ];
    expect(practiceDashboard(input({ actionItems })).actionItems).toEqual({ open: 2, overdue: 1 });
  });

  it('ranks the lowest alignment scores first, unscored last, active clients only; none without scoring', () => {
    expect(practiceDashboard(input()).lowestAlignment).toBeNull();
    const alignmentScores = [
      { clientId: 'dental', score: 81.2, date: '2027-02-01' },
      { clientId: 'law', score: 55, date: '2027-01-15' },
      { clientId: 'prospect', score: 10, date: '2027-01-15' },
    ];
    expect(practiceDashboard(input({ alignmentScores })).lowestAlignment!.map((entry) => [entry.name, entry.score])).toEqual([
      ['Law', 55],
      ['Dental', 81.2],
    ]);
  });

  it('shows non-recurring revenue against the current MRR', () => {
    const proposals = [
      makeProposal({
        status: 'accepted',
        decidedAt: middayOf('2027-03-01'),
        lineItems: [{ id: 'l', kind: 'hardware', description: 'x', quantity: 1, unitCostCents: 1_080_000, markupPercent: 0, billing: 'oneTime', catalogueItemId: null }],
      }),
    ];
    // 10,800.00 / 12 = 900.00 a month against 4,500.00 MRR: 20%.
    expect(practiceDashboard(input({ proposals })).nonRecurring.sharePercent).toBe(20);
  });
});
