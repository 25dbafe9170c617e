import { spawn, type ChildProcess } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { removeStaleTempFiles, writeFileDurably } from '../../src-main/store/durable-file';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { emptyPractice } from '../../src-main/domain/practice';
import { DATA_FILE_NAME } from '../../src-main/store/practice-store';
import { counterOf, envelopeText, practiceForCounter, type StateTemplate } from './durability-states';
import { makeAsset, makeClient } from './factories';

/**
 * Kills a process that keeps saving the practice with SIGKILL at random moments, hundreds of times,
 * and checks after every kill that the data file is exactly one of the states that were saved: the
 * durable writer (temp file, fsync, rename, fsync folder) never leaves a torn or mixed file.
 */

const KILLS = 220;
const SEED = 0x5eed_2026;
const REPOSITORY = path.resolve(import.meta.dirname, '..', '..');
const CHILD_SCRIPT = path.join(import.meta.dirname, 'durability-child.js');
/** What a write cut off by the kill leaves behind: practice.json.<pid>-<12 hex>.tmp */
const TEMP_FILE = /^practice\.json\.\d+-[0-9a-f]{12}\.tmp$/;

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Transpiles a TypeScript module that has no project imports into a plain .mjs the child can import. */
async function transpileInto(folder: string, source: string, outputName: string): Promise<void> {
  const text = await nodeFs.readFile(source, 'utf8');
  const output = ts.transpileModule(text, {
    fileName: source,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  await nodeFs.writeFile(path.join(folder, outputName), output.outputText);
}

interface KillOutcome {
  signal: NodeJS.Signals | null;
  code: number | null;
  announced: number[];
  becameReady: boolean;
  stderr: string;
}

let workDir = '';
let modulesDir = '';
let dataDir = '';
let template: StateTemplate;
let running: ChildProcess | null = null;

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-durability-'));
  modulesDir = path.join(workDir, 'modules');
  dataDir = path.join(workDir, 'data');
  await nodeFs.mkdir(modulesDir);
  await nodeFs.mkdir(dataDir);
  await transpileInto(modulesDir, path.join(REPOSITORY, 'src-main/store/durable-file.ts'), 'durable-file.mjs');
  await transpileInto(modulesDir, path.join(import.meta.dirname, 'durability-states.ts'), 'durability-states.mjs');
  template = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    practice: emptyPractice(),
    client: makeClient({ industry: 'Dental practice', contacts: [{ id: 'contact-1', name: 'Dr. Maya Chen', role: 'Owner', email: 'maya@example.com', phone: '555-0100', decisionMaker: true }] }),
    asset: makeAsset({ purchaseDate: '2023-03-10', warrantyEnd: '2026-03-10', location: 'Front desk', notes: 'Replace with the next refresh.' }),
  };
  await nodeFs.writeFile(path.join(modulesDir, 'template.json'), JSON.stringify(template));
});

afterAll(async () => {
  running?.kill('SIGKILL');
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

/** Starts the saving child and kills it after `delayMs`, counted from the spawn or from its "ready" line. */
function runAndKill(dataFile: string, delayMs: number, from: 'spawn' | 'ready'): Promise<KillOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, modulesDir, dataFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    running = child;
    let stdout = '';
    let stderr = '';
    let killTimer: ReturnType<typeof setTimeout> | undefined;
    const kill = () => child.kill('SIGKILL');
    // A child that never becomes ready is killed anyway; the outcome then fails the checks.
    const safety = setTimeout(kill, 10_000);
    if (from === 'spawn') killTimer = setTimeout(kill, delayMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const wasReady = stdout.includes('ready');
      stdout += chunk;
      if (from === 'ready' && !wasReady && stdout.includes('ready')) killTimer = setTimeout(kill, delayMs);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(safety);
      clearTimeout(killTimer);
      running = null;
      const announced = [...stdout.matchAll(/^saving (\d+)$/gm)].map((match) => Number(match[1]));
      resolve({ signal, code, announced, becameReady: /^ready \d+$/m.test(stdout), stderr });
    });
  });
}

describe('saving survives SIGKILL at any moment', () => {
  it(
    `leaves a data file that parses, validates and equals a saved state after each of ${KILLS} kills`,
    async () => {
      const dataFile = path.join(dataDir, DATA_FILE_NAME);
      await writeFileDurably(dataFile, envelopeText(template, 0));
      const initialSize = (await nodeFs.stat(dataFile)).size;
      expect(initialSize).toBeGreaterThan(200_000);
      expect(initialSize).toBeLessThan(500_000);

      const random = seededRandom(SEED);
      let counter = 0;
      let advancedKills = 0;
      let killsAfterReady = 0;
      const leftoverTemps = new Set<string>();
      /** Left-over temp files by how far their write got: empty, part-written, or complete but not yet renamed. */
      const tempStages = { empty: 0, partial: 0, complete: 0 };
      const started = Date.now();

      for (let kill = 0; kill < KILLS; kill += 1) {
        const from = random() < 0.5 ? 'spawn' : 'ready';
        const delayMs = from === 'spawn' ? 5 + Math.floor(random() * 76) : Math.floor(random() * 30);
        const outcome = await runAndKill(dataFile, delayMs, from);
        const context = `kill ${kill} (${delayMs} ms after ${from}), counter before ${counter}`;
        expect(outcome.signal, `${context}: the child must die by the kill, not on its own (code ${outcome.code}): ${outcome.stderr}`).toBe('SIGKILL');
        if (outcome.becameReady) killsAfterReady += 1;

        const bytes = new Uint8Array(await nodeFs.readFile(dataFile));
        const verdict = judgePracticeBytes(bytes);
        expect(verdict.kind === 'ok' ? 'ok' : `${verdict.kind}: ${verdict.reason}`, context).toBe('ok');
        if (verdict.kind !== 'ok') return;
        expect(verdict.fileVersion).toBe(CURRENT_SCHEMA_VERSION);
        const saved = counterOf(verdict.data);
        // Either the state the child started from, or one it announced before writing it.
        expect([counter, ...outcome.announced], context).toContain(saved);
        expect(saved, context).toBeGreaterThanOrEqual(counter);
        expect(verdict.data, context).toEqual(practiceForCounter(template, saved));
        expect(new TextDecoder().decode(bytes) === envelopeText(template, saved), `${context}: the bytes are exactly state ${saved}`).toBe(true);
        if (saved > counter) advancedKills += 1;
        counter = saved;

        for (const name of await nodeFs.readdir(dataDir)) {
          if (name === DATA_FILE_NAME || leftoverTemps.has(name)) continue;
          expect(name, `${context}: only temp files of the data file may be left over`).toMatch(TEMP_FILE);
          leftoverTemps.add(name);
          const tempBytes = new Uint8Array(await nodeFs.readFile(path.join(dataDir, name)));
          tempStages[tempBytes.length === 0 ? 'empty' : judgePracticeBytes(tempBytes).kind === 'ok' ? 'complete' : 'partial'] += 1;
        }
      }

      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `durability: ${KILLS} kills in ${seconds} s, ${killsAfterReady} after "ready"; counter reached ${counter} ` +
          `(advanced in ${advancedKills} kills); ${leftoverTemps.size} temp files left by cut-off writes ` +
          `(${tempStages.empty} empty, ${tempStages.partial} part-written, ${tempStages.complete} complete but not renamed)`,
      );
      // Not vacuous: the child really saved, and some kills really cut a write short.
      expect(killsAfterReady).toBeGreaterThan(KILLS / 4);
      expect(counter).toBeGreaterThan(KILLS / 10);
      expect(advancedKills).toBeGreaterThan(KILLS / 10);
      expect(leftoverTemps.size).toBeGreaterThan(0);

      // The store cleans up what the cut-off writes left, and nothing else.
      expect(await removeStaleTempFiles(dataDir, DATA_FILE_NAME)).toBe(leftoverTemps.size);
      expect(await nodeFs.readdir(dataDir)).toEqual([DATA_FILE_NAME]);
      expect(judgePracticeBytes(new Uint8Array(await nodeFs.readFile(dataFile))).kind).toBe('ok');
    },
    120_000,
  );
});
