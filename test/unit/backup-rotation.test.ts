import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../src-main/domain/app-state';
import { serializePractice } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, PracticeStore, type StoreOptions } from '../../src-main/store/practice-store';
import { makeClient, makePractice } from './factories';

/**
 * The backup rules of ARCHITECTURE.md (Data) on a real backups folder: automatic backups rotate, the
 * consultant's own never do, snapshots last until the next one, and files that are not valid backups
 * (or carry a date from a clock that ran ahead) can neither be deleted nor push the real ones out.
 */

let dataDir = '';
const openStores: PracticeStore[] = [];

beforeEach(async () => {
  dataDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-rotation-'));
});

afterEach(async () => {
  for (const store of openStores.splice(0)) await store.close();
  await nodeFs.rm(dataDir, { recursive: true, force: true });
});

/** A clock that moves one second each time it is read; `jump` moves it further. */
function steppingClock(startIso = '2026-03-20T09:00:00.000Z'): (() => Date) & { jump: (ms: number) => void } {
  let now = Date.parse(startIso);
  const clock = () => {
    now += 1_000;
    return new Date(now);
  };
  return Object.assign(clock, { jump: (ms: number) => void (now += ms) });
}

async function openStore(options: Partial<StoreOptions> = {}): Promise<PracticeStore> {
  const store = await PracticeStore.open({ dataDir, clock: steppingClock(), retryDelayMs: 600_000, ...options });
  openStores.push(store);
  return store;
}

async function closeStore(store: PracticeStore): Promise<void> {
  openStores.splice(openStores.indexOf(store), 1);
  await store.close();
}

function backupsFolder(): string {
  return path.join(dataDir, BACKUP_FOLDER_NAME);
}

async function filesInBackups(): Promise<string[]> {
  return (await nodeFs.readdir(backupsFolder())).sort();
}

function kinds(list: BackupInfo[]): string[] {
  return list.map((info) => info.kind);
}

describe('manual backups are the consultant’s', () => {
  it('keeps a manual backup through five restarts, each with its own automatic backup', async () => {
    const clock = steppingClock();
    const first = await openStore({ clock });
    await first.mutate((draft) => draft.clients.push(makeClient({ id: 'client-harbor', name: 'Harbor Dental Group' })));
    const manual = await first.createBackup('manual');
    await closeStore(first);

    for (let restart = 1; restart <= 5; restart += 1) {
      const store = await openStore({ clock });
      await store.mutate((draft) => draft.clients.push(makeClient({ id: `client-${restart}`, name: `Client ${restart}` })));
      await closeStore(store);
    }

    const store = await openStore({ clock });
    const list = await store.backups.list();
    expect(list.find((info) => info.id === manual.id)).toMatchObject({ kind: 'manual', valid: true, clientCount: 1 });
    expect(new TextDecoder().decode(await store.backups.read(manual.id))).toContain('Harbor Dental Group');
    // The automatic ones still rotate: 3 from today.
    expect(list.filter((info) => info.kind === 'open' || info.kind === 'interval')).toHaveLength(3);
  });

  it('never deletes manual backups, however many there are', async () => {
    const clock = steppingClock();
    const store = await openStore({ clock });
    const made: string[] = [];
    for (let index = 0; index < 14; index += 1) {
      made.push((await store.createBackup('manual')).id);
      clock.jump(6 * 3_600_000);
    }
    const listed = (await store.backups.list()).filter((info) => info.kind === 'manual').map((info) => info.id);
    expect(listed.sort()).toEqual([...made].sort());
  });
});

describe('files that are not valid backups, and dates from a clock that ran ahead', () => {
  async function writeBroken(names: string[]): Promise<void> {
    await nodeFs.mkdir(backupsFolder(), { recursive: true });
    for (const name of names) await nodeFs.writeFile(path.join(backupsFolder(), name), '{"schemaVersion": 3, "data": {"clie');
  }

  it('keeps the valid backups listed and can still make a new one when three broken files are dated in the future', async () => {
    const clock = steppingClock();
    const first = await openStore({ clock });
    await first.mutate((draft) => draft.clients.push(makeClient({ id: 'client-harbor', name: 'Harbor Dental Group' })));
    const manual = await first.createBackup('manual');
    await closeStore(first);
    const broken = ['practice-2031-01-01T00-00-00-000Z-open.json', 'practice-2031-01-02T00-00-00-000Z-interval.json', 'practice-2031-01-03T00-00-00-000Z-manual.json'];
    await writeBroken(broken);

    const store = await openStore({ clock });
    const list = await store.backups.list();
    const valid = list.filter((info) => info.valid);
    expect(valid.map((info) => info.id)).toContain(manual.id);
    expect(valid.filter((info) => info.kind === 'open').length).toBeGreaterThanOrEqual(1);
    // The broken files are reported (listed as not valid) and left where they are.
    expect(list.filter((info) => !info.valid).map((info) => info.id).sort()).toEqual([...broken].sort());

    const fresh = await store.createBackup('manual');
    expect(fresh).toMatchObject({ kind: 'manual', valid: true, clientCount: 1 });
    for (let index = 0; index < 5; index += 1) {
      await store.mutate((draft) => draft.clients.push(makeClient({ id: `client-${index}`, name: `Client ${index}` })));
      clock.jump(16 * 60_000);
    }
    const after = await store.backups.list();
    expect(after.map((info) => info.id)).toEqual(expect.arrayContaining([manual.id, fresh.id, ...broken]));
    expect(after.filter((info) => info.valid && info.kind === 'interval').length).toBeGreaterThan(0);
    expect(await store.backups.newestValid()).not.toBeNull();
  });

  it('never deletes a file that does not read back as a backup, and does not count it', async () => {
    const clock = steppingClock('2026-03-01T09:00:00.000Z');
    const store = await openStore({ clock });
    const brokenYesterday = 'practice-2026-03-01T08-00-00-000Z-interval.json';
    await writeBroken([brokenYesterday]);
    // Twelve days of work, one automatic backup a day: the broken file must neither go nor take a place.
    for (let day = 0; day < 12; day += 1) {
      clock.jump(24 * 3_600_000);
      await store.mutate((draft) => draft.clients.push(makeClient({ id: `client-${day}`, name: `Client ${day}` })));
    }
    const list = await store.backups.list();
    expect(list.find((info) => info.id === brokenYesterday)).toMatchObject({ valid: false });
    expect(list.filter((info) => info.valid && (info.kind === 'open' || info.kind === 'interval'))).toHaveLength(10);
  });

  it('does not let valid backups dated in the future push out the one just made or the real ones of earlier days', async () => {
    const clock = steppingClock();
    const first = await openStore({ clock });
    await first.mutate((draft) => draft.clients.push(makeClient({ id: 'client-harbor', name: 'Harbor Dental Group' })));
    clock.jump(24 * 3_600_000);
    await closeStore(first);
    const yesterdays = (await filesInBackups()).filter((name) => name.endsWith('-open.json') || name.endsWith('-interval.json'));
    expect(yesterdays.length).toBeGreaterThan(0);
    // A clock that ran years ahead made twelve valid automatic backups.
    const content = serializePractice(makePractice());
    for (let month = 1; month <= 12; month += 1) {
      await nodeFs.writeFile(path.join(backupsFolder(), `practice-2031-${String(month).padStart(2, '0')}-01T00-00-00-000Z-open.json`), content);
    }

    const store = await openStore({ clock });
    const made = await store.createBackup('interval');
    const list = await store.backups.list();
    expect(list.map((info) => info.id)).toContain(made.id);
    // Yesterday keeps its newest real backup; the future-dated ones share today's three places.
    expect(list.some((info) => yesterdays.includes(info.id))).toBe(true);
    const future = list.filter((info) => info.createdAt.startsWith('2031'));
    expect(future.length).toBeLessThanOrEqual(1);
    expect(list.filter((info) => info.kind === 'open' || info.kind === 'interval').length).toBeLessThanOrEqual(10);
  });
});

describe('snapshots before a migration or a restore', () => {
  it('keeps the snapshot of the last restore until the next restore, and the undo with it', async () => {
    const store = await openStore();
    await store.mutate((draft) => draft.clients.push(makeClient({ id: 'client-harbor', name: 'Harbor Dental Group' })));
    const backup = await store.createBackup('manual');
    await store.mutate((draft) => draft.clients.push(makeClient({ id: 'client-birch', name: 'Birch & Co' })));
    await store.restore(backup.id);
    const firstSnapshot = (await store.backups.list()).filter((info) => info.kind === 'pre-restore');
    expect(firstSnapshot).toHaveLength(1);

    await store.mutate((draft) => draft.clients.push(makeClient({ id: 'client-cedar', name: 'Cedar Law' })));
    await store.restore(backup.id);
    const snapshots = (await store.backups.list()).filter((info) => info.kind === 'pre-restore');
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.id).not.toBe(firstSnapshot[0]!.id);
    expect(snapshots[0]).toMatchObject({ valid: true, clientCount: 2 });
    expect(await store.undoAvailable()).toBe(true);
    expect(await store.undoRestore()).toBe(true);
    expect(store.data.clients.map((client) => client.id)).toEqual(['client-harbor', 'client-cedar']);
  });
});

describe('backups made within the same millisecond', () => {
  it('keep the order they were made in, whatever their kind', async () => {
    const frozen = new Date('2026-03-20T09:00:00.000Z');
    const store = await openStore({ clock: () => frozen });
    const made = [await store.createBackup('manual'), await store.createBackup('manual'), await store.createBackup('interval'), await store.createBackup('manual')];
    const listed = (await store.backups.list()).filter((info) => made.some((backup) => backup.id === info.id));
    expect(listed.map((info) => info.id)).toEqual([...made].reverse().map((info) => info.id));
    expect(kinds(listed)).toEqual(['manual', 'interval', 'manual', 'manual']);
  });

  it('rotate the earliest made out first', async () => {
    const frozen = new Date('2026-03-20T09:00:00.000Z');
    const store = await openStore({ clock: () => frozen });
    const made: string[] = [];
    for (let index = 0; index < 5; index += 1) made.push((await store.createBackup('interval')).id);
    const automatic = (await store.backups.list()).filter((info) => info.kind === 'interval' || info.kind === 'open');
    expect(automatic.map((info) => info.id)).toEqual(made.slice(-3).reverse());
  });
});
