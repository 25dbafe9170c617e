import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import type { Initiative } from '../../src-main/domain/initiative';
import type { PracticeData } from '../../src-main/domain/practice';
import { folderPlatform } from '../harness/test-platform';

/**
 * The roadmap's channels against a real practice on disk: a move is saved whole (quarter, ranks,
 * history), an edit through initiatives.update writes history too, a decline needs its reason and
 * leaves the budget, and replacements become initiatives once.
 */

let folder = '';
let practice: OpenPractice;
let clientId = '';

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function refused(channel: string, input: unknown) {
  const result = await practice.registry.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

async function onDisk(): Promise<PracticeData> {
  return (JSON.parse(await readFile(path.join(folder, 'practice.json'), 'utf8')) as { data: PracticeData }).data;
}

async function create(title: string, fields: Record<string, unknown> = {}): Promise<Initiative> {
  return (await call<{ initiative: Initiative }>('initiatives.create', { clientId, initiative: { title, ...fields } })).initiative;
}

const Q3 = { fiscalYear: 2027, quarter: 3 };
const Q4 = { fiscalYear: 2027, quarter: 4 };

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-roadmap-'));
  let counter = 0;
  practice = await openPractice({
    dataDir: folder,
    platform: folderPlatform(path.join(folder, 'exports')).platform,
    clock: () => new Date('2026-11-22T10:00:00Z'),
    newId: () => `id${(counter += 1)}`,
  });
  clientId = (await call<{ client: { id: string } }>('clients.create', { client: { name: 'Harbour Light Dental', fiscalYearStartMonth: 7 } })).client.id;
});

afterEach(async () => {
  await practice.close();
  await rm(folder, { recursive: true, force: true });
});

describe('roadmap.move', () => {
  it('saves the new quarter, the ranks of the column and the history in one change', async () => {
    const a = await create('Switches', { startQuarter: Q3 });
    const b = await create('Wi-Fi', { startQuarter: Q3 });
    const c = await create('Firewall', { startQuarter: Q4 });
    expect([a.rank, b.rank, c.rank]).toEqual([0, 1, 0]);

    const { initiatives } = await call<{ initiatives: Initiative[] }>('roadmap.move', { id: b.id, toQuarter: Q4, beforeId: c.id });
    expect(initiatives.map((item) => [item.title, item.rank])).toEqual([
      ['Wi-Fi', 0],
      ['Firewall', 1],
    ]);
    const stored = await onDisk();
    const wifi = stored.initiatives.find((item) => item.id === b.id)!;
    expect(wifi.startQuarter).toEqual(Q4);
    expect(wifi.history.map((entry) => [entry.kind, entry.from, entry.to])).toEqual([
      ['created', '', ''],
      ['moved', 'Q3 FY2027', 'Q4 FY2027'],
    ]);
    expect(stored.initiatives.find((item) => item.id === c.id)!.rank).toBe(1);

    const board = await call<{ columns: Array<{ key: string; initiativeIds: string[] }> }>('roadmap.board', { clientId });
    expect(board.columns.find((column) => column.key === 'FY2027-Q4')!.initiativeIds).toEqual([b.id, c.id]);
    expect(board.columns.find((column) => column.key === 'FY2027-Q3')!.initiativeIds).toEqual([a.id]);
  });

  it('refuses a card to sit before one that is in another quarter, and changes nothing', async () => {
    const a = await create('Switches', { startQuarter: Q3 });
    const c = await create('Firewall', { startQuarter: Q4 });
    const before = await readFile(path.join(folder, 'practice.json'));
    const error = await refused('roadmap.move', { id: a.id, toQuarter: Q3, beforeId: c.id });
    expect(error.code).toBe('CONFLICT');
    expect((await readFile(path.join(folder, 'practice.json'))).equals(before)).toBe(true);
    expect((await refused('roadmap.move', { id: 'nope', toQuarter: null })).code).toBe('NOT_FOUND');
  });
});

describe('initiatives.update', () => {
  it('writes a change of quarter or status into the history and puts the card at the end of its new quarter', async () => {
    const a = await create('Switches', { startQuarter: Q3 });
    await create('Firewall', { startQuarter: Q4 });
    const { initiative } = await call<{ initiative: Initiative }>('initiatives.update', { id: a.id, changes: { startQuarter: Q4, status: 'scheduled' } });
    expect(initiative.rank).toBe(1);
    expect(initiative.history.slice(1).map((entry) => [entry.kind, entry.from, entry.to])).toEqual([
      ['moved', 'Q3 FY2027', 'Q4 FY2027'],
      ['status', 'Proposed', 'Scheduled'],
    ]);
    const renamed = await call<{ initiative: Initiative }>('initiatives.update', { id: a.id, changes: { title: 'Core switches' } });
    expect(renamed.initiative.history).toHaveLength(3);
    expect(renamed.initiative.rank).toBe(1);
  });

  it('does not accept a history or a rank from the form', async () => {
    const a = await create('Switches');
    expect((await refused('initiatives.update', { id: a.id, changes: { history: [] } })).code).toBe('INVALID_INPUT');
    expect((await refused('initiatives.update', { id: a.id, changes: { rank: 5 } })).code).toBe('INVALID_INPUT');
  });
});

describe('roadmap.decide and the decision log', () => {
  it('asks for the reason of a decline, next to the field', async () => {
    const a = await create('Client portal', { startQuarter: Q3, oneTimeCostCents: 500_000 });
    const error = await refused('roadmap.decide', { id: a.id, decision: 'declined', date: '2026-11-20', by: 'Miriam', note: '' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['note']);
  });

  it('records approvals and declines, takes a declined initiative out of the budget, and logs both', async () => {
    const portal = await create('Client portal', { startQuarter: Q3, oneTimeCostCents: 500_000 });
    const mfa = await create('MFA for everyone', { startQuarter: Q4, status: 'scheduled' });
    const events = async () => (await call<{ events: Array<{ sourceId: string }> }>('budget.forecast', { clientId })).events;
    expect((await events()).some((event) => event.sourceId === portal.id)).toBe(true);

    const declined = await call<{ initiative: Initiative }>('roadmap.decide', { id: portal.id, decision: 'declined', date: '2026-11-20', by: 'Miriam Kessler', note: 'Encrypted email is enough for now.' });
    expect(declined.initiative).toMatchObject({ status: 'declined', clientDecision: { date: '2026-11-20', by: 'Miriam Kessler', note: 'Encrypted email is enough for now.' } });
    expect((await events()).some((event) => event.sourceId === portal.id)).toBe(false);
    const approved = await call<{ initiative: Initiative }>('roadmap.decide', { id: mfa.id, decision: 'approved', date: '2026-11-21', by: 'Daniel Obi', note: '' });
    expect(approved.initiative.status).toBe('scheduled');

    const { entries } = await call<{ entries: Array<{ title: string; decision: string; note: string; quarter: string }> }>('roadmap.decisionLog', { clientId });
    expect(entries.map((entry) => [entry.title, entry.decision, entry.quarter, entry.note])).toEqual([
      ['MFA for everyone', 'approved', 'Q4 FY2027', ''],
      ['Client portal', 'declined', 'Q3 FY2027', 'Encrypted email is enough for now.'],
    ]);
    expect((await onDisk()).initiatives.find((item) => item.id === portal.id)!.history.at(-1)).toMatchObject({ kind: 'declined', by: 'Miriam Kessler', date: '2026-11-20' });
  });
});

describe('roadmap.fromReplacements', () => {
  it('turns chosen replacements into proposed initiatives linked to their assets, and will not do it twice', async () => {
    const laptops = (await call<{ asset: { id: string } }>('assets.create', {
      clientId,
      asset: { name: 'ThinkPad T14', category: 'laptop', quantity: 4, unitCostCents: 150_000, purchaseDate: '2024-02-10' },
    })).asset;
    const { groups } = await call<{ groups: Array<{ category: string; costCents: number; assets: Array<{ assetId: string }> }> }>('roadmap.replacementGroups', { clientId });
    expect(groups.map((group) => [group.category, group.costCents])).toEqual([['laptop', 600_000]]);

    const { initiatives } = await call<{ initiatives: Initiative[] }>('roadmap.fromReplacements', { clientId, assetIds: [laptops.id] });
    expect(initiatives).toHaveLength(1);
    expect(initiatives[0]).toMatchObject({ title: 'Replace 4 laptops', status: 'proposed', startQuarter: Q3, oneTimeCostCents: 600_000, oneTimeMarkupPercent: 30 });
    expect(initiatives[0]!.why.assetIds).toEqual([laptops.id]);
    expect(initiatives[0]!.history[0]).toMatchObject({ kind: 'created', note: 'Made from the asset replacements in the budget' });
    expect((await onDisk()).initiatives).toHaveLength(1);

    expect((await call<{ groups: unknown[] }>('roadmap.replacementGroups', { clientId })).groups).toEqual([]);
    expect((await refused('roadmap.fromReplacements', { clientId, assetIds: [laptops.id] })).code).toBe('CONFLICT');
  });
});

describe('roadmap.linkTargets', () => {
  it('names the client’s assets, and nothing of another client’s', async () => {
    const other = (await call<{ client: { id: string } }>('clients.create', { client: { name: 'Cedar Law' } })).client.id;
    await call('assets.create', { clientId, asset: { name: 'Reception PC', category: 'workstation', unitCostCents: 90_000 } });
    await call('assets.create', { clientId: other, asset: { name: 'Cedar PC', category: 'workstation', unitCostCents: 90_000 } });
    const targets = await call<{ assets: Array<{ label: string }> }>('roadmap.linkTargets', { clientId });
    expect(targets.assets.map((target) => target.label)).toEqual(['Reception PC']);
  });
});
