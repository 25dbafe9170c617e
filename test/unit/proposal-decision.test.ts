import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildForecast } from '../../src-main/domain/forecast';
import { initiative as initiativeSchema, type Initiative } from '../../src-main/domain/initiative';
import { priceWithMarkup } from '../../src-main/domain/money';
import { proposal as proposalSchema, NO_TIME, type Proposal, type ProposalLineItem } from '../../src-main/domain/proposal';
import { acceptProposal, closestMarkupPercent, declineProposal, initiativeCostsFor, statusAfterAcceptance, type AcceptInput } from '../../src-main/domain/proposal-decision';
import { priceProposal } from '../../src-main/domain/proposal-pricing';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { CLIENT_ID, makeInitiative, STAMP } from './factories';

/** Accepting and declining a proposal, and what the roadmap initiative and the budget make of it (PRODUCT.md §8). */

const SETTINGS = { markups: DEFAULT_SETTINGS.markups, labourRateCents: 15_000, targetMarginPercent: 20 };
const MONEY = { currency: 'USD', locale: 'en-US' };
const NOW = '2026-11-20T10:00:00.000Z';
const Q3_2027 = { fiscalYear: 2027, quarter: 3 };

function line(overrides: Partial<ProposalLineItem>): ProposalLineItem {
  return { id: 'line', kind: 'hardware', description: 'Item', quantity: 1, unitCostCents: 0, markupPercent: 30, billing: 'oneTime', catalogueItemId: null, ...overrides };
}

/** Three firewalls and a switch, two monthly licences, 20 hours. */
const LINES = [
  line({ id: 'firewalls', quantity: 3, unitCostCents: 123_457, markupPercent: 37.5 }),
  line({ id: 'switch', unitCostCents: 10_000, markupPercent: 30 }),
  line({ id: 'licences', kind: 'software', billing: 'monthly', quantity: 20, unitCostCents: 1_980, markupPercent: 11.11 }),
];
const TIME = { projectManagementHours: 4, implementationHours: 12, standbyHours: 2, closeOutHours: 2 };

function makeProposal(overrides: Partial<Proposal> = {}): Proposal {
  return proposalSchema.parse({
    id: 'proposal-1',
    clientId: CLIENT_ID,
    title: 'Firewall and switch refresh',
    initiativeId: 'initiative-1',
    summary: 'New firewalls at all three sites.',
    steps: [],
    time: TIME,
    lineItems: LINES,
    resources: [],
    assumptions: '',
    outOfScope: '',
    issueDate: '2026-11-01',
    validUntil: '2026-12-01',
    status: 'sent',
    decision: { date: null, by: '', note: '' },
    internalNotes: 'Distributor quote Q-1182',
    decidedAt: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

const ACCEPT: AcceptInput = { date: '2026-11-19', by: 'Dr. Maya Chen', note: 'Go ahead in the summer quarter.', startQuarter: Q3_2027 };

function accept(initiative: Initiative | null, input: AcceptInput = ACCEPT, proposal = makeProposal()) {
  return acceptProposal({ proposal, initiative, input, settings: SETTINGS, money: MONEY, now: NOW, newInitiative: { id: 'initiative-new', rank: 7 } });
}

describe('the markup that carries a proposal’s price into an initiative', () => {
  it('finds 30% for $3,000.00 priced at $3,900.00', () => {
    expect(closestMarkupPercent(300_000, 390_000)).toBe(30);
  });

  it('picks the two-decimal markup nearest the price when no markup gives it exactly', () => {
    // $3,803.71 of cost sold at $5,222.59: 37.30% gives $5,222.49 (10¢ under), 37.31% gives $5,222.87.
    expect(closestMarkupPercent(380_371, 522_259)).toBe(37.3);
    expect(priceWithMarkup(380_371, 37.3)).toBe(522_249);
  });

  it('is never further from the price than half a hundredth of a percent of the cost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 0, max: 20_000 }), (cost, extraHundredths) => {
        const target = cost + Math.floor((cost * extraHundredths) / 10_000) + (extraHundredths % 7);
        const markup = closestMarkupPercent(cost, target);
        expect(Math.abs(priceWithMarkup(cost, markup) - target)).toBeLessThanOrEqual(Math.ceil(cost / 20_000) + 1);
        expect(Math.round(markup * 100)).toBeCloseTo(markup * 100, 6);
      }),
    );
  });
});

describe('the initiative’s costs from a proposal', () => {
  const mapping = initiativeCostsFor(makeProposal(), SETTINGS);
  const pricing = priceProposal(makeProposal(), SETTINGS);

  it('takes the one-time cost, the monthly cost and every hour', () => {
    expect(mapping.costs).toEqual({ oneTimeCostCents: 380_371, oneTimeMarkupPercent: 37.3, recurringMonthlyCostCents: 39_600, recurringMarkupPercent: 11.11, labourHours: 20 });
  });

  it('reports how far the budget’s price is from the proposal’s: 10¢ under on the one-time, exact on the monthly', () => {
    expect(pricing.oneTimeItems.priceCents).toBe(522_259);
    expect(mapping.budgetOneTimeCents).toBe(522_249);
    expect(mapping.oneTimeDifferenceCents).toBe(-10);
    expect(mapping.budgetMonthlyCents).toBe(pricing.monthlyTotalCents);
    expect(mapping.monthlyDifferenceCents).toBe(0);
  });

  it('leaves the markups to the defaults when there is nothing to mark up', () => {
    const labourOnly = initiativeCostsFor({ lineItems: [], time: { ...NO_TIME, implementationHours: 12.5 } }, SETTINGS);
    expect(labourOnly.costs).toEqual({ oneTimeCostCents: 0, oneTimeMarkupPercent: null, recurringMonthlyCostCents: 0, recurringMarkupPercent: null, labourHours: 12.5 });
    expect([labourOnly.oneTimeDifferenceCents, labourOnly.monthlyDifferenceCents]).toEqual([0, 0]);
  });
});

describe('accepting a proposal', () => {
  const existing = makeInitiative({ status: 'proposed', startQuarter: { fiscalYear: 2027, quarter: 1 }, oneTimeCostCents: 250_000, labourHours: 6, history: [] });
  const result = accept(existing);

  it('marks the proposal accepted, with the client’s decision, the time and the initiative', () => {
    expect(result.proposal).toMatchObject({ status: 'accepted', decision: { date: '2026-11-19', by: 'Dr. Maya Chen', note: 'Go ahead in the summer quarter.' }, decidedAt: NOW, initiativeId: 'initiative-1' });
    expect(proposalSchema.safeParse(result.proposal).success).toBe(true);
  });

  it('writes the proposal’s costs, the quarter and the status into the linked initiative', () => {
    expect(result.created).toBe(false);
    expect(result.initiative).toMatchObject({ id: 'initiative-1', oneTimeCostCents: 380_371, oneTimeMarkupPercent: 37.3, recurringMonthlyCostCents: 39_600, labourHours: 20, status: 'scheduled', startQuarter: Q3_2027 });
    expect(result.initiative.clientDecision).toEqual({ date: '2026-11-19', by: 'Dr. Maya Chen', note: 'Go ahead in the summer quarter.' });
    expect(initiativeSchema.safeParse(result.initiative).success).toBe(true);
  });

  it('appends the proposal, the new costs, the move and the approval to the initiative’s history', () => {
    expect(result.initiative.history.map((entry) => entry.kind)).toEqual(['proposal', 'costs', 'moved', 'approved']);
    const [proposalEntry, costs, moved, approved] = result.initiative.history;
    expect(proposalEntry).toMatchObject({ at: NOW, to: 'Accepted', note: 'Proposal “Firewall and switch refresh” accepted', by: 'Dr. Maya Chen' });
    expect(costs).toMatchObject({ from: 'Cost $2,500.00 one-time + $0.00 a month, 6 h of labour', to: 'Cost $3,803.71 one-time + $396.00 a month, 20 h of labour' });
    expect(moved).toMatchObject({ from: 'Q1 FY2027', to: 'Q3 FY2027' });
    expect(approved).toMatchObject({ from: 'Proposed', to: 'Scheduled', by: 'Dr. Maya Chen', note: 'Go ahead in the summer quarter.' });
  });

  it('makes the budget plan what the proposal says: one-time price, labour and monthly fees from the start quarter', () => {
    const forecast = buildForecast({
      plan: { startMonth: '2027-01', horizonYears: 1 },
      today: '2026-11',
      fiscalYearStartMonth: 1,
      assets: [],
      services: [],
      initiatives: [result.initiative],
      markups: DEFAULT_SETTINGS.markups,
      lifespans: DEFAULT_SETTINGS.lifespans,
      replacementCosts: DEFAULT_SETTINGS.replacementCosts,
      labourRateCents: SETTINGS.labourRateCents,
    });
    const pricing = priceProposal(makeProposal(), SETTINGS);
    const ofKind = (kind: string) => forecast.events.filter((event) => event.kind === kind);
    expect(ofKind('oneTime').map((event) => [event.month, event.priceCents])).toEqual([['2027-07', pricing.oneTimeItems.priceCents - 10]]);
    expect(ofKind('labour').map((event) => [event.month, event.priceCents])).toEqual([['2027-07', pricing.labour.priceCents]]);
    expect(ofKind('recurring').map((event) => event.priceCents)).toEqual(Array(6).fill(pricing.monthlyTotalCents));
  });

  it('makes an initiative when the proposal has none, approved and unscheduled when no quarter is given', () => {
    const made = accept(null, { ...ACCEPT, startQuarter: null }, makeProposal({ initiativeId: null }));
    expect(made.created).toBe(true);
    expect(made.initiative).toMatchObject({ id: 'initiative-new', clientId: CLIENT_ID, title: 'Firewall and switch refresh', description: 'New firewalls at all three sites.', rank: 7, status: 'approved', startQuarter: null, oneTimeSpend: 'capex' });
    expect(made.initiative.history.map((entry) => entry.kind)).toEqual(['created', 'proposal', 'costs', 'approved']);
    expect(made.proposal.initiativeId).toBe('initiative-new');
    expect(initiativeSchema.safeParse(made.initiative).success).toBe(true);
  });

  it('leaves work already under way or done in its status', () => {
    expect(statusAfterAcceptance('inProgress', Q3_2027)).toBe('inProgress');
    expect(statusAfterAcceptance('done', null)).toBe('done');
    expect(statusAfterAcceptance('declined', Q3_2027)).toBe('scheduled');
    expect(statusAfterAcceptance('deferred', null)).toBe('approved');
  });

  it('records no cost change when the initiative already had the proposal’s costs', () => {
    const same = makeInitiative({ ...result.initiative, history: [] });
    expect(accept(same).initiative.history.map((entry) => entry.kind)).toEqual(['proposal', 'approved']);
  });
});

describe('declining a proposal', () => {
  const existing = makeInitiative({ status: 'approved', startQuarter: Q3_2027, history: [] });
  const input = { date: '2026-11-19', by: 'Dr. Maya Chen', note: 'Too much before the second site opens.' };

  it('records the client’s reason on the proposal and the initiative, and takes the initiative out of the budget', () => {
    const result = declineProposal({ proposal: makeProposal(), initiative: existing, input: { ...input, declineInitiative: true }, now: NOW });
    expect(result.proposal).toMatchObject({ status: 'declined', decision: { date: '2026-11-19', by: 'Dr. Maya Chen', note: input.note }, decidedAt: NOW });
    expect(result.initiative).toMatchObject({ status: 'declined', clientDecision: { date: '2026-11-19', by: 'Dr. Maya Chen', note: input.note } });
    expect(result.initiative!.history.map((entry) => [entry.kind, entry.from, entry.to, entry.note])).toEqual([
      ['proposal', '', 'Declined', 'Proposal “Firewall and switch refresh” declined'],
      ['declined', 'Approved', 'Declined', input.note],
    ]);
  });

  it('keeps the initiative in its status when only this proposal was turned down', () => {
    const result = declineProposal({ proposal: makeProposal(), initiative: existing, input: { ...input, declineInitiative: false }, now: NOW });
    expect(result.initiative).toMatchObject({ status: 'approved', oneTimeCostCents: existing.oneTimeCostCents });
    expect(result.initiative!.history.at(-1)).toMatchObject({ kind: 'declined', from: 'Approved', to: 'Approved', note: input.note });
  });

  it('needs no initiative', () => {
    const result = declineProposal({ proposal: makeProposal({ initiativeId: null }), initiative: null, input: { ...input, declineInitiative: true }, now: NOW });
    expect(result.initiative).toBeNull();
    expect(result.proposal.status).toBe('declined');
  });
});
