import { readdirSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeData } from '../../src-main/domain/practice';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME, PracticeStore } from '../../src-main/store/practice-store';
import { buildKillChild, FAULT_CLOCK, forEachKillPoint, stepsOf, tempFilesIn, type KillChild } from './fault-disks';
import { makeClient } from './factories';

/**
 * Opening a practice of an older schema migrates it: a pre-migration backup, then the migrated file,
 * then the backup of the open. A child process does that and is killed with SIGKILL before each step
 * that touches the disk. Whatever the step, the next open finds the practice fully migrated with all
 * it held, the old file kept as a readable pre-migration backup, and no temp file left.
 */

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
/** Every practice file of an older schema kept as a fixture (test/fixtures/practice-vN.json). */
const OLD_FIXTURES = readdirSync(FIXTURES)
  .filter((name) => /^practice-v(\d+)\.json$/.test(name) && Number(/\d+/.exec(name)![0]) < CURRENT_SCHEMA_VERSION)
  .sort();
/** Each open of an old practice takes at least this many steps (locking, two backups, the migrated file). */
const MIN_KILL_POINTS = 30;

let workDir = '';
let child: KillChild;

interface OldFile {
  schemaVersion: number;
  data: { clients: Array<{ id: string; name: string }>; assets?: Array<{ id: string }> };
}

function open(dataDir: string): Promise<PracticeStore> {
  return PracticeStore.open({ dataDir, clock: () => new Date(FAULT_CLOCK) });
}

async function onDiskVersion(dataDir: string): Promise<number> {
  return (JSON.parse(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME), 'utf8')) as { schemaVersion: number }).schemaVersion;
}

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-migration-kill-'));
  child = await buildKillChild('migration-kill-child');
});

afterAll(async () => {
  await child?.remove();
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

describe('a migration killed part-way', () => {
  it('has an old practice of every shipped schema to migrate', () => {
    expect(OLD_FIXTURES.length).toBe(CURRENT_SCHEMA_VERSION - 1);
  });

  for (const fixture of OLD_FIXTURES) {
    it(`leaves ${fixture} migrated on the next open, with all it held, its pre-migration backup, and no temp file`, async () => {
      const oldBytes = await nodeFs.readFile(path.join(FIXTURES, fixture));
      const old = JSON.parse(oldBytes.toString('utf8')) as OldFile;
      expect(old.schemaVersion).toBeLessThan(CURRENT_SCHEMA_VERSION);
      const template = path.join(workDir, `${fixture}-template`);
      await nodeFs.mkdir(template, { recursive: true });
      await nodeFs.writeFile(path.join(template, DATA_FILE_NAME), oldBytes);

      // What an open that nothing interrupts makes of the file.
      const cleanDir = path.join(workDir, `${fixture}-clean`);
      await nodeFs.cp(template, cleanDir, { recursive: true });
      const clean = await open(cleanDir);
      const reference = structuredClone(clean.data) as PracticeData;
      await clean.close();
      expect(reference.clients.map((client) => client.id)).toEqual(old.data.clients.map((client) => client.id));
      expect(reference.assets.map((asset) => asset.id)).toEqual((old.data.assets ?? []).map((asset) => asset.id));

      const counting = path.join(workDir, `${fixture}-counting`);
      await nodeFs.cp(template, counting, { recursive: true });
      const whole = await child.run([counting, '0']);
      expect(whole.code, whole.stderr).toBe(0);
      const steps = stepsOf(whole);
      expect(steps).toBeGreaterThanOrEqual(MIN_KILL_POINTS);

      // Every step of the open, and once more after its last one.
      const results = await forEachKillPoint(steps + 1, async (killAt) => {
        const dataDir = path.join(workDir, `${fixture}-kill-${killAt}`);
        await nodeFs.cp(template, dataDir, { recursive: true });
        const run = await child.run([dataDir, String(killAt)]);
        const context = `${fixture} killed before step ${killAt} of ${steps}`;
        if (killAt <= steps) expect(run.signal, `${context}: ${run.stderr}`).toBe('SIGKILL');
        else expect(run.code, `${context}: ${run.stderr}`).toBe(0);
        const versionLeft = await onDiskVersion(dataDir);
        expect([old.schemaVersion, CURRENT_SCHEMA_VERSION], context).toContain(versionLeft);
        const tempsLeft = (await tempFilesIn(dataDir)).length;

        const store = await open(dataDir);
        try {
          expect(store.status(), context).toMatchObject({ state: 'ok', reason: null, unsaved: null, fileSchemaVersion: CURRENT_SCHEMA_VERSION });
          expect(store.data, context).toEqual(reference);
          const onDisk = judgePracticeBytes(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME)));
          expect(onDisk.kind === 'ok' && onDisk.fileVersion === CURRENT_SCHEMA_VERSION && onDisk.data, context).toEqual(reference);

          // The file as it was before the migration, kept and readable as what it was.
          const preMigration = (await store.backups.list()).filter((info) => info.kind === 'pre-migration');
          expect(preMigration.length, context).toBeGreaterThanOrEqual(1);
          for (const info of preMigration) {
            expect(info, context).toMatchObject({ valid: true, schemaVersion: old.schemaVersion, clientCount: old.data.clients.length });
            expect(Buffer.from(await store.backups.read(info.id)).equals(oldBytes), context).toBe(true);
          }
          expect(await tempFilesIn(dataDir), context).toEqual([]);

          // The reopened practice saves as usual: a change made now is on disk.
          await store.mutate((draft) => {
            draft.clients.push(makeClient({ id: 'after-the-kill', name: 'Created after the restart' }));
          });
          const saved = judgePracticeBytes(await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME)));
          expect(saved.kind === 'ok' && saved.data.clients.map((client) => client.name).at(-1), context).toBe('Created after the restart');
          expect(await tempFilesIn(path.join(dataDir, BACKUP_FOLDER_NAME)), context).toEqual([]);
        } finally {
          await store.close();
        }
        await nodeFs.rm(dataDir, { recursive: true, force: true });
        return { outcome: `${killAt}:v${versionLeft}`, tempsLeft };
      });
      const outcomes = results.map((result) => result.outcome);
      const tempsLeftByKills = results.reduce((sum, result) => sum + result.tempsLeft, 0);
      console.log(`${fixture}: open + migration killed at ${steps + 1} points (temp files left by the kills: ${tempsLeftByKills}, all removed at the next open): ${outcomes.join(' ')}`);
      // Both sides of the migrated file's write were hit, and kills did leave temp files to clean up.
      expect(outcomes.some((outcome) => outcome.endsWith(`:v${old.schemaVersion}`))).toBe(true);
      expect(outcomes.some((outcome) => outcome.endsWith(`:v${CURRENT_SCHEMA_VERSION}`))).toBe(true);
      expect(tempsLeftByKills).toBeGreaterThan(0);
    }, 180_000);
  }
});
