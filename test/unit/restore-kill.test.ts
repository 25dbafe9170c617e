import { spawn } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeData } from '../../src-main/domain/practice';
import { serializePractice } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME, PracticeStore } from '../../src-main/store/practice-store';
import { makeClient, makePractice } from './factories';

/**
 * A restore killed with SIGKILL at every step that touches the disk, in a child process: afterwards
 * the practice is either the old one with no undo offered or the restored one with its undo, and
 * clients created after the restart are never lost.
 */

const REPOSITORY = path.resolve(import.meta.dirname, '..', '..');
const CHILD = path.join(import.meta.dirname, 'restore-kill-child.ts');
const BACKUP_ID = 'practice-2026-03-01T10-00-00-000Z-manual.json';
const MIN_KILL_POINTS = 10;

let workDir = '';
let template = '';

function practiceNamed(prefix: string, count: number): PracticeData {
  const clients = Array.from({ length: count }, (_unused, index) => makeClient({ id: `${prefix.toLowerCase()}-${index}`, name: `${prefix} client ${index}`, notes: 'Quarterly review. '.repeat(50) }));
  return { ...makePractice(), clients, assets: [], services: [], initiatives: [] };
}

function runChild(dataDir: string, killAt: number): Promise<{ signal: NodeJS.Signals | null; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, BACKUP_ID, String(killAt)], { cwd: REPOSITORY, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ signal, code, stdout, stderr }));
  });
}

function namesIn(data: Readonly<PracticeData>): string[] {
  return data.clients.map((client) => client.name);
}

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-restore-kill-'));
  template = path.join(workDir, 'template');
  await nodeFs.mkdir(path.join(template, BACKUP_FOLDER_NAME), { recursive: true });
  await nodeFs.writeFile(path.join(template, DATA_FILE_NAME), serializePractice(practiceNamed('Old', 2)));
  await nodeFs.writeFile(path.join(template, BACKUP_FOLDER_NAME, BACKUP_ID), serializePractice(practiceNamed('Restored', 400)));
});

afterAll(async () => {
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

describe('a restore killed part-way', () => {
  it(`leaves the old practice without undo or the restored one with its undo, and never loses a client created after the restart`, async () => {
    const counting = path.join(workDir, 'counting');
    await nodeFs.cp(template, counting, { recursive: true });
    const whole = await runChild(counting, 0);
    expect(whole.code, whole.stderr).toBe(0);
    const steps = Number(/^steps (\d+)$/m.exec(whole.stdout)?.[1]);
    expect(steps).toBeGreaterThanOrEqual(MIN_KILL_POINTS);

    const outcomes: string[] = [];
    // Every step of the restore, and once more after its last one.
    for (let killAt = 1; killAt <= steps + 1; killAt += 1) {
      const dataDir = path.join(workDir, `kill-${killAt}`);
      await nodeFs.cp(template, dataDir, { recursive: true });
      const run = await runChild(dataDir, killAt);
      const context = `killed before step ${killAt} of ${steps}`;
      if (killAt <= steps) expect(run.signal, `${context}: ${run.stderr}`).toBe('SIGKILL');

      const store = await PracticeStore.open({ dataDir });
      try {
        expect(store.state, context).toBe('ok');
        const names = namesIn(store.data);
        const restored = names[0] === 'Restored client 0';
        expect(restored ? names.length : names, context).toEqual(restored ? 400 : ['Old client 0', 'Old client 1']);
        const undoOffered = await store.undoAvailable();
        // The restored practice and its undo arrive together, in one write.
        expect(undoOffered, context).toBe(restored);
        outcomes.push(`${killAt}:${restored ? 'restored' : 'old'}${undoOffered ? '+undo' : ''}`);

        await store.mutate((draft) => {
          draft.clients.push(makeClient({ id: 'after-1', name: 'Created after the restart 1' }), makeClient({ id: 'after-2', name: 'Created after the restart 2' }));
        });
        expect(await store.undoAvailable(), context).toBe(false);
        expect(await store.undoRestore(), context).toBe(false);
        const onDisk = JSON.parse(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME), 'utf8')) as { data: PracticeData };
        expect(namesIn(onDisk.data).slice(-2), context).toEqual(['Created after the restart 1', 'Created after the restart 2']);
      } finally {
        await store.close();
      }
      await nodeFs.rm(dataDir, { recursive: true, force: true });
    }
    console.log(`restore killed at ${steps + 1} points: ${outcomes.join(' ')}`);
    expect(outcomes.some((outcome) => outcome.endsWith(':old'))).toBe(true);
    expect(outcomes.some((outcome) => outcome.endsWith(':restored+undo'))).toBe(true);
  }, 300_000);
});
