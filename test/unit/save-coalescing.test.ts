import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_DEFAULTS, DEFAULT_BUDGET_PLAN, type Client } from '../../src-main/domain/client';
import type { FileSystem } from '../../src-main/store/durable-file';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { DATA_FILE_NAME, PracticeStore } from '../../src-main/store/practice-store';

let dataDir = '';
let renames: string[] = [];
/** Holds each rename of the data file until the test lets it go, so saves pile up behind it. */
let gate: Promise<void> | null = null;

const slowDisk: FileSystem = {
  ...nodeFs,
  rename: async (from, to) => {
    if (path.basename(String(to)) === DATA_FILE_NAME) {
      await gate;
      renames.push(String(to));
    }
    return nodeFs.rename(from, to);
  },
};

function client(name: string, id: string): Client {
  const stamp = '2026-12-02T10:00:00.000Z';
  return { ...CLIENT_DEFAULTS, name, id, contacts: [], budgetPlan: DEFAULT_BUDGET_PLAN, archivedAt: null, createdAt: stamp, updatedAt: stamp };
}

async function clientsOnDisk(): Promise<string[]> {
  const verdict = judgePracticeBytes(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME)));
  if (verdict.kind !== 'ok') throw new Error(`the data file is ${verdict.kind}`);
  return verdict.data.clients.map((item) => item.id);
}

beforeEach(async () => {
  dataDir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'vcio-coalescing-'));
  renames = [];
  gate = null;
});

afterEach(async () => {
  await nodeFs.rm(dataDir, { recursive: true, force: true });
});

describe('changes made while a save is being written', () => {
  it('are written together by the next save, and each is acknowledged only once it is on disk', async () => {
    const store = await PracticeStore.open({ dataDir, fs: slowDisk, backupIntervalMs: Number.MAX_SAFE_INTEGER });
    try {
      await store.mutate((draft) => void (draft.settings.consultant.phone = '+1 555 0101'));
      renames = [];
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));

      const acknowledged: string[] = [];
      const first = store.mutate((draft) => draft.clients.push(client('Kestrel Logistics', 'kestrel'))).then(() => acknowledged.push('kestrel'));
      // The first write starts on the next turn and then waits at the gate, holding Kestrel alone.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const burst = ['osprey', 'heron', 'wren', 'plover'].map((id) =>
        store.mutate((draft) => draft.clients.push(client(`${id} Ltd`, id))).then(() => acknowledged.push(id)),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(acknowledged, 'nothing is acknowledged before it is on disk').toEqual([]);

      release();
      await Promise.all([first, ...burst]);
      expect(acknowledged.sort()).toEqual(['heron', 'kestrel', 'osprey', 'plover', 'wren']);
      // The first write was under way with Kestrel alone; the four changes behind it shared one write.
      expect(renames).toHaveLength(2);
      expect(await clientsOnDisk()).toEqual(['kestrel', 'osprey', 'heron', 'wren', 'plover']);
    } finally {
      gate = null;
      await store.close();
    }
  });

  it('are written one after another when each waits for the last, as before', async () => {
    const store = await PracticeStore.open({ dataDir, fs: slowDisk, backupIntervalMs: Number.MAX_SAFE_INTEGER });
    try {
      renames = [];
      for (const id of ['kestrel', 'osprey', 'heron']) {
        await store.mutate((draft) => draft.clients.push(client(`${id} Ltd`, id)));
        expect((await clientsOnDisk()).at(-1)).toBe(id);
      }
      expect(renames).toHaveLength(3);
    } finally {
      await store.close();
    }
  });
});
