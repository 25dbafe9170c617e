import { describe, expect, it } from 'vitest';
import { clientForecast } from '../../src-main/domain/budget-plan';
import { quarterSpend } from '../../src-main/domain/budget-views';
import type { Initiative } from '../../src-main/domain/initiative';
import { applyDecision, decisionLog, historyForChange } from '../../src-main/domain/initiative-history';
import { NO_LINK_TARGETS, shortWhy, whyLinks, indexLinkTargets } from '../../src-main/domain/initiative-links';
import { initiativePrices, priceWords } from '../../src-main/domain/initiative-prices';
import { quarterKey, type FiscalQuarter } from '../../src-main/domain/months';
import { planMove, roadmapBoard, roadmapQuarters, type RoadmapInput } from '../../src-main/domain/roadmap';
import { roadmapHandout } from '../../src-main/domain/roadmap-handout';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { makeClient, makeInitiative, makeService } from './factories';

/**
 * The roadmap's rules (PRODUCT.md §6 with the prices of §5): which quarters the board shows, how a
 * move renumbers a column and writes history, what a decision does, quarter totals from the
 * forecast, and which cards take a quarter past the client's spending limit.
 */

const AT = '2026-11-20T10:00:00.000Z';
const USD = { currency: 'USD', locale: 'en-US' };
const SETTINGS = { ...DEFAULT_SETTINGS, labourRateCents: 15_000 };
const q = (fiscalYear: number, quarter: number): FiscalQuarter => ({ fiscalYear, quarter });

function item(id: string, overrides: Partial<Initiative> = {}): Initiative {
  return makeInitiative({ id, title: `Initiative ${id}`, status: 'proposed', ...overrides });
}

describe('the quarters on the board', () => {
  // November 2026 with a July fiscal year is Q2 FY2027.
  const keys = (quarters: FiscalQuarter[]) => quarters.map(quarterKey);

  it('shows the current quarter and the next four by default', () => {
    expect(keys(roadmapQuarters('2026-11', 7, []))).toEqual(['FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4', 'FY2028-Q1', 'FY2028-Q2']);
    expect(roadmapQuarters('2026-11', 7, [], 8)).toHaveLength(9);
  });

  it('stretches to reach planned work further ahead, but not for declined work', () => {
    const later = item('a', { startQuarter: q(2029, 1) });
    const declined = item('b', { startQuarter: q(2031, 1), status: 'declined' });
    const quarters = keys(roadmapQuarters('2026-11', 7, [later, declined]));
    expect(quarters.at(-1)).toBe('FY2029-Q1');
    expect(quarters).toHaveLength(8);
  });

  it('goes back to a past quarter that still holds unfinished work, not to finished work', () => {
    const open = item('a', { startQuarter: q(2026, 4), status: 'inProgress' });
    const done = item('b', { startQuarter: q(2026, 1), status: 'done' });
    expect(keys(roadmapQuarters('2026-11', 7, [open, done])).slice(0, 3)).toEqual(['FY2026-Q4', 'FY2027-Q1', 'FY2027-Q2']);
  });
});

describe('moving a card', () => {
  const column = [item('a', { startQuarter: q(2027, 3), rank: 0 }), item('b', { startQuarter: q(2027, 3), rank: 1 }), item('c', { startQuarter: q(2027, 3), rank: 2 })];
  const other = item('d', { startQuarter: q(2027, 4), rank: 0 });
  const all = [...column, other];

  it('into another quarter before a card: renumbers that column and records the move', () => {
    const changes = planMove(all, 'c', q(2027, 4), 'd', AT);
    expect(changes.map((change) => [change.id, quarterKey(change.startQuarter!), change.rank])).toEqual([
      ['c', 'FY2027-Q4', 0],
      ['d', 'FY2027-Q4', 1],
    ]);
    expect(changes[0]!.history.at(-1)).toEqual({ at: AT, kind: 'moved', from: 'Q3 FY2027', to: 'Q4 FY2027', note: '', by: '' });
    expect(changes[1]!.history).toEqual(other.history);
  });

  it('within its quarter: reorders without a history entry', () => {
    const changes = planMove(all, 'a', q(2027, 3), null, AT);
    expect(changes.map((change) => [change.id, change.rank])).toEqual([
      ['b', 0],
      ['c', 1],
      ['a', 2],
    ]);
    expect(changes.every((change) => change.history.length === 0)).toBe(true);
  });

  it('out of the plan: the history says unscheduled', () => {
    const [change] = planMove(all, 'b', null, null, AT);
    expect(change).toMatchObject({ id: 'b', startQuarter: null, rank: 0 });
    expect(change!.history.at(-1)).toMatchObject({ kind: 'moved', from: 'Q3 FY2027', to: 'Unscheduled' });
  });

  it('changes nothing when dropped where it was', () => {
    expect(planMove(all, 'b', q(2027, 3), 'c', AT)).toEqual([]);
  });
});

describe('history and decisions', () => {
  it('records a change of quarter and of status, and nothing for other edits', () => {
    const before = { status: 'proposed' as const, startQuarter: q(2027, 1) };
    expect(historyForChange(before, { status: 'scheduled', startQuarter: null }, AT)).toEqual([
      { at: AT, kind: 'moved', from: 'Q1 FY2027', to: 'Unscheduled', note: '', by: '' },
      { at: AT, kind: 'status', from: 'Proposed', to: 'Scheduled', note: '', by: '' },
    ]);
    expect(historyForChange(before, { status: 'proposed', startQuarter: q(2027, 1) }, AT)).toEqual([]);
  });

  it('approving proposed work approves it; approving work already scheduled keeps it scheduled', () => {
    const input = { decision: 'approved' as const, date: '2026-11-18', by: 'Dr. Maya Chen', note: 'Go ahead.' };
    const proposed = applyDecision(item('a'), input, AT);
    expect(proposed.status).toBe('approved');
    expect(proposed.clientDecision).toEqual({ date: '2026-11-18', by: 'Dr. Maya Chen', note: 'Go ahead.' });
    expect(proposed.history.at(-1)).toEqual({ at: AT, kind: 'approved', from: 'Proposed', to: 'Approved', note: 'Go ahead.', by: 'Dr. Maya Chen', date: '2026-11-18' });
    expect(applyDecision(item('b', { status: 'scheduled' }), input, AT).status).toBe('scheduled');
  });

  it('a decline takes the initiative out of the budget and keeps the reason', () => {
    const firewall = item('a', { startQuarter: q(2027, 3), oneTimeCostCents: 300_000 });
    const declined = { ...firewall, ...applyDecision(firewall, { decision: 'declined', date: '2026-11-19', by: 'Sam Ortiz', note: 'Not this year.' }, AT) };
    const items = { client: makeClient({ fiscalYearStartMonth: 7 }), assets: [], services: [], settings: SETTINGS };
    expect(clientForecast({ ...items, initiatives: [firewall] }, '2026-11').events).toHaveLength(1);
    expect(clientForecast({ ...items, initiatives: [declined] }, '2026-11').events).toEqual([]);
    expect(declined.history.at(-1)).toMatchObject({ kind: 'declined', note: 'Not this year.' });
  });

  it('lists decisions newest first, with where the initiative is now', () => {
    const approve = { decision: 'approved' as const, date: '2026-10-01', by: 'Maya', note: '' };
    const decline = { decision: 'declined' as const, date: '2026-11-02', by: 'Sam', note: 'Too dear.' };
    const first = { ...item('a', { startQuarter: q(2027, 3) }) };
    const decided = { ...first, ...applyDecision(first, approve, AT) };
    const second = item('b', { title: 'Client portal' });
    const log = decisionLog([decided, { ...second, ...applyDecision(second, decline, AT) }]);
    expect(log.map((entry) => [entry.title, entry.decision, entry.date, entry.quarter, entry.note])).toEqual([
      ['Client portal', 'declined', '2026-11-02', 'Unscheduled', 'Too dear.'],
      ['Initiative a', 'approved', '2026-10-01', 'Q3 FY2027', ''],
    ]);
  });
});

describe('prices on a card', () => {
  it('are the prices the forecast books: $3,000 at 30% markup is $3,900, labour has no markup', () => {
    const firewall = item('a', { startQuarter: q(2027, 3), oneTimeCostCents: 300_000, recurringMonthlyCostCents: 5_000, labourHours: 2.5 });
    const prices = initiativePrices(firewall, SETTINGS);
    expect(prices).toEqual({ oneTimeCents: 390_000, monthlyCents: 5_000, labourCents: 37_500, upfrontCents: 427_500 });
    const events = clientForecast({ client: makeClient({ fiscalYearStartMonth: 7 }), assets: [], services: [], initiatives: [firewall], settings: SETTINGS }, '2026-11').events;
    const price = (kind: string) => events.find((event) => event.kind === kind)!.priceCents;
    expect([price('oneTime'), price('recurring'), price('labour')]).toEqual([prices.oneTimeCents, prices.monthlyCents, prices.labourCents]);
    expect(priceWords(prices, USD)).toBe('$4,275.00 + $50.00 a month');
    expect(priceWords({ ...prices, upfrontCents: 0 }, USD)).toBe('$50.00 a month');
    expect(priceWords({ ...prices, upfrontCents: 0, monthlyCents: 0 }, USD)).toBe('No charge');
  });

  it('say what the initiative serves in one line, leaving out links whose target is gone', () => {
    const targets = {
      ...NO_LINK_TARGETS,
      goals: [{ id: 'g1', label: 'Open a second office' }],
      standards: [{ id: 's1', label: 'MFA on email' }],
      assets: [{ id: 'x1', label: 'Laptops' }, { id: 'x2', label: 'Desktops' }],
    };
    const links = whyLinks({ standardIds: ['s1', 'gone'], reviewIds: [], goalIds: ['g1'], assetIds: ['x1', 'x2', 'x1'], clientRequest: 'Asked by the owner' }, indexLinkTargets(targets));
    expect(links.standards).toEqual([{ id: 's1', label: 'MFA on email' }]);
    expect(links.assets).toHaveLength(2);
    expect(shortWhy(links)).toBe('Serves: Open a second office · Closes: MFA on email · Replaces 2 assets · Client request');
  });
});

describe('the board: quarter totals and the spending limit', () => {
  // A $10,000 limit; a $1,000 monthly service is $3,000 a quarter before any initiative.
  const client = makeClient({ fiscalYearStartMonth: 7, budgetPlan: { startMonth: null, horizonYears: 3, spendingLimitPerQuarterCents: 1_000_000 } });
  const service = makeService({ quantity: 1, unitCostCents: 100_000, startDate: '2026-01-01', markupPercent: 0 });
  const noMarkup = { oneTimeMarkupPercent: 0 };
  const switches = item('a', { title: 'Switches', startQuarter: q(2027, 3), oneTimeCostCents: 400_000, rank: 0, ...noMarkup });
  const wifi = item('b', { title: 'Wi-Fi', startQuarter: q(2027, 3), oneTimeCostCents: 500_000, rank: 1, ...noMarkup });
  const portal = item('c', { title: 'Portal', startQuarter: q(2027, 3), oneTimeCostCents: 900_000, rank: 2, status: 'declined', ...noMarkup });
  const training = item('d', { title: 'Training', startQuarter: null, oneTimeCostCents: 120_000, ...noMarkup });
  const old = item('e', { title: 'Old work', startQuarter: q(2025, 1), status: 'done' });
  const input = (initiatives: Initiative[]): RoadmapInput => ({ client, assets: [], services: [service], initiatives, settings: SETTINGS, targets: NO_LINK_TARGETS, today: '2026-11' });

  it('flags the card that takes the quarter past the limit, in the consultant order', () => {
    const board = roadmapBoard(input([switches, wifi, portal, training, old]));
    const column = board.columns.find((candidate) => candidate.key === 'FY2027-Q3')!;
    expect(column.initiativeIds).toEqual(['a', 'b', 'c']);
    // 3,000 + 4,000 = 7,000 is within the limit; + 5,000 = 12,000 is not. The declined portal costs nothing.
    expect(column.roadmapPriceCents).toBe(900_000);
    expect(column.budget).toEqual({ priceCents: 1_200_000, overLimit: true });
    const pushes = Object.fromEntries(board.cards.map((card) => [card.id, card.pushesOverLimit]));
    expect(pushes).toEqual({ a: false, b: true, c: false, d: false });

    const reordered = roadmapBoard(input([{ ...wifi, rank: 0 }, { ...switches, rank: 1 }, portal, training]));
    expect(reordered.cards.filter((card) => card.pushesOverLimit).map((card) => card.id)).toEqual(['a']);
  });

  it('takes its totals from the forecast the budget screen uses', () => {
    const board = roadmapBoard(input([switches, wifi, training]));
    const spend = quarterSpend(clientForecast(input([switches, wifi, training]), '2026-11'), 7, 1_000_000);
    for (const column of board.columns.filter((candidate) => candidate.budget)) {
      expect(column.budget!.priceCents, column.key).toBe(spend.find((quarter) => quarter.key === column.key)!.priceCents);
    }
    const unscheduled = board.columns.at(-1)!;
    expect(unscheduled).toMatchObject({ key: 'unscheduled', initiativeIds: ['d'], roadmapPriceCents: 120_000, budget: null });
  });

  it('leaves finished work from long ago off the board, and says so', () => {
    const board = roadmapBoard(input([switches, old]));
    expect(board.cards.map((card) => card.id)).toEqual(['a']);
    expect(board.offBoardCount).toBe(1);
  });

  it('counts a monthly price in every quarter it runs, as the budget does', () => {
    const hosting = item('f', { title: 'Hosting', startQuarter: q(2027, 2), recurringMonthlyCostCents: 10_000, recurringMarkupPercent: 0 });
    const board = roadmapBoard(input([hosting]));
    const totals = Object.fromEntries(board.columns.map((column) => [column.key, column.roadmapPriceCents]));
    expect(totals).toMatchObject({ 'FY2027-Q2': 30_000, 'FY2027-Q3': 30_000, 'FY2028-Q2': 30_000 });
  });
});

describe('the handout', () => {
  const client = makeClient({ fiscalYearStartMonth: 7 });
  const base = { client, assets: [], services: [], settings: SETTINGS, targets: NO_LINK_TARGETS, today: '2026-11' };

  it('has a page for each fiscal year from the current one to the last with planned work, with quarter and year totals', () => {
    const initiatives = [
      item('a', { title: 'Firewall', startQuarter: q(2027, 3), oneTimeCostCents: 300_000 }),
      item('b', { title: 'Laptops', startQuarter: q(2029, 1), oneTimeCostCents: 100_000 }),
      item('c', { title: 'Portal', startQuarter: q(2027, 4), status: 'declined', oneTimeCostCents: 900_000 }),
      item('d', { title: 'Training', startQuarter: null }),
      item('e', { title: 'Old', startQuarter: q(2025, 2), status: 'done' }),
      item('f', { title: 'Open since last year', startQuarter: q(2026, 3), status: 'inProgress' }),
    ];
    const handout = roadmapHandout({ ...base, initiatives });
    expect(handout.years.map((year) => year.label)).toEqual(['FY2026', 'FY2027', 'FY2028', 'FY2029']);
    const fy2027 = handout.years[1]!;
    expect(fy2027.span).toBe('Jul 2026 – Jun 2027');
    expect(fy2027.quarters.map((quarter) => quarter.cards.map((card) => card.title))).toEqual([[], [], ['Firewall'], []]);
    expect(fy2027.quarters[2]!.totalPriceCents).toBe(390_000);
    expect(fy2027.totalPriceCents).toBe(390_000);
    expect(handout.years[3]!.totalPriceCents).toBe(130_000);
    expect(handout.unscheduled.map((card) => card.title)).toEqual(['Training']);
    expect(handout.years.flatMap((year) => year.quarters.flatMap((quarter) => quarter.cards.map((card) => card.title)))).not.toContain('Portal');
  });
});
