import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realFileSystem, type FileSystem } from '../../src-main/store/durable-file';
import { serializePractice } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME, PracticeStore } from '../../src-main/store/practice-store';
import { makeClient, makePractice } from './factories';

/**
 * Opening the practice checks each backup once, not once a session: what a backup holds is kept
 * beside it and trusted only while its size and modification time are unchanged.
 */

let dataDir = '';

beforeEach(async () => {
  dataDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-verdicts-'));
  const clients = Array.from({ length: 3 }, (_unused, index) => makeClient({ id: `client-${index}`, name: `Client ${index}` }));
  await nodeFs.writeFile(path.join(dataDir, DATA_FILE_NAME), serializePractice({ ...makePractice(), clients, assets: [], services: [], initiatives: [] }));
});

afterEach(async () => {
  await nodeFs.rm(dataDir, { recursive: true, force: true });
});

/** The real file system, counting the backups read whole. */
function countingBackupReads(): { fs: FileSystem; reads: () => number } {
  let reads = 0;
  const readFile = ((file: Parameters<typeof nodeFs.readFile>[0], options?: Parameters<typeof nodeFs.readFile>[1]) => {
    if (/[\\/]backups[\\/]practice-.*\.json$/.test(String(file))) reads += 1;
    return nodeFs.readFile(file, options);
  }) as typeof nodeFs.readFile;
  return { fs: { ...realFileSystem, readFile }, reads: () => reads };
}

let minute = 0;
const clock = () => new Date(Date.parse('2026-03-20T09:00:00.000Z') + (minute += 1) * 60_000);

async function openAndClose(fs: FileSystem = realFileSystem): Promise<void> {
  const store = await PracticeStore.open({ dataDir, fs, clock, retryDelayMs: 600_000 });
  await store.close();
}

describe('backups checked at open', () => {
  it('are read once across restarts, and again only when a file changed behind the app', async () => {
    for (let restart = 0; restart < 3; restart += 1) await openAndClose();
    const backups = (await nodeFs.readdir(path.join(dataDir, BACKUP_FOLDER_NAME))).filter((name) => name.endsWith('.json'));
    expect(backups.length).toBeGreaterThanOrEqual(3);

    const quiet = countingBackupReads();
    await openAndClose(quiet.fs);
    expect(quiet.reads()).toBe(0);

    // A backup replaced by something else (a different size) is checked again, and listed as what it now is.
    const tampered = path.join(dataDir, BACKUP_FOLDER_NAME, backups[0]!);
    await nodeFs.writeFile(tampered, '{"schemaVersion": 3, "data": {"clie');
    const watched = countingBackupReads();
    const store = await PracticeStore.open({ dataDir, fs: watched.fs, clock, retryDelayMs: 600_000 });
    try {
      expect(watched.reads()).toBeGreaterThanOrEqual(1);
      const listed = (await store.backups.list()).find((info) => info.id === backups[0]);
      expect(listed).toMatchObject({ valid: false });
    } finally {
      await store.close();
    }
  });

  it('ignores a damaged verdicts file and checks the backups instead', async () => {
    for (let restart = 0; restart < 2; restart += 1) await openAndClose();
    await nodeFs.writeFile(path.join(dataDir, BACKUP_FOLDER_NAME, 'verdicts.cache'), '{"practice-2026-03-20T09-01-00-000Z-open.json": {"valid": tru');
    const watched = countingBackupReads();
    const store = await PracticeStore.open({ dataDir, fs: watched.fs, clock, retryDelayMs: 600_000 });
    try {
      expect(watched.reads()).toBeGreaterThanOrEqual(1);
      expect((await store.backups.list()).every((info) => info.valid)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
