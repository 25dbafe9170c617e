import { spawn } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveState } from '../../src-main/api/contract';
import type { Client } from '../../src-main/domain/client';
import type { FileSystem } from '../../src-main/store/durable-file';
import { SaveFailedError, StoreNotWritableError } from '../../src-main/store/errors';
import { LOCK_FILE } from '../../src-main/store/folder-lock';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { serializePractice } from '../../src-main/store/practice-file';
import { emptyPractice } from '../../src-main/domain/practice';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME, PracticeStore, type StoreOptions } from '../../src-main/store/practice-store';
import { defaultLibraryOf } from '../../src-main/domain/standards-library';
import { SMALL_LIBRARY } from '../fixtures/small-standards-library';
import { DAMAGED_FILES, envelopeBytes } from './damaged-files';
import { makeClient, makePractice } from './factories';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

let dataDir = '';
const openStores: PracticeStore[] = [];

beforeEach(async () => {
  dataDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-store-test-'));
});

afterEach(async () => {
  for (const store of openStores.splice(0)) await store.close();
  await nodeFs.rm(dataDir, { recursive: true, force: true });
});

/**
 * A clock that moves one second forward each time it is read, so backups never share a timestamp,
 * and that a test can move further ahead.
 */
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

function dataFile(): string {
  return path.join(dataDir, DATA_FILE_NAME);
}

async function readDataFile(): Promise<Uint8Array> {
  return new Uint8Array(await nodeFs.readFile(dataFile()));
}

async function readEnvelope(): Promise<{ schemaVersion: number; data: { clients: Client[] } }> {
  return JSON.parse(await nodeFs.readFile(dataFile(), 'utf8')) as { schemaVersion: number; data: { clients: Client[] } };
}

function clientNamed(name: string, id: string): Client {
  return makeClient({ id, name });
}

async function expectRejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to be rejected');
}

describe('first start', () => {
  it('creates the data file with the current schema version and an empty practice', async () => {
    const store = await openStore();
    expect(store.state).toBe('ok');
    const envelope = await readEnvelope();
    expect(envelope.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(envelope.data).toEqual({ ...emptyPractice(), reviewWordings: [] });
    expect(store.status()).toMatchObject({ state: 'ok', reason: null, fileSchemaVersion: CURRENT_SCHEMA_VERSION, unsaved: null, practiceEmpty: true });
    expect(store.status().lastSavedAt).not.toBeNull();
  });

  it('creates the data folder if it does not exist yet', async () => {
    const nested = path.join(dataDir, 'Documents', 'vCIO Desk');
    const store = await openStore({ dataDir: nested });
    expect(store.state).toBe('ok');
    await expect(nodeFs.stat(path.join(nested, DATA_FILE_NAME))).resolves.toBeTruthy();
  });

  it('removes temp files left by a write that was cut off', async () => {
    const leftover = path.join(dataDir, `${DATA_FILE_NAME}.4242-deadbeef.tmp`);
    await nodeFs.writeFile(leftover, '{"half":');
    await openStore();
    await expect(nodeFs.stat(leftover)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('saving changes', () => {
  it('writes a change durably: a new session sees the client added', async () => {
    const store = await openStore();
    const returned = await store.mutate((draft) => {
      draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor'));
      return draft.clients.length;
    });
    expect(returned).toBe(1);
    expect((await readEnvelope()).data.clients.map((client) => client.name)).toEqual(['Harbor Dental Group']);
    await closeStore(store);

    const reopened = await openStore();
    expect(reopened.data.clients.map((client) => client.id)).toEqual(['client-harbor']);
    expect(reopened.status().practiceEmpty).toBe(false);
  });

  it('tells the screen it is saving and then saved', async () => {
    const states: SaveState['state'][] = [];
    const store = await openStore({ onSaveState: (state) => states.push(state.state) });
    states.length = 0;
    await store.mutate((draft) => {
      draft.settings.labourRateCents = 17_500;
    });
    expect(states).toEqual(['saving', 'saved']);
  });

  it('keeps writes in order when several changes arrive at once', async () => {
    const store = await openStore();
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((letter) => store.mutate((draft) => draft.clients.push(clientNamed(`Client ${letter}`, `client-${letter}`)))),
    );
    expect((await readEnvelope()).data.clients).toHaveLength(5);
  });
});

describe('a write that fails (disk full)', () => {
  let failWrites = false;
  const diskFull = (): Promise<never> =>
    Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC' }));
  const flakyFs: FileSystem = {
    open: (file, flags, mode) => (failWrites ? diskFull() : nodeFs.open(file, flags, mode)),
    rename: nodeFs.rename,
    unlink: nodeFs.unlink,
    readFile: nodeFs.readFile,
    readdir: nodeFs.readdir,
    mkdir: nodeFs.mkdir,
    stat: nodeFs.stat,
    rm: nodeFs.rm,
  };

  beforeEach(() => {
    failWrites = false;
  });

  it('throws SaveFailedError, keeps the change in memory, marks it unsaved and leaves the file as it was', async () => {
    const states: SaveState[] = [];
    const store = await openStore({ fs: flakyFs, onSaveState: (state) => states.push(state) });
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    const before = await readDataFile();

    failWrites = true;
    const error = await expectRejection(store.mutate((draft) => draft.clients.push(clientNamed('Birch & Co', 'client-birch'))));
    expect(error).toBeInstanceOf(SaveFailedError);
    expect((error as SaveFailedError).causeCode).toBe('ENOSPC');
    expect((error as SaveFailedError).message).toMatch(/^Not saved yet: the disk is full\./);

    expect(store.data.clients.map((client) => client.id)).toEqual(['client-harbor', 'client-birch']);
    expect(store.status().unsaved?.message).toMatch(/the disk is full/);
    expect(states.at(-1)).toMatchObject({ state: 'failed' });
    expect(await readDataFile()).toEqual(before);
    const leftovers = (await nodeFs.readdir(dataDir)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('writes the kept change when retried after the disk has room again', async () => {
    const store = await openStore({ fs: flakyFs });
    failWrites = true;
    await expectRejection(store.mutate((draft) => draft.clients.push(clientNamed('Birch & Co', 'client-birch'))));
    const since = store.status().unsaved?.since;
    expect(since).toBeTruthy();

    // Still failing: the retry says so in words instead of answering as if it had saved.
    const stillFailing = await expectRejection(store.retrySave());
    expect(stillFailing).toBeInstanceOf(SaveFailedError);
    expect((stillFailing as Error).message).toMatch(/^Not saved yet: the disk is full\./);
    expect(store.status().unsaved?.since).toBe(since);
    expect((await readEnvelope()).data.clients).toEqual([]);

    failWrites = false;
    await store.retrySave();
    expect(store.status().unsaved).toBeNull();
    expect((await readEnvelope()).data.clients.map((client) => client.id)).toEqual(['client-birch']);
  });
});

describe('a damaged data file', () => {
  for (const damaged of DAMAGED_FILES) {
    it(`is left byte for byte unchanged and opens in recovery (${damaged.kind})`, async () => {
      const bytes = damaged.bytes();
      await nodeFs.writeFile(dataFile(), bytes);
      const store = await openStore();
      expect(store.state).toBe('recovery');
      expect(store.status().reason).toMatch(damaged.reason);
      expect(() => store.data).toThrow(StoreNotWritableError);
      await expect(store.mutate((draft) => draft.clients.push(clientNamed('X', 'x')))).rejects.toBeInstanceOf(StoreNotWritableError);
      await closeStore(store);
      expect(await readDataFile()).toEqual(bytes);
    });
  }

  it('offers the newest valid backup, passing over a newer damaged one', async () => {
    const store = await openStore();
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    await store.createBackup('manual');
    await store.mutate((draft) => draft.clients.push(clientNamed('Birch & Co', 'client-birch')));
    const newest = await store.createBackup('manual');
    await closeStore(store);
    await nodeFs.writeFile(path.join(dataDir, BACKUP_FOLDER_NAME, 'practice-2030-01-01T00-00-00-000Z-manual.json'), '{"schemaVersion": 2, "da');
    await nodeFs.writeFile(dataFile(), new Uint8Array(512));

    const recovering = await openStore();
    expect(recovering.state).toBe('recovery');
    const offered = await recovering.backups.newestValid();
    expect(offered?.id).toBe(newest.id);
    expect(offered).toMatchObject({ valid: true, clientCount: 2, kind: 'manual', schemaVersion: CURRENT_SCHEMA_VERSION });
    const all = await recovering.backups.list();
    expect(all[0]).toMatchObject({ id: 'practice-2030-01-01T00-00-00-000Z-manual.json', valid: false });
  });

  it('offers no backup when there is none', async () => {
    await nodeFs.writeFile(dataFile(), 'null');
    const store = await openStore();
    expect(await store.backups.newestValid()).toBeNull();
  });

  it('can be replaced by a backup, keeping the damaged bytes in a pre-restore backup, and the restore undone', async () => {
    const store = await openStore();
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    await store.createBackup('manual');
    await closeStore(store);
    const truncated = (await readDataFile()).slice(0, 100);
    await nodeFs.writeFile(dataFile(), truncated);

    const recovering = await openStore();
    expect(recovering.state).toBe('recovery');
    const offered = await recovering.backups.newestValid();
    expect(offered).not.toBeNull();
    await recovering.restore(offered!.id);

    expect(recovering.state).toBe('ok');
    expect(recovering.data.clients.map((client) => client.id)).toEqual(['client-harbor']);
    const preRestore = (await recovering.backups.list()).find((info) => info.kind === 'pre-restore');
    expect(preRestore).toMatchObject({ valid: false });
    expect(new Uint8Array(await recovering.backups.read(preRestore!.id))).toEqual(truncated);
    expect(await recovering.undoAvailable()).toBe(true);

    expect(await recovering.undoRestore()).toBe(true);
    expect(await readDataFile()).toEqual(truncated);
    expect(recovering.state).toBe('recovery');
    expect(await recovering.undoAvailable()).toBe(false);
  });
});

describe('a file from a newer version of vCIO Desk', () => {
  it('is refused, named in the reason, and left untouched', async () => {
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const bytes = envelopeBytes({ ...makePractice(), newFeature: [] }, newer);
    await nodeFs.writeFile(dataFile(), bytes);
    const store = await openStore();
    expect(store.state).toBe('recovery');
    expect(store.status().reason).toContain(`newer version of vCIO Desk (schema ${newer}; this version reads up to ${CURRENT_SCHEMA_VERSION})`);
    expect(store.status().fileSchemaVersion).toBe(newer);
    await expect(store.mutate(() => undefined)).rejects.toBeInstanceOf(StoreNotWritableError);
    await closeStore(store);
    expect(await readDataFile()).toEqual(bytes);
    expect(await nodeFs.readdir(path.join(dataDir, BACKUP_FOLDER_NAME)).catch(() => [])).toEqual([]);
  });
});

describe('a schema 1 file', () => {
  it('is backed up as it was (pre-migration), migrated, and saved at the current schema', async () => {
    const original = new Uint8Array(await nodeFs.readFile(path.join(FIXTURES, 'practice-v1.json')));
    await nodeFs.writeFile(dataFile(), original);
    const store = await openStore();

    expect(store.state).toBe('ok');
    expect(store.status().fileSchemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.data.clients.map((client) => client.name)).toEqual(['Harbor Dental Group', 'Birch & Co Accountants', 'Cedar Law LLP']);
    expect(store.data.clients.every((client) => client.budgetPlan.horizonYears === 3)).toBe(true);
    expect(store.data.settings.lifespans.laptop).toBe(36);

    const backups = await store.backups.list();
    const preMigration = backups.filter((info) => info.kind === 'pre-migration');
    expect(preMigration).toHaveLength(1);
    expect(preMigration[0]).toMatchObject({ schemaVersion: 1, valid: true, clientCount: 3 });
    expect(new Uint8Array(await store.backups.read(preMigration[0]!.id))).toEqual(original);

    const envelope = await readEnvelope();
    expect(envelope.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(envelope.data.clients[0]?.budgetPlan).toEqual({ startMonth: null, horizonYears: 3, spendingLimitPerQuarterCents: null });
  });
});

describe('backups', () => {
  it('makes a manual backup the list shows first, with its client count', async () => {
    const store = await openStore();
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    const backup = await store.createBackup('manual');
    expect(backup).toMatchObject({ kind: 'manual', valid: true, clientCount: 1, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(backup.id).toMatch(/^practice-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-manual\.json$/);
    const list = await store.backups.list();
    expect(list[0]?.id).toBe(backup.id);
    const onDisk = await nodeFs.readFile(path.join(dataDir, BACKUP_FOLDER_NAME, backup.id), 'utf8');
    expect(onDisk).toBe(serializePractice(store.data));
  });

  it('makes an "open" backup each time a valid practice is opened', async () => {
    const clock = steppingClock();
    const first = await openStore({ clock });
    await first.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    await closeStore(first);
    const second = await openStore({ clock });
    const list = await second.backups.list();
    expect(list.filter((info) => info.kind === 'open')).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'open', clientCount: 1, valid: true });
  });

  it('backs up while changes are made at most once per interval', async () => {
    const clock = steppingClock();
    const store = await openStore({ clock, backupIntervalMs: 15 * 60 * 1000 });
    const intervalBackups = async () => (await store.backups.list()).filter((info) => info.kind === 'interval');
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    const afterFirst = (await intervalBackups()).length;
    expect(afterFirst).toBeLessThanOrEqual(1);
    await store.mutate((draft) => draft.clients.push(clientNamed('Birch & Co', 'client-birch')));
    await store.mutate((draft) => draft.clients.push(clientNamed('Cedar Law', 'client-cedar')));
    expect(await intervalBackups()).toHaveLength(afterFirst);

    clock.jump(16 * 60 * 1000);
    await store.mutate((draft) => draft.clients.push(clientNamed('Dune Dental Lab', 'client-dune')));
    const after = await intervalBackups();
    expect(after).toHaveLength(afterFirst + 1);
    expect(after[0]).toMatchObject({ clientCount: 4, valid: true });
  });

  it('restores a backup after keeping the current practice in a pre-restore backup, and undoes the restore', async () => {
    const store = await openStore();
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    const oneClient = await store.createBackup('manual');
    await store.mutate((draft) => draft.clients.push(clientNamed('Birch & Co', 'client-birch')));
    expect(await store.undoAvailable()).toBe(false);

    const restored = await store.restore(oneClient.id);
    expect(restored?.id).toBe(oneClient.id);
    expect(store.data.clients.map((client) => client.id)).toEqual(['client-harbor']);
    expect((await readEnvelope()).data.clients).toHaveLength(1);
    const preRestore = (await store.backups.list()).find((info) => info.kind === 'pre-restore');
    expect(preRestore).toMatchObject({ valid: true, clientCount: 2 });
    expect(await store.undoAvailable()).toBe(true);

    expect(await store.undoRestore()).toBe(true);
    expect(store.data.clients.map((client) => client.id)).toEqual(['client-harbor', 'client-birch']);
    expect((await readEnvelope()).data.clients).toHaveLength(2);
    expect(await store.undoAvailable()).toBe(false);
    expect(await store.undoRestore()).toBe(false);
  });

  it('carries the undo in the restored file itself, offers it after a restart, and drops it with the next save', async () => {
    const store = await openStore();
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    const oneClient = await store.createBackup('manual');
    await store.mutate((draft) => draft.clients.push(clientNamed('Birch & Co', 'client-birch')));
    await store.restore(oneClient.id);
    const restoredEnvelope = (await readEnvelope()) as { restoredFrom?: { preRestoreId: string; restoredId: string } };
    expect(restoredEnvelope.restoredFrom?.restoredId).toBe(oneClient.id);
    expect(restoredEnvelope.restoredFrom?.preRestoreId).toMatch(/-pre-restore\.json$/);
    await store.close();
    openStores.splice(openStores.indexOf(store), 1);

    const reopened = await openStore();
    expect(await reopened.undoAvailable()).toBe(true);
    await reopened.mutate((draft) => draft.clients.push(clientNamed('Cedar Law', 'client-cedar')));
    expect('restoredFrom' in (await readEnvelope())).toBe(false);
    expect(await reopened.undoAvailable()).toBe(false);
  });

  it('ignores and removes the undo marker file of earlier releases', async () => {
    await nodeFs.mkdir(path.join(dataDir, BACKUP_FOLDER_NAME), { recursive: true });
    const legacyMarker = path.join(dataDir, BACKUP_FOLDER_NAME, 'undo-restore.json');
    await nodeFs.writeFile(legacyMarker, JSON.stringify({ preRestoreId: 'x.json', restoredId: 'y.json', at: '2026-01-01T00:00:00.000Z', restoredSha256: 'ab', restoredBytes: 2 }));
    const store = await openStore();
    expect(await store.undoAvailable()).toBe(false);
    await expect(nodeFs.stat(legacyMarker)).rejects.toThrow();
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const store = await openStore();
    await store.mutate((draft) => draft.clients.push(clientNamed('Harbor Dental Group', 'client-harbor')));
    const name = 'practice-2026-03-01T10-00-00-000Z-manual.json';
    await nodeFs.mkdir(path.join(dataDir, BACKUP_FOLDER_NAME), { recursive: true });
    await nodeFs.writeFile(path.join(dataDir, BACKUP_FOLDER_NAME, name), '');
    const before = await readDataFile();
    const error = await expectRejection(store.restore(name));
    expect(error).toBeInstanceOf(StoreNotWritableError);
    expect((error as Error).message).toMatch(/^That backup cannot be restored: The data file is empty\./);
    expect(await readDataFile()).toEqual(before);
    expect(await store.undoAvailable()).toBe(false);
  });

  it('refuses a backup name that is not one of its own files', async () => {
    const store = await openStore();
    await expect(store.backups.read('../practice.json')).rejects.toThrow('There is no backup called ../practice.json');
  });
});

describe('one writer per data folder', () => {
  async function writeLock(pid: number, host: string): Promise<string> {
    const content = JSON.stringify({ pid, host, startedAt: '2026-03-20T08:00:00.000Z' });
    await nodeFs.writeFile(path.join(dataDir, LOCK_FILE), content);
    return content;
  }

  it('holds a lock file naming this process while open, and removes it on close', async () => {
    const store = await openStore();
    const lock = JSON.parse(await nodeFs.readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid: number; host: string };
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() });
    await closeStore(store);
    await expect(nodeFs.stat(path.join(dataDir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('opens read-only when a live process on this computer holds the lock, and refuses changes', async () => {
    await nodeFs.writeFile(dataFile(), serializePractice(makePractice()));
    const before = await readDataFile();
    const lock = await writeLock(process.ppid, hostname());

    const store = await openStore();
    expect(store.state).toBe('readOnly');
    expect(store.status().reason).toMatch(new RegExp(`Another copy of vCIO Desk is using this data folder \\(process ${process.ppid} on `));
    expect(store.data.clients).toHaveLength(2);
    await expect(store.mutate((draft) => draft.clients.pop())).rejects.toBeInstanceOf(StoreNotWritableError);
    await closeStore(store);

    expect(await readDataFile()).toEqual(before);
    expect(await nodeFs.readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(lock);
    expect(await nodeFs.readdir(path.join(dataDir, BACKUP_FOLDER_NAME)).catch(() => [])).toEqual([]);
  });

  it('does not create a data file in a folder locked by another process', async () => {
    await writeLock(process.ppid, hostname());
    const store = await openStore();
    expect(store.state).toBe('readOnly');
    await expect(nodeFs.stat(dataFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('treats a lock held from another computer as held', async () => {
    await writeLock(12345, 'consultant-laptop.local');
    const store = await openStore();
    expect(store.state).toBe('readOnly');
    expect(store.status().reason).toMatch(/process 12345 on consultant-laptop\.local/);
  });

  it('opens read-only while a second copy in a child process holds the folder, and takes over once it has exited', async () => {
    // A real second copy: a child process opens the same folder with PracticeStore and keeps it open.
    const storeModule = path.resolve(import.meta.dirname, '..', '..', 'src-main', 'store', 'practice-store.ts');
    const script = [
      `const { PracticeStore } = await import(${JSON.stringify(pathToFileURL(storeModule).href)});`,
      `const store = await PracticeStore.open({ dataDir: ${JSON.stringify(dataDir)} });`,
      `process.stdout.write(store.state + '\\n');`,
      'setInterval(() => {}, 1000);',
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const childState = await new Promise<string>((resolve, reject) => {
        let output = '';
        let errors = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('\n')) resolve(output.trim());
        });
        child.stderr.on('data', (chunk: Buffer) => {
          errors += chunk.toString();
        });
        child.once('exit', (code) => reject(new Error(`the child exited (${code}) before opening the store: ${errors}`)));
      });
      expect(childState).toBe('ok');

      const second = await openStore();
      expect(second.state).toBe('readOnly');
      expect(second.status().reason).toContain(`process ${child.pid} on ${hostname()}`);
      await expect(second.mutate((draft) => draft.clients.push(clientNamed('X', 'x')))).rejects.toBeInstanceOf(StoreNotWritableError);
      await closeStore(second);
    } finally {
      child.kill();
      await exited;
    }
    // The child was killed without releasing its lock: the lock now names a dead process and is taken over.
    const store = await openStore();
    expect(store.state).toBe('ok');
    const lock = JSON.parse(await nodeFs.readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
  });

  it('takes over a lock held by a process that has exited but was not reaped (a zombie)', async (context) => {
    if (process.platform !== 'linux') {
      context.skip();
      return;
    }
    // The shell starts a child that exits at once, then becomes `sleep`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise<void>((resolve) => parent.once('exit', () => resolve()));
    try {
      const zombiePid = await new Promise<number>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
      const readState = async () => {
        const stat = await nodeFs.readFile(`/proc/${zombiePid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      };
      for (let attempt = 0; attempt < 100 && (await readState()) !== 'Z'; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await readState()).toBe('Z');
      expect(() => process.kill(zombiePid, 0)).not.toThrow();
      await writeLock(zombiePid, hostname());

      const store = await openStore();
      expect(store.state).toBe('ok');
      const lock = JSON.parse(await nodeFs.readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid: number };
      expect(lock.pid).toBe(process.pid);
    } finally {
      parent.kill();
      await exited;
    }
  });

  it('takes over a lock file that is not readable', async () => {
    await nodeFs.writeFile(path.join(dataDir, LOCK_FILE), 'garbage');
    const store = await openStore();
    expect(store.state).toBe('ok');
  });
});

describe('the default standards library', () => {
  const library = () => Promise.resolve(defaultLibraryOf(SMALL_LIBRARY, '2026-03-20T09:00:00.000Z'));

  it('is loaded into a new practice and written with it, its edition recorded', async () => {
    const store = await openStore({ defaultStandards: library });
    expect(store.data.standards.map((item) => item.id)).toEqual(SMALL_LIBRARY.standards.map((item) => item.id));
    expect(store.data.standards.every((item) => item.origin === 'default')).toBe(true);
    const envelope = JSON.parse(await nodeFs.readFile(dataFile(), 'utf8')) as { data: { standards: unknown[]; defaultStandardsEdition: number } };
    expect(envelope.data.standards).toHaveLength(SMALL_LIBRARY.standards.length);
    expect(envelope.data.defaultStandardsEdition).toBe(1);
    expect(store.status().practiceEmpty).toBe(true);
  });

  it('is loaded once into a practice migrated from schema 2, and never again after the consultant deletes standards', async () => {
    await nodeFs.copyFile(path.join(FIXTURES, 'practice-v2.json'), dataFile());
    let calls = 0;
    const counted = () => {
      calls += 1;
      return library();
    };
    const store = await openStore({ defaultStandards: counted });
    expect(store.data.standards).toHaveLength(SMALL_LIBRARY.standards.length);
    expect(store.data.defaultStandardsEdition).toBe(1);
    expect(store.data.clients.length).toBeGreaterThan(0);
    await store.mutate((draft) => {
      draft.standards = draft.standards.slice(0, 2);
    });
    await closeStore(store);

    const reopened = await openStore({ defaultStandards: counted });
    expect(reopened.data.standards).toHaveLength(2);
    expect(calls).toBe(1);
  });

  it('is loaded into a schema 3 practice that never had it, keeping what is there', async () => {
    const practice = makePractice();
    await nodeFs.writeFile(dataFile(), serializePractice(practice));
    const store = await openStore({ defaultStandards: library });
    expect(store.data.clients.map((client) => client.id)).toEqual(practice.clients.map((client) => client.id));
    expect(store.data.assets).toEqual(practice.assets);
    expect(store.data.standards).toHaveLength(SMALL_LIBRARY.standards.length);
    expect(JSON.parse(await nodeFs.readFile(dataFile(), 'utf8')).data.defaultStandardsEdition).toBe(1);
  });

  it('missing or failing never blocks opening: the practice opens without it and tries again next time', async () => {
    const store = await openStore({ defaultStandards: () => Promise.reject(new Error('ENOENT: standards-library.json')) });
    expect(store.state).toBe('ok');
    expect(store.data.standards).toEqual([]);
    expect(store.data.defaultStandardsEdition).toBeNull();
    await closeStore(store);
    const missing = await openStore({ defaultStandards: () => Promise.resolve(null) });
    expect(missing.data.defaultStandardsEdition).toBeNull();
    await closeStore(missing);
    const later = await openStore({ defaultStandards: library });
    expect(later.data.standards).toHaveLength(SMALL_LIBRARY.standards.length);
  });

  it('is not loaded into a practice opened read-only', async () => {
    await nodeFs.writeFile(dataFile(), serializePractice(emptyPractice()));
    const before = await readDataFile();
    await nodeFs.writeFile(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: '2026-03-20T08:00:00.000Z' }));
    const store = await openStore({ defaultStandards: library });
    expect(store.state).toBe('readOnly');
    expect(store.data.standards).toEqual([]);
    expect(await readDataFile()).toEqual(before);
  });
});
