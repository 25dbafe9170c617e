import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import type { FileSystem } from '../../src-main/store/durable-file';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME } from '../../src-main/store/practice-store';
import { folderPlatform } from '../harness/test-platform';
import { canMountTmpfs, FAULT_CLOCK, mountTmpfs, refusingFileSystem, remount, tempFilesIn, unmount } from './fault-disks';

/**
 * A data folder that cannot be written: when the practice is opened, and when it becomes so while
 * the practice is open. The folder is made read-only for real where this process can: chmod 0555
 * when it is not root (root ignores permissions), a tmpfs remounted read-only when it is root and may
 * mount. The same cases also run on a file system seam refusing writes with EROFS. Each run prints
 * its mode.
 */

let workDir = '';
/** Known before the tests are collected, so that a mode that cannot run here is reported as skipped. */
const mayMount = await canMountTmpfs(tmpdir());
const mounted: string[] = [];

interface Folder {
  mode: string;
  dataDir: string;
  fs: FileSystem | undefined;
  /** The cause the consultant is told of, in the store's words: when opening, and when a save fails. */
  openCause: string;
  saveCause: string;
  makeReadOnly(): Promise<void>;
  makeWritable(): Promise<void>;
  remove(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;

async function chmodFolder(name: string): Promise<Folder> {
  const dataDir = path.join(workDir, name, 'data');
  await nodeFs.mkdir(path.join(dataDir, BACKUP_FOLDER_NAME), { recursive: true });
  const setMode = async (mode: number) => {
    await nodeFs.chmod(path.join(dataDir, BACKUP_FOLDER_NAME), mode);
    await nodeFs.chmod(dataDir, mode);
  };
  return {
    mode: 'the data folder and its backups folder set to 0555 (chmod)',
    dataDir,
    fs: undefined,
    openCause: 'Permission to write in the data folder was denied',
    saveCause: 'permission to write in the data folder was denied',
    makeReadOnly: () => setMode(0o555),
    makeWritable: () => setMode(0o755),
    remove: () => setMode(0o755),
  };
}

async function tmpfsFolder(name: string): Promise<Folder> {
  const root = path.join(workDir, name);
  await nodeFs.mkdir(root, { recursive: true });
  mountTmpfs(root, 8 * 1024 * 1024);
  mounted.push(root);
  return {
    mode: 'a tmpfs remounted read-only (mount -o remount,ro)',
    dataDir: path.join(root, 'data'),
    fs: undefined,
    openCause: 'The data folder is on a read-only disk',
    saveCause: 'the data folder is on a read-only disk',
    makeReadOnly: async () => remount(root, 'ro'),
    makeWritable: async () => remount(root, 'rw'),
    remove: async () => unmount(root),
  };
}

async function seamFolder(name: string): Promise<Folder> {
  const folder = refusingFileSystem('EROFS');
  return {
    mode: 'a file system seam refusing every write with EROFS',
    dataDir: path.join(workDir, name, 'data'),
    fs: folder.fs,
    openCause: 'The data folder is on a read-only disk',
    saveCause: 'the data folder is on a read-only disk',
    makeReadOnly: async () => folder.refuse(true),
    makeWritable: async () => folder.refuse(false),
    remove: async () => undefined,
  };
}

function openIn(folder: Folder): Promise<OpenPractice> {
  return openPractice({
    dataDir: folder.dataDir,
    platform: folderPlatform(path.join(workDir, 'unused-exports')).platform,
    clock: () => new Date(FAULT_CLOCK),
    ...(folder.fs ? { fs: folder.fs } : {}),
  });
}

async function namesOnDisk(folder: Folder): Promise<string[]> {
  const verdict = judgePracticeBytes(await nodeFs.readFile(path.join(folder.dataDir, DATA_FILE_NAME)));
  if (verdict.kind !== 'ok') throw new Error(`the data file does not read back: ${verdict.kind}`);
  return verdict.data.clients.map((client) => client.name);
}

/** A practice holding one client, saved and closed. */
async function practiceWithOneClient(folder: Folder): Promise<void> {
  const practice = await openIn(folder);
  try {
    const created = await practice.registry.invoke('clients.create', { client: { name: 'Harbor Dental' } });
    expect(created.ok).toBe(true);
  } finally {
    await practice.close();
  }
}

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-read-only-'));
});

afterAll(async () => {
  for (const root of mounted) unmount(root);
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

describe('a read-only data folder', () => {
  const modes = [
    { name: 'chmod', make: chmodFolder, runs: !isRoot, why: 'running as root, which ignores permissions' },
    { name: 'tmpfs', make: tmpfsFolder, runs: mayMount, why: 'mounting a tmpfs is not permitted here' },
    { name: 'seam', make: seamFolder, runs: true, why: '' },
  ];

  for (const mode of modes) {
    if (!mode.runs) console.log(`read-only folder by ${mode.name}: skipped (${mode.why}); the other modes run`);
    describe.skipIf(!mode.runs)(`(${mode.name})`, () => {
      async function inFolder(name: string, body: (folder: Folder) => Promise<void>): Promise<void> {
        const folder = await mode.make(`${mode.name}-${name}`);
        console.log(`read-only folder, ${name}: ${folder.mode}`);
        try {
          await body(folder);
        } finally {
          await folder.remove();
        }
      }

      it('at open: the practice opens read-only and says why, a change is refused in words, and once writable it saves again', async () => {
        await inFolder('open', async (folder) => {
          await practiceWithOneClient(folder);
          const before = await nodeFs.readFile(path.join(folder.dataDir, DATA_FILE_NAME));
          await folder.makeReadOnly();

          const practice = await openIn(folder);
          try {
            const status = practice.store.status();
            expect(status.state).toBe('readOnly');
            expect(status.reason).toBe(
              `${folder.openCause}, so the practice is open for reading only and nothing can be changed. Make the folder writable (or move the practice to one that is), then open vCIO Desk again.`,
            );
            expect(practice.store.data.clients.map((client) => client.name)).toEqual(['Harbor Dental']);
            const appStatus = await practice.registry.invoke('app.status', {});
            expect(appStatus.ok && appStatus.value).toMatchObject({ state: 'readOnly', reason: status.reason });

            const refused = await practice.registry.invoke('clients.create', { client: { name: 'Kestrel Logistics' } });
            expect(refused).toEqual({ ok: false, error: { code: 'NOT_WRITABLE', message: status.reason } });
            expect(practice.store.data.clients.map((client) => client.name)).toEqual(['Harbor Dental']);
          } finally {
            await practice.close();
          }
          expect((await nodeFs.readFile(path.join(folder.dataDir, DATA_FILE_NAME))).equals(before)).toBe(true);
          expect(await tempFilesIn(folder.dataDir)).toEqual([]);

          await folder.makeWritable();
          const writable = await openIn(folder);
          try {
            expect(writable.store.status()).toMatchObject({ state: 'ok', reason: null });
            const created = await writable.registry.invoke('clients.create', { client: { name: 'Kestrel Logistics' } });
            expect(created.ok).toBe(true);
          } finally {
            await writable.close();
          }
          expect(await namesOnDisk(folder)).toEqual(['Harbor Dental', 'Kestrel Logistics']);
        });
      });

      it('while open: a save is refused in words, the change stays in memory, and once writable a retry writes it', async () => {
        await inFolder('save', async (folder) => {
          await practiceWithOneClient(folder);
          const practice = await openIn(folder);
          try {
            const before = await nodeFs.readFile(path.join(folder.dataDir, DATA_FILE_NAME));
            await folder.makeReadOnly();

            const refused = await practice.registry.invoke('clients.create', { client: { name: 'Kestrel Logistics' } });
            expect(refused.ok).toBe(false);
            if (refused.ok) return;
            expect(refused.error.code).toBe('SAVE_FAILED');
            expect(refused.error.message).toBe(`Not saved yet: ${folder.saveCause}. Your change is kept in memory and will be saved as soon as writing works again.`);
            expect(practice.store.status().unsaved?.message).toBe(refused.error.message);
            expect(practice.store.data.clients.map((client) => client.name)).toEqual(['Harbor Dental', 'Kestrel Logistics']);
            expect((await nodeFs.readFile(path.join(folder.dataDir, DATA_FILE_NAME))).equals(before)).toBe(true);
            expect(await tempFilesIn(folder.dataDir)).toEqual([]);
            const stillReadOnly = await practice.registry.invoke('app.retrySave', {});
            expect(stillReadOnly.ok).toBe(false);

            await folder.makeWritable();
            const retried = await practice.registry.invoke('app.retrySave', {});
            expect(retried.ok && retried.value.unsaved).toBeNull();
            expect(await namesOnDisk(folder)).toEqual(['Harbor Dental', 'Kestrel Logistics']);
          } finally {
            await folder.makeWritable();
            await practice.close();
          }
          expect(await tempFilesIn(folder.dataDir)).toEqual([]);
        });
      });
    });
  }
});
