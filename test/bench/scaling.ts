import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serializePractice } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME, PracticeStore } from '../../src-main/store/practice-store';
import type { PracticeData } from '../../src-main/domain/practice';
import { REPOSITORY_ROOT } from '../harness/test-platform';
import { durableWriteFloor, parseFloor, removeFloorFile } from './floors';
import { figureOf, measure, type Figure } from './measure';
import { seedPractice } from './seed';

/**
 * The data file at one practice size: its size, opening it against the parse floor, one small
 * durable change against the durable-write floor of the same bytes, and the main process's memory
 * once it is open (in a child process, so the benchmark's own data does not count).
 */

export const SCALES = [10, 40, 100, 400] as const;
export const OPEN_RATIO_TARGET = 1.5;
export const SAVE_RATIO_TARGET = 1.5;

/** The backups of a normal day: the app's earlier opens of today (the retention rule keeps the newest of today). */
const SHELF_OF_A_NORMAL_DAY = 3;

export const sectionOf = (clients: number) => `4. Data file, ${clients} clients`;

export async function benchStoreAt(clients: number, data: PracticeData, counts: { runs: number; warmup: number }): Promise<Figure[]> {
  const section = sectionOf(clients);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-bench-store-'));
  const figures: Figure[] = [];
  try {
    await seedPractice(dataDir, data);
    const file = path.join(dataDir, DATA_FILE_NAME);
    figures.push(figureOf(`store.${clients}.fileSize`, section, 'practice.json size (MB = 10^6 bytes)', [(await stat(file)).size / 1_000_000], { unit: 'MB' }));

    const parse = await measure(`store.${clients}.parseFloor`, section, '  floor: readFile + JSON.parse', () => parseFloor(file), counts);
    let store: PracticeStore | null = null;
    const closeStore = async () => {
      await store?.close();
      store = null;
    };
    const emptyShelf = await measure(
      `store.${clients}.openEmptyShelf`,
      section,
      '  the same open with no backup on the shelf yet',
      async () => {
        store = await PracticeStore.open({ dataDir });
      },
      { ...counts, before: async () => {
        await closeStore();
        await rm(path.join(dataDir, BACKUP_FOLDER_NAME), { recursive: true, force: true });
      }, floor: parse },
    );
    await closeStore();
    // A normal day: the backups that opening the app wrote earlier today are on the shelf.
    while ((await backupCount(dataDir)) < SHELF_OF_A_NORMAL_DAY) await (await PracticeStore.open({ dataDir })).close();
    const open = await measure(
      `store.${clients}.open`,
      section,
      `Open the practice on a normal day (lock, read, migrate, validate, open backup; ${SHELF_OF_A_NORMAL_DAY} backups of today on the shelf)`,
      async () => {
        store = await PracticeStore.open({ dataDir });
        if (store.state !== 'ok') throw new Error(`The benchmark practice did not open: ${store.status().reason}`);
      },
      { ...counts, before: closeStore, floor: parse },
    );
    figures.push(open, emptyShelf, parse);

    // The same bytes a save writes, written durably by hand.
    const bytes = serializePractice(store!.data as PracticeData);
    const floorTarget = path.join(dataDir, 'floor.json');
    const write = await measure(`store.${clients}.writeFloor`, section, '  floor: writeFile + fsync + rename + folder fsync, same bytes', () => durableWriteFloor(floorTarget, bytes), counts);
    await removeFloorFile(floorTarget);
    let price = 10_000;
    // The first change of a session is also backed up; make it before the timed ones, as a session would.
    await store!.mutate((draft) => void (draft.settings.consultant.phone = '+1 555 0101'));
    const save = await measure(
      `store.${clients}.save`,
      section,
      'One small change saved durably (PracticeStore.mutate)',
      () =>
        store!.mutate((draft) => {
          price += 100;
          draft.assets[0] = { ...draft.assets[0]!, unitCostCents: price };
        }),
      { ...counts, floor: write },
    );
    figures.push(save, write);
    await closeStore();
    figures.push(...memoryAfterOpen(clients, dataDir, section));
    return figures;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function backupCount(dataDir: string): Promise<number> {
  return (await readdir(path.join(dataDir, BACKUP_FOLDER_NAME)).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).length;
}

function memoryAfterOpen(clients: number, dataDir: string, section: string): Figure[] {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(REPOSITORY_ROOT, 'test/bench/open-memory.ts'), dataDir], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`Measuring the memory failed: ${child.stderr}`);
  const memory = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { rssAfter: number; heapAfter: number; heapBefore: number };
  return [
    figureOf(`store.${clients}.memoryHeld`, section, 'Main-process memory held by the open practice (JS heap + external, after GC)', [(memory.heapAfter - memory.heapBefore) / 1_000_000], { unit: 'MB' }),
    figureOf(`store.${clients}.memoryRss`, section, 'Main-process resident memory after opening (RSS)', [memory.rssAfter / 1_000_000], { unit: 'MB' }),
  ];
}

/** What grows with the practice, step by step: the figure's growth divided by the data's (1 = linear). */
export const SCALED_METRICS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'fileSize', label: 'data file size' },
  { key: 'open', label: 'open' },
  { key: 'save', label: 'small change saved' },
  { key: 'memoryHeld', label: 'memory held' },
];

export function growthFigures(figures: readonly Figure[], prefix: string, metrics: ReadonlyArray<{ key: string; label: string }>, section: string): Figure[] {
  const out: Figure[] = [];
  for (const metric of metrics) {
    for (let step = 1; step < SCALES.length; step += 1) {
      const [from, to] = [SCALES[step - 1]!, SCALES[step]!];
      const before = figures.find((figure) => figure.id === `${prefix}.${from}.${metric.key}`);
      const after = figures.find((figure) => figure.id === `${prefix}.${to}.${metric.key}`);
      if (!before || !after || before.median <= 0) continue;
      const growth = after.median / before.median / (to / from);
      out.push(figureOf(`growth.${prefix}.${metric.key}.${from}to${to}`, section, `${metric.label}, ${from} → ${to} clients (×${to / from} data): growth ÷ data growth`, [growth], { unit: 'ratio' }));
    }
  }
  return out;
}
