import ExcelJS from 'exceljs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveState } from '../../src-main/api/contract';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import type { FileSystem } from '../../src-main/store/durable-file';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME } from '../../src-main/store/practice-store';
import { folderPlatform } from '../harness/test-platform';
import { budgetFileSystem, canMountTmpfs, FAULT_CLOCK, fillDisk, mountTmpfs, tempFilesIn, unmount } from './fault-disks';

/**
 * A full disk when the practice is opened (an older one too), and under a save, a backup and an
 * export. Where this process may mount (root in the CI container), the data folder and the export
 * folder are on a real 8 MB tmpfs, filled with a file; the same cases also run on a file system seam
 * that fails with a real-shaped ENOSPC past a byte budget, which is all that runs where mounting is
 * not allowed. Each run prints its mode.
 */

const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'practice-v2.json');
const DISK_BYTES = 8 * 1024 * 1024;

interface SmallDisk {
  mode: string;
  dataDir: string;
  exportsDir: string;
  fs: FileSystem | undefined;
  /**
   * Uses up the free space but `leave` bytes (by default all of it on tmpfs; the seam leaves a few
   * bytes, so that a write starts, then fails).
   */
  fill(leave?: number): Promise<void>;
  free(): Promise<void>;
  remove(): Promise<void>;
}

let workDir = '';
/** Known before the tests are collected, so that a mode that cannot run here is reported as skipped. */
const mayMount = await canMountTmpfs(tmpdir());
const mounted: string[] = [];

async function tmpfsDisk(name: string): Promise<SmallDisk> {
  const root = path.join(workDir, name);
  await nodeFs.mkdir(root, { recursive: true });
  mountTmpfs(root, DISK_BYTES);
  mounted.push(root);
  let filler: string | null = null;
  return {
    mode: `a real ${DISK_BYTES / 1024 / 1024} MB tmpfs (mount -t tmpfs), filled with a file`,
    dataDir: path.join(root, 'data'),
    exportsDir: path.join(root, 'exports'),
    fs: undefined,
    fill: async (leave = 0) => {
      filler = await fillDisk(root);
      if (leave > 0) await nodeFs.truncate(filler, (await nodeFs.stat(filler)).size - leave);
    },
    free: async () => {
      if (filler) await nodeFs.unlink(filler);
      filler = null;
    },
    remove: async () => unmount(root),
  };
}

async function seamDisk(name: string): Promise<SmallDisk> {
  const root = path.join(workDir, name);
  const disk = budgetFileSystem(Number.POSITIVE_INFINITY);
  return {
    mode: 'a file system seam failing with ENOSPC past a byte budget',
    dataDir: path.join(root, 'data'),
    exportsDir: path.join(root, 'exports'),
    fs: disk.fs,
    fill: async (leave = 64) => disk.setBudget(leave),
    free: async () => disk.setBudget(Number.POSITIVE_INFINITY),
    remove: async () => undefined,
  };
}

/** Puts a practice with clients, assets and initiatives (the v2 fixture, migrated at the first open) on the small disk. */
async function seed(disk: SmallDisk): Promise<void> {
  await nodeFs.mkdir(disk.dataDir, { recursive: true });
  await nodeFs.copyFile(FIXTURE, path.join(disk.dataDir, DATA_FILE_NAME));
}

function openOn(disk: SmallDisk, saveStates: SaveState[] = []): Promise<OpenPractice> {
  return openPractice({
    dataDir: disk.dataDir,
    platform: folderPlatform(disk.exportsDir, disk.fs).platform,
    clock: () => new Date(FAULT_CLOCK),
    onSaveState: (state) => saveStates.push(state),
    ...(disk.fs ? { fs: disk.fs } : {}),
  });
}

async function namesOnDisk(dataDir: string): Promise<string[]> {
  const verdict = judgePracticeBytes(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME)));
  if (verdict.kind !== 'ok') throw new Error(`the data file does not read back: ${verdict.kind}`);
  return verdict.data.clients.map((client) => client.name);
}

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-full-disk-'));
});

afterAll(async () => {
  // Always, even when a test failed half-way: nothing stays mounted.
  for (const root of mounted) unmount(root);
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

describe('a full disk', () => {
  const modes = [
    { name: 'tmpfs', make: tmpfsDisk, runs: mayMount },
    { name: 'seam', make: seamDisk, runs: true },
  ];

  for (const mode of modes) {
    if (!mode.runs) console.log(`full disk by ${mode.name}: skipped (mounting a tmpfs needs root with the mount capability); the seam runs`);
    describe.skipIf(!mode.runs)(`(${mode.name})`, () => {
      async function onDisk(name: string, body: (disk: SmallDisk) => Promise<void>): Promise<void> {
        const disk = await mode.make(`${mode.name}-${name}`);
        console.log(`full disk, ${name}: ${disk.mode}`);
        try {
          await body(disk);
        } finally {
          await disk.remove();
        }
      }

      it('when opening: the practice opens read-only and says why, its file unchanged, and opens fully once there is room', async () => {
        await onDisk('open', async (disk) => {
          await seed(disk);
          const oldBytes = await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME));
          await disk.fill(0);
          const practice = await openOn(disk);
          try {
            expect(practice.store.status()).toMatchObject({
              state: 'readOnly',
              reason: 'The disk is full, so the practice is open for reading only and nothing can be changed. Free some space, then open vCIO Desk again.',
            });
            expect(practice.store.data.clients.length).toBeGreaterThan(0);
            const refused = await practice.registry.invoke('clients.create', { client: { name: 'Kestrel Logistics' } });
            expect(refused.ok === false && refused.error.code).toBe('NOT_WRITABLE');
          } finally {
            await practice.close();
          }
          expect((await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME))).equals(oldBytes)).toBe(true);
          // Not even the lock file that could not be written is left.
          expect(await nodeFs.readdir(disk.dataDir)).toEqual([DATA_FILE_NAME]);

          await disk.free();
          const roomy = await openOn(disk);
          try {
            expect(roomy.store.status()).toMatchObject({ state: 'ok', reason: null, fileSchemaVersion: CURRENT_SCHEMA_VERSION });
          } finally {
            await roomy.close();
          }
        });
      });

      it('when an older practice is opened with room for little: it is not upgraded over its only copy, and the consultant is told', async () => {
        await onDisk('upgrade', async (disk) => {
          await seed(disk);
          const oldBytes = await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME));
          // Room for the lock file, not for the copy kept before an upgrade.
          await disk.fill(8192);
          const practice = await openOn(disk);
          try {
            expect(practice.store.status()).toMatchObject({
              state: 'readOnly',
              reason:
                'The disk is full, so this practice, made by an earlier version, could not be upgraded: it is open for reading only and its file is unchanged. Free some space, then open vCIO Desk again.',
            });
            expect(practice.store.data.clients.length).toBeGreaterThan(0);
            expect((await practice.store.backups.list()).filter((info) => info.kind === 'pre-migration')).toEqual([]);
          } finally {
            await practice.close();
          }
          expect((await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME))).equals(oldBytes)).toBe(true);
          expect(await tempFilesIn(disk.dataDir)).toEqual([]);

          await disk.free();
          const roomy = await openOn(disk);
          try {
            expect(roomy.store.status()).toMatchObject({ state: 'ok', reason: null, fileSchemaVersion: CURRENT_SCHEMA_VERSION });
            const kept = (await roomy.store.backups.list()).filter((info) => info.kind === 'pre-migration');
            expect(kept).toHaveLength(1);
            expect(Buffer.from(await roomy.store.backups.read(kept[0]!.id)).equals(oldBytes)).toBe(true);
          } finally {
            await roomy.close();
          }
        });
      });

      it('when a practice that needs a repair is opened with room for little: it is not repaired over its only copy, and the consultant is told', async () => {
        await onDisk('repair', async (disk) => {
          await seed(disk);
          await (await openOn(disk)).close();
          // A record of a client that no longer exists: the open repairs it, after keeping the file as it was.
          const file = path.join(disk.dataDir, DATA_FILE_NAME);
          const envelope = JSON.parse(await nodeFs.readFile(file, 'utf8')) as { data: { assets: Array<Record<string, unknown>> } };
          envelope.data.assets.push({ ...envelope.data.assets[0]!, id: 'asset-of-a-gone-client', clientId: 'client-gone' });
          await nodeFs.writeFile(file, JSON.stringify(envelope));
          await nodeFs.rm(path.join(disk.dataDir, BACKUP_FOLDER_NAME), { recursive: true, force: true });
          const dangling = await nodeFs.readFile(file);
          await disk.fill(8192);
          const practice = await openOn(disk);
          try {
            expect(practice.store.status()).toMatchObject({ state: 'readOnly' });
            expect(practice.store.status().reason).toMatch(/^The disk is full, so this practice, which needs a repair .* could not be repaired: it is open for reading only/);
            expect(practice.store.data.assets.some((asset) => asset.id === 'asset-of-a-gone-client')).toBe(false);
          } finally {
            await practice.close();
          }
          expect((await nodeFs.readFile(file)).equals(dangling)).toBe(true);
          expect(await tempFilesIn(disk.dataDir)).toEqual([]);

          await disk.free();
          const roomy = await openOn(disk);
          try {
            expect(roomy.store.status()).toMatchObject({ state: 'ok', reason: null });
            const kept = (await roomy.store.backups.list()).filter((info) => info.kind === 'pre-repair');
            expect(kept).toHaveLength(1);
            expect(Buffer.from(await roomy.store.backups.read(kept[0]!.id)).equals(dangling)).toBe(true);
          } finally {
            await roomy.close();
          }
        });
      });

      it('during a save: the consultant is told, the change stays in memory, the file on disk is the last good one, and a retry writes it', async () => {
        await onDisk('save', async (disk) => {
          await seed(disk);
          const saveStates: SaveState[] = [];
          const practice = await openOn(disk, saveStates);
          try {
            const first = await practice.registry.invoke('clients.create', { client: { name: 'Harbor Dental' } });
            expect(first.ok).toBe(true);
            const lastGood = await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME));

            await disk.fill();
            const refused = await practice.registry.invoke('clients.create', { client: { name: 'Kestrel Logistics', notes: 'Moving to a new warehouse in May. '.repeat(40) } });
            const told = 'Not saved yet: the disk is full. Your change is kept in memory and will be saved as soon as writing works again.';
            expect(refused).toEqual({ ok: false, error: { code: 'SAVE_FAILED', message: told } });
            expect(practice.store.status().unsaved?.message).toBe(told);
            expect(saveStates.at(-1)).toMatchObject({ state: 'failed', message: told });
            expect(practice.store.data.clients.map((client) => client.name)).toContain('Kestrel Logistics');
            expect((await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME))).equals(lastGood)).toBe(true);
            expect(await tempFilesIn(disk.dataDir)).toEqual([]);

            // Retrying while the disk is still full says so, and still leaves nothing behind.
            const stillFull = await practice.registry.invoke('app.retrySave', {});
            expect(stillFull).toEqual({ ok: false, error: { code: 'SAVE_FAILED', message: told } });
            expect(await tempFilesIn(disk.dataDir)).toEqual([]);

            await disk.free();
            const retried = await practice.registry.invoke('app.retrySave', {});
            expect(retried.ok && retried.value.unsaved).toBeNull();
            expect(saveStates.at(-1)).toMatchObject({ state: 'saved' });
            expect(await namesOnDisk(disk.dataDir)).toEqual(expect.arrayContaining(['Harbor Dental', 'Kestrel Logistics']));
          } finally {
            await practice.close();
          }
          // Nothing acknowledged is lost: the next open has both, and nothing else is left over.
          const reopened = await openOn(disk);
          try {
            expect(reopened.store.state).toBe('ok');
            expect(reopened.store.data.clients.map((client) => client.name)).toEqual(expect.arrayContaining(['Harbor Dental', 'Kestrel Logistics']));
          } finally {
            await reopened.close();
          }
          expect(await tempFilesIn(disk.dataDir)).toEqual([]);
        });
      });

      it('during a backup: the consultant is told, no partial file counts as a backup, the older backups stay', async () => {
        await onDisk('backup', async (disk) => {
          await seed(disk);
          const practice = await openOn(disk);
          try {
            const made = await practice.registry.invoke('backups.create', {});
            expect(made.ok).toBe(true);
            const shelf = path.join(disk.dataDir, BACKUP_FOLDER_NAME);
            const before = await practice.store.backups.list();
            expect(before.map((info) => info.kind)).toEqual(expect.arrayContaining(['pre-migration', 'open', 'manual']));
            const filesBefore = (await nodeFs.readdir(shelf)).sort();

            await disk.fill();
            const refused = await practice.registry.invoke('backups.create', {});
            expect(refused).toEqual({
              ok: false,
              error: { code: 'NOT_WRITABLE', message: 'The disk is full, so the backup was not made. Your practice is as it was; try again once that is fixed.' },
            });
            // Every backup listed is one of the earlier ones, whole; nothing new was written, not even a temp file.
            const after = await practice.store.backups.list();
            expect(after).toEqual(before);
            expect(after.every((info) => info.valid)).toBe(true);
            expect((await nodeFs.readdir(shelf)).sort()).toEqual(filesBefore);
            expect(await tempFilesIn(disk.dataDir)).toEqual([]);
            expect(practice.store.status()).toMatchObject({ state: 'ok', unsaved: null });

            await disk.free();
            const again = await practice.registry.invoke('backups.create', {});
            expect(again.ok).toBe(true);
            expect((await practice.store.backups.list()).length).toBe(before.length + 1);
          } finally {
            await practice.close();
          }
        });
      });

      it('during an export: the consultant is told in words and no partial file is left under its name', async () => {
        await onDisk('export', async (disk) => {
          await seed(disk);
          const practice = await openOn(disk);
          try {
            const clientId = practice.store.data.clients[0]!.id;
            const dataBefore = await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME));
            await nodeFs.mkdir(disk.exportsDir, { recursive: true });

            await disk.fill();
            const refused = await practice.registry.invoke('export.budgetWorkbook', { clientId, internal: false });
            expect(refused.ok).toBe(false);
            if (refused.ok) return;
            expect(refused.error.code).toBe('NOT_WRITABLE');
            expect(refused.error.message).toMatch(/^The disk is full, so .+ - Budget workbook - 2026-04-14\.xlsx was not saved\. Free some space or choose another folder, then export again\.$/);
            expect(await nodeFs.readdir(disk.exportsDir)).toEqual([]);
            expect((await nodeFs.readFile(path.join(disk.dataDir, DATA_FILE_NAME))).equals(dataBefore)).toBe(true);
            expect(await tempFilesIn(disk.dataDir)).toEqual([]);

            await disk.free();
            const saved = await practice.registry.invoke('export.budgetWorkbook', { clientId, internal: false });
            expect(saved.ok).toBe(true);
            const files = await nodeFs.readdir(disk.exportsDir);
            expect(files).toHaveLength(1);
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load((await nodeFs.readFile(path.join(disk.exportsDir, files[0]!))) as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
            expect(workbook.worksheets.length).toBeGreaterThan(1);
          } finally {
            await practice.close();
          }
        });
      });
    });
  }
});
