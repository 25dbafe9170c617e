import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_DEFAULTS, DEFAULT_BUDGET_PLAN, type Client } from '../../src-main/domain/client';
import type { FileSystem } from '../../src-main/store/durable-file';
import { SaveFailedError } from '../../src-main/store/errors';
import { PracticeStore } from '../../src-main/store/practice-store';

let dataDir = '';
let refuseRenames = false;

/** Permission denied where it hurts most: the temp file is written, but it cannot replace the database. */
const lockedFolder: FileSystem = {
  ...nodeFs,
  rename: (from, to) =>
    refuseRenames ? Promise.reject(Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' })) : nodeFs.rename(from, to),
};

function client(name: string, id: string): Client {
  const stamp = '2026-11-22T10:00:00.000Z';
  return { ...CLIENT_DEFAULTS, name, id, contacts: [], budgetPlan: DEFAULT_BUDGET_PLAN, archivedAt: null, createdAt: stamp, updatedAt: stamp };
}

beforeEach(async () => {
  dataDir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'vcio-denied-'));
  refuseRenames = false;
});

afterEach(async () => {
  await nodeFs.rm(dataDir, { recursive: true, force: true });
});

describe('a save refused by the operating system (permission denied)', () => {
  it('is reported in words, keeps the change in memory, leaves no temp file, and is retried on its own', async () => {
    const store = await PracticeStore.open({ dataDir, fs: lockedFolder, retryDelayMs: 50 });
    try {
      const before = await nodeFs.readFile(path.join(dataDir, 'practice.json'));
      refuseRenames = true;
      const failure = await store.mutate((draft) => draft.clients.push(client('Kestrel Logistics', 'kestrel'))).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SaveFailedError);
      expect((failure as SaveFailedError).message).toBe(
        'Not saved yet: permission to write in the data folder was denied. Your change is kept in memory and will be saved as soon as writing works again.',
      );
      expect(store.data.clients.map((item) => item.name)).toEqual(['Kestrel Logistics']);
      expect((await nodeFs.readFile(path.join(dataDir, 'practice.json'))).equals(before)).toBe(true);
      expect((await nodeFs.readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

      refuseRenames = false;
      await expect.poll(() => store.status().unsaved, { timeout: 2000, interval: 25 }).toBeNull();
      const saved = JSON.parse(await nodeFs.readFile(path.join(dataDir, 'practice.json'), 'utf8')) as { data: { clients: Client[] } };
      expect(saved.data.clients.map((item) => item.name)).toEqual(['Kestrel Logistics']);
    } finally {
      await store.close();
    }
  });
});
