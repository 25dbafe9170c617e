import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import type { PracticeData } from '../../src-main/domain/practice';
import { serializePractice } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME, PracticeStore } from '../../src-main/store/practice-store';
import { faultyFileSystem } from '../harness/faulty-fs';
import { folderPlatform } from '../harness/test-platform';
import { makeClient, makePractice } from './factories';

/**
 * Restores that cannot lose acknowledged work: changes sent while a restore runs are refused in
 * words (never acknowledged and then overwritten), an undo is offered only while the restored file
 * is the one in place, and a full disk during a backup or a restore is explained.
 */

let dataDir = '';
let practice: OpenPractice;
let faults: ReturnType<typeof faultyFileSystem>;

beforeEach(async () => {
  dataDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-restore-'));
  faults = faultyFileSystem();
  let counter = 0;
  practice = await openPractice({
    dataDir,
    platform: folderPlatform(path.join(dataDir, 'exports')).platform,
    fs: faults.fs,
    newId: () => `id${(counter += 1)}`,
  });
});

afterEach(async () => {
  await practice.close();
  await nodeFs.rm(dataDir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function fileOnDisk(): Promise<PracticeData> {
  return (JSON.parse(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME), 'utf8')) as { data: PracticeData }).data;
}

/** A backup of some megabytes (2,000 clients with long notes), so that restoring it takes a while. */
async function writeLargeBackup(): Promise<string> {
  const base = makePractice();
  const clients = Array.from({ length: 2_000 }, (_unused, index) =>
    makeClient({ id: `restored-${index}`, name: `Restored client ${index}`, notes: `Visit notes ${index}. `.repeat(180) }),
  );
  const id = 'practice-2026-03-01T10-00-00-000Z-manual.json';
  await nodeFs.mkdir(path.join(dataDir, BACKUP_FOLDER_NAME), { recursive: true });
  await nodeFs.writeFile(path.join(dataDir, BACKUP_FOLDER_NAME, id), serializePractice({ ...base, clients, assets: [], services: [], initiatives: [] }));
  return id;
}

describe('changes sent while a restore runs', () => {
  it('are refused with words or kept afterwards, never acknowledged and lost', async () => {
    const backupId = await writeLargeBackup();
    expect((await nodeFs.stat(path.join(dataDir, BACKUP_FOLDER_NAME, backupId))).size).toBeGreaterThan(5_000_000);
    await call('clients.create', { client: { name: 'Made before the restore' } });

    let restoring = true;
    const restore = practice.registry.invoke('backups.restore', { id: backupId }).finally(() => {
      restoring = false;
    });
    const attempts: Array<{ name: string; result: Awaited<ReturnType<OpenPractice['registry']['invoke']>> }> = [];
    const sent: Promise<unknown>[] = [];
    let index = 0;
    while (restoring) {
      const name = `Sent during the restore ${(index += 1)}`;
      sent.push(practice.registry.invoke('clients.create', { client: { name } }).then((result) => attempts.push({ name, result })));
      // A timer, not the answer: refusals come back at once, and waiting on them alone would starve the restore.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await Promise.all(sent);
    expect(await restore).toMatchObject({ ok: true });

    const refused = attempts.filter((attempt) => !attempt.result.ok);
    const acknowledged = attempts.filter((attempt) => attempt.result.ok);
    expect(refused.length, 'some changes arrived while the restore ran').toBeGreaterThan(0);
    for (const attempt of refused) {
      expect(attempt.result).toMatchObject({ ok: false, error: { code: 'NOT_WRITABLE', message: 'A backup is being restored. Try again in a moment: this change was not made.' } });
    }
    const inMemory = new Set(practice.store.data.clients.map((client) => client.name));
    const onDisk = new Set((await fileOnDisk()).clients.map((client) => client.name));
    for (const attempt of acknowledged) {
      expect(inMemory.has(attempt.name), `${attempt.name} was acknowledged, so it must be in the practice`).toBe(true);
      expect(onDisk.has(attempt.name), `${attempt.name} was acknowledged, so it must be in the file`).toBe(true);
    }
    expect(onDisk.has('Restored client 1999')).toBe(true);
    expect(onDisk.has('Made before the restore')).toBe(false);
    console.log(`restore: ${refused.length} changes refused while it ran, ${acknowledged.length} made after it`);
  });

  it('refuses a second restore and a manual backup while one runs', async () => {
    const backupId = await writeLargeBackup();
    const restore = practice.registry.invoke('backups.restore', { id: backupId });
    const [second, backup] = await Promise.all([practice.registry.invoke('backups.restore', { id: backupId }), practice.registry.invoke('backups.create', {})]);
    expect(second).toMatchObject({ ok: false, error: { code: 'NOT_WRITABLE', message: expect.stringMatching(/^A backup is being restored\. Try again in a moment/) } });
    expect(backup).toMatchObject({ ok: false, error: { code: 'NOT_WRITABLE', message: expect.stringMatching(/^A backup is being restored\./) } });
    expect(await restore).toMatchObject({ ok: true });
  });
});

describe('undo of a restore', () => {
  it('is offered only while the restored file is the one in place', async () => {
    await call('clients.create', { client: { name: 'Harbor Dental Group' } });
    const { backup } = await call<{ backup: { id: string } }>('backups.create');
    await call('clients.create', { client: { name: 'Birch & Co' } });
    const restored = await call<{ undoAvailable: boolean }>('backups.restore', { id: backup.id });
    expect(restored.undoAvailable).toBe(true);

    // A change after the restore: undoing now would throw it away, so no undo is offered any more.
    await call('clients.create', { client: { name: 'Made after the restore' } });
    expect((await call<{ undoAvailable: boolean }>('backups.list')).undoAvailable).toBe(false);
    expect(await call('backups.undoRestore')).toEqual({ undone: false });
    expect((await fileOnDisk()).clients.map((client) => client.name)).toEqual(['Harbor Dental Group', 'Made after the restore']);
  });

  it('refuses a marker whose restored file was replaced behind its back', async () => {
    await call('clients.create', { client: { name: 'Harbor Dental Group' } });
    const { backup } = await call<{ backup: { id: string } }>('backups.create');
    await call('backups.restore', { id: backup.id });
    const other = serializePractice({ ...makePractice(), clients: [makeClient({ id: 'client-other', name: 'Written by another program' })] });
    await nodeFs.writeFile(path.join(dataDir, DATA_FILE_NAME), other);
    expect(await practice.store.undoAvailable()).toBe(false);
    expect(await practice.store.undoRestore()).toBe(false);
    expect(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME), 'utf8')).toBe(other);
  });
});

describe('a full disk during a backup or a restore', () => {
  it('is explained in words, and the practice is left as it was', async () => {
    await call('clients.create', { client: { name: 'Harbor Dental Group' } });
    const { backup } = await call<{ backup: { id: string } }>('backups.create');
    await call('clients.create', { client: { name: 'Birch & Co' } });
    const before = await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME));

    faults.failWith('ENOSPC');
    const backupResult = await practice.registry.invoke('backups.create', {});
    expect(backupResult).toEqual({
      ok: false,
      error: { code: 'NOT_WRITABLE', message: 'The disk is full, so the backup was not made. Your practice is as it was; try again once that is fixed.' },
    });
    const restoreResult = await practice.registry.invoke('backups.restore', { id: backup.id });
    expect(restoreResult).toEqual({ ok: false, error: { code: 'NOT_WRITABLE', message: 'The disk is full, so the backup was not restored. Your practice is as it was.' } });
    expect((await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME))).equals(before)).toBe(true);
    expect(practice.store.data.clients.map((client) => client.name)).toEqual(['Harbor Dental Group', 'Birch & Co']);
    expect(await practice.store.undoAvailable()).toBe(false);

    faults.failWith(null);
    expect(await call('backups.restore', { id: backup.id })).toMatchObject({ undoAvailable: true });
  });
});

describe('retrying a save that still fails', () => {
  it('answers with the reason instead of ok, as the save indicator does', async () => {
    await call('clients.create', { client: { name: 'Harbor Dental Group' } });
    faults.failWith('ENOSPC');
    const failed = await practice.registry.invoke('clients.create', { client: { name: 'Birch & Co' } });
    expect(failed).toMatchObject({ ok: false, error: { code: 'SAVE_FAILED' } });

    const retried = await practice.registry.invoke('app.retrySave', {});
    expect(retried).toMatchObject({ ok: false, error: { code: 'SAVE_FAILED', message: expect.stringMatching(/^Not saved yet: the disk is full\./) } });

    faults.failWith(null);
    const saved = await practice.registry.invoke('app.retrySave', {});
    expect(saved).toMatchObject({ ok: true, value: { unsaved: null } });
    expect((await fileOnDisk()).clients.map((client) => client.name)).toEqual(['Harbor Dental Group', 'Birch & Co']);
  });
});

describe('an unsaved change and a restore that fails', () => {
  it('keeps the change in memory and goes on retrying it', async () => {
    const folder = path.join(dataDir, 'retrying');
    const flaky = faultyFileSystem();
    const store = await PracticeStore.open({ dataDir: folder, fs: flaky.fs, retryDelayMs: 50 });
    try {
      await store.mutate((draft) => draft.clients.push(makeClient({ id: 'client-harbor', name: 'Harbor Dental Group' })));
      const backup = await store.createBackup('manual');
      flaky.failWith('ENOSPC');
      await expect(store.mutate((draft) => draft.clients.push(makeClient({ id: 'client-birch', name: 'Birch & Co' })))).rejects.toThrow(/the disk is full/);
      await expect(store.restore(backup.id)).rejects.toThrow('The disk is full, so the backup was not restored. Your practice is as it was.');
      expect(store.data.clients.map((client) => client.name)).toEqual(['Harbor Dental Group', 'Birch & Co']);

      flaky.failWith(null);
      await expect.poll(() => store.status().unsaved, { timeout: 5_000 }).toBeNull();
      const onDisk = JSON.parse(await nodeFs.readFile(path.join(folder, DATA_FILE_NAME), 'utf8')) as { data: PracticeData };
      expect(onDisk.data.clients.map((client) => client.name)).toEqual(['Harbor Dental Group', 'Birch & Co']);
    } finally {
      await store.close();
    }
  });
});
