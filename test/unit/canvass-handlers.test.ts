import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { CANVASS_BLOCKS } from '../../src-main/domain/canvass';
import { folderPlatform } from '../harness/test-platform';

/** The canvass and goals channels against a real practice on disk. */

let folder = '';
let practice: OpenPractice;
let saved: string[] = [];
let clientId = '';
let clock = new Date('2026-03-10T09:00:00Z');

async function call<T>(channel: ChannelName, input: unknown): Promise<T> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function refused(channel: ChannelName, input: unknown) {
  const before = await readFile(path.join(folder, 'practice.json'));
  const result = await practice.registry.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  expect((await readFile(path.join(folder, 'practice.json'))).equals(before), 'a refused call leaves the file as it was').toBe(true);
  return result.error;
}

interface View {
  canvass: { blocks: Record<string, Array<{ id: string; text: string }>>; discovery: Record<string, string>; trajectory: string | null; updatedAt: string | null };
}
interface Summary {
  id: string;
  label: string;
  takenAt: string;
  noteCount: number;
  answerCount: number;
}

const texts = (view: View, block: string) => view.canvass.blocks[block]!.map((note) => note.text);

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-canvass-'));
  let counter = 0;
  clock = new Date('2026-03-10T09:00:00Z');
  const platform = folderPlatform(path.join(folder, 'exports'));
  saved = platform.record.saved;
  practice = await openPractice({ dataDir: folder, platform: platform.platform, clock: () => new Date(clock), newId: () => `id${(counter += 1)}` });
  clientId = (await call<{ client: { id: string } }>('clients.create', { client: { name: 'Harbour Light Dental', privateNotes: 'Owner may sell in 2029.' } })).client.id;
});

afterEach(async () => {
  await practice.close();
  await rm(folder, { recursive: true, force: true });
});

describe('canvass notes', () => {
  it('starts empty without writing anything, then keeps notes in the order they were added and placed', async () => {
    const empty = await call<View>('canvass.get', { clientId });
    expect(empty.canvass.updatedAt).toBeNull();
    expect(CANVASS_BLOCKS.every((block) => empty.canvass.blocks[block]!.length === 0)).toBe(true);
    expect(practice.store.data.canvasses).toEqual([]);

    await call('canvass.addNote', { clientId, block: 'channels', note: { id: 'n1', text: 'Referrals' } });
    await call('canvass.addNote', { clientId, block: 'channels', note: { id: 'n2', text: '  Online booking  ' } });
    const view = await call<View>('canvass.addNote', { clientId, block: 'channels', note: { id: 'n3', text: 'Newspaper' }, index: 0 });
    expect(texts(view, 'channels')).toEqual(['Newspaper', 'Referrals', 'Online booking']);
    expect(view.canvass.updatedAt).toBe('2026-03-10T09:00:00.000Z');
    const stored = JSON.parse(await readFile(path.join(folder, 'practice.json'), 'utf8')) as { data: { canvasses: Array<{ clientId: string; blocks: { channels: unknown[] } }> } };
    expect(stored.data.canvasses).toHaveLength(1);
    expect(stored.data.canvasses[0]!.blocks.channels).toHaveLength(3);
  });

  it('rewords, moves and removes notes, and says so when a note is not there', async () => {
    await call('canvass.addNote', { clientId, block: 'channels', note: { id: 'n1', text: 'Referrals' } });
    await call('canvass.addNote', { clientId, block: 'channels', note: { id: 'n2', text: 'Online booking' } });
    let view = await call<View>('canvass.updateNote', { clientId, noteId: 'n2', text: 'Online booking on the website' });
    expect(texts(view, 'channels')).toEqual(['Referrals', 'Online booking on the website']);
    view = await call<View>('canvass.moveNote', { clientId, noteId: 'n1', toBlock: 'keyPartners', toIndex: 0 });
    expect(texts(view, 'keyPartners')).toEqual(['Referrals']);
    view = await call<View>('canvass.removeNote', { clientId, noteId: 'n2' });
    expect(texts(view, 'channels')).toEqual([]);
    expect((await refused('canvass.updateNote', { clientId, noteId: 'n2', text: 'x' })).code).toBe('NOT_FOUND');
    expect((await refused('canvass.removeNote', { clientId, noteId: 'n2' })).code).toBe('NOT_FOUND');
  });

  it('refuses bad notes in words and writes nothing: empty, over 10,000 characters, a repeated id, a 501st note, an unknown client', async () => {
    await call('canvass.addNote', { clientId, block: 'channels', note: { id: 'n1', text: 'Referrals' } });
    expect((await refused('canvass.addNote', { clientId, block: 'channels', note: { id: 'n2', text: '   ' } })).message).toMatch(/Note is required/);
    expect((await refused('canvass.addNote', { clientId, block: 'channels', note: { id: 'n2', text: 'x'.repeat(10_001) } })).message).toMatch(/at most 10000 characters/);
    expect((await refused('canvass.addNote', { clientId, block: 'keyPartners', note: { id: 'n1', text: 'Again' } })).code).toBe('CONFLICT');
    expect((await refused('canvass.addNote', { clientId: 'nobody', block: 'channels', note: { id: 'n9', text: 'x' } })).code).toBe('NOT_FOUND');
    expect((await refused('canvass.addNote', { clientId, block: 'nowhere', note: { id: 'n9', text: 'x' } })).message).toMatch(/one of the nine blocks/);

    await practice.store.mutate((draft) => {
      draft.canvasses[0]!.blocks.keyResources = Array.from({ length: 500 }, (_, index) => ({ id: `r${index}`, text: `Resource ${index}` }));
    });
    const full = await refused('canvass.addNote', { clientId, block: 'keyResources', note: { id: 'r500', text: 'One too many' } });
    expect(full.message).toMatch(/A block can hold at most 500 notes/);
    // A note of exactly 10,000 characters is fine.
    const long = await call<View>('canvass.addNote', { clientId, block: 'valuePropositions', note: { id: 'long', text: 'y'.repeat(10_000) } });
    expect(long.canvass.blocks['valuePropositions']![0]!.text).toHaveLength(10_000);
  });

  it('saves the discovery answers given and leaves the others, and refuses one that is too long next to its field', async () => {
    await call('canvass.updateDiscovery', { clientId, answers: { customers: 'Families', kpis: 'Chair hours' }, trajectory: 'growing' });
    const view = await call<View>('canvass.updateDiscovery', { clientId, answers: { kpis: 'Chair hours and recall rate' } });
    expect(view.canvass.discovery['customers']).toBe('Families');
    expect(view.canvass.discovery['kpis']).toBe('Chair hours and recall rate');
    expect(view.canvass.trajectory).toBe('growing');
    const error = await refused('canvass.updateDiscovery', { clientId, answers: { risksAndObstacles: 'x'.repeat(10_001) } });
    expect(error.issues?.[0]?.path).toBe('answers.risksAndObstacles');
    expect((await refused('canvass.updateDiscovery', { clientId, answers: { hobbies: 'Sailing' } })).code).toBe('INVALID_INPUT');
  });
});

describe('canvass snapshots', () => {
  it('keeps dated copies that later edits do not touch, newest first, and compares the newest with now by default', async () => {
    await call('canvass.addNote', { clientId, block: 'customerSegments', note: { id: 's1', text: 'Families' } });
    await call('canvass.addNote', { clientId, block: 'keyPartners', note: { id: 'p1', text: 'Answering service' } });
    await call('canvass.updateDiscovery', { clientId, answers: { customers: 'Families' } });
    const first = (await call<{ snapshot: Summary }>('canvass.snapshot', { clientId, label: '  Annual review  ' })).snapshot;
    expect(first).toMatchObject({ label: 'Annual review', takenAt: '2026-03-10T09:00:00.000Z', noteCount: 2, answerCount: 1 });

    clock = new Date('2027-03-10T09:00:00Z');
    await call('canvass.updateNote', { clientId, noteId: 's1', text: 'Families and plan members' });
    await call('canvass.removeNote', { clientId, noteId: 'p1' });
    await call('canvass.addNote', { clientId, block: 'revenueStreams', note: { id: 'r1', text: 'Whitening' } });

    const kept = await call<{ snapshot: View['canvass'] }>('canvass.getSnapshot', { id: first.id });
    expect(kept.snapshot.blocks['customerSegments']).toEqual([{ id: 's1', text: 'Families' }]);

    const compared = await call<{ from: Summary; to: Summary | null; diff: { changeCount: number; blocks: Array<{ block: string; added: unknown[]; removed: unknown[]; changed: unknown[] }> } }>('canvass.compare', { clientId });
    expect(compared.from.id).toBe(first.id);
    expect(compared.to).toBeNull();
    expect(compared.diff.changeCount).toBe(3);
    const byBlock = Object.fromEntries(compared.diff.blocks.map((entry) => [entry.block, entry]));
    expect(byBlock['customerSegments']!.changed).toHaveLength(1);
    expect(byBlock['keyPartners']!.removed).toHaveLength(1);
    expect(byBlock['revenueStreams']!.added).toHaveLength(1);

    const second = (await call<{ snapshot: Summary }>('canvass.snapshot', { clientId })).snapshot;
    const list = await call<{ snapshots: Summary[] }>('canvass.snapshots', { clientId });
    expect(list.snapshots.map((item) => item.id)).toEqual([second.id, first.id]);
    expect((await call<{ diff: { changeCount: number } }>('canvass.compare', { clientId })).diff.changeCount).toBe(0);
    const between = await call<{ to: Summary; diff: { changeCount: number } }>('canvass.compare', { clientId, fromId: first.id, toId: second.id });
    expect(between.to.id).toBe(second.id);
    expect(between.diff.changeCount).toBe(3);

    expect(await call('canvass.deleteSnapshot', { id: second.id })).toEqual({ deleted: 1 });
    expect((await call<{ snapshots: Summary[] }>('canvass.snapshots', { clientId })).snapshots.map((item) => item.id)).toEqual([first.id]);
  });

  it('has nothing to compare before the first snapshot, and will not compare with another client’s snapshot', async () => {
    expect(await call('canvass.compare', { clientId })).toEqual({ from: null, to: null, diff: null });
    const other = (await call<{ client: { id: string } }>('clients.create', { client: { name: 'Cedar Law' } })).client.id;
    const theirs = (await call<{ snapshot: Summary }>('canvass.snapshot', { clientId: other })).snapshot;
    expect((await refused('canvass.compare', { clientId, fromId: theirs.id })).code).toBe('NOT_FOUND');
    expect((await refused('canvass.getSnapshot', { id: 'missing' })).code).toBe('NOT_FOUND');
  });
});

describe('goals', () => {
  it('creates goals with defaults, lists open ones first by horizon, and unlinks a deleted goal from its initiatives', async () => {
    const later = (await call<{ goal: { id: string; horizon: string; status: string } }>('goals.create', { clientId, goal: { title: 'Open a second site' } })).goal;
    expect(later).toMatchObject({ horizon: 'threeYears', status: 'open' });
    const soon = (await call<{ goal: { id: string } }>('goals.create', { clientId, goal: { title: 'Pass the HIPAA assessment', horizon: 'thisYear' } })).goal;
    const done = (await call<{ goal: { id: string } }>('goals.create', { clientId, goal: { title: 'Move to the cloud', horizon: 'thisYear', status: 'achieved' } })).goal;
    const list = await call<{ goals: Array<{ id: string }> }>('goals.list', { clientId });
    expect(list.goals.map((item) => item.id)).toEqual([soon.id, later.id, done.id]);

    const updated = await call<{ goal: { title: string; measureOfSuccess: string } }>('goals.update', { id: later.id, changes: { measureOfSuccess: 'Forty patients a day' } });
    expect(updated.goal).toMatchObject({ title: 'Open a second site', measureOfSuccess: 'Forty patients a day' });
    expect((await refused('goals.update', { id: later.id, changes: { title: '' } })).issues?.[0]?.path).toBe('changes.title');

    const initiative = (await call<{ initiative: { id: string } }>('initiatives.create', { clientId, initiative: { title: 'Second site network', why: { standardIds: [], reviewIds: [], goalIds: [later.id, soon.id], assetIds: [], clientRequest: '' } } })).initiative;
    expect(await call('goals.delete', { ids: [later.id] })).toEqual({ deleted: 1, unlinkedInitiatives: 1 });
    expect(practice.store.data.initiatives.find((item) => item.id === initiative.id)!.why.goalIds).toEqual([soon.id]);
    expect((await refused('goals.delete', { ids: [later.id] })).code).toBe('NOT_FOUND');
  });
});

describe('a client and what it owns', () => {
  it('deletes the canvass, its snapshots and the goals with the client, and the file still opens', async () => {
    await call('canvass.addNote', { clientId, block: 'channels', note: { id: 'n1', text: 'Referrals' } });
    await call('canvass.snapshot', { clientId });
    await call('goals.create', { clientId, goal: { title: 'Grow' } });
    await call('clients.delete', { id: clientId });
    expect(practice.store.data.canvasses).toEqual([]);
    expect(practice.store.data.canvassSnapshots).toEqual([]);
    expect(practice.store.data.goals).toEqual([]);
  });
});

describe('canvass exports through the contract', () => {
  it('saves the canvass PDF with the private notes only when asked, and the questionnaire', async () => {
    await call('canvass.addNote', { clientId, block: 'channels', note: { id: 'n1', text: 'Referrals from patients' } });
    const plain = await call<{ savedTo: string; fileName: string }>('export.canvassPdf', { clientId });
    expect(plain.fileName).toBe('Harbour Light Dental - Business canvass - 2026-03-10.pdf');
    const text = execFileSync('pdftotext', [plain.savedTo, '-']).toString();
    expect(text).toContain('Referrals from patients');
    expect(text).not.toContain('Owner may sell in 2029.');
    const withPrivate = await call<{ savedTo: string }>('export.canvassPdf', { clientId, includePrivateNotes: true });
    expect(execFileSync('pdftotext', [withPrivate.savedTo, '-']).toString()).toContain('Owner may sell in 2029.');
    const questions = await call<{ savedTo: string; fileName: string }>('export.questionnairePdf', { clientId });
    expect(questions.fileName).toBe('Harbour Light Dental - Business questions - 2026-03-10.pdf');
    expect(saved).toHaveLength(3);
  });
});
