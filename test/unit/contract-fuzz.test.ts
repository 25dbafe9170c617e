import fc from 'fast-check';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, ERROR_CODES } from '../../src-main/api/contract';
import { CHANNEL_NAMES, type ChannelName } from '../../src-main/api/contract/channel-names';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { DATA_FILE_NAME } from '../../src-main/store/practice-store';
import { folderPlatform } from '../harness/test-platform';

/**
 * Every channel of the contract, read from the contract itself (channels that features add are
 * fuzzed without anyone listing them), gets inputs drawn from its own input schema, some wholly
 * valid, some with hostile values in place of a field: wrong types, a 1 MB string, objects nested
 * 200 deep, `__proto__` and `constructor` keys. Whatever comes in, the registry answers ok or a
 * clear error, the data file stays valid, a refused call changes nothing, nothing is written outside
 * the data folder and the exports folder, and no prototype is polluted.
 * (registry-fuzz.test.ts draws hand-made inputs for the first channels; this one covers them all.)
 */

const RUNS_PER_CHANNEL = 12;
/** Restoring, moving the data folder and loading the sample replace the whole practice, and take long: fewer runs. */
const RUNS_PER_WHOLE_PRACTICE_CHANNEL = 4;
const WHOLE_PRACTICE = /^(backups\.restore|backups\.undoRestore|settings\.moveDataFolder|sample\.load)$/;
const runsOf = (channel: ChannelName) => (WHOLE_PRACTICE.test(channel) ? RUNS_PER_WHOLE_PRACTICE_CHANNEL : RUNS_PER_CHANNEL);
const MEGABYTE = 'm'.repeat(1024 * 1024);
const MEGABYTE_TOKEN = '<1 MB>';
const ID_TOKEN = /^<id (\d+)>$/;

let workDir = '';
let dataDir = '';
let practice: OpenPractice;
const logged: string[] = [];

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-contract-fuzz-'));
  dataDir = path.join(workDir, 'data');
  practice = await openPractice({
    dataDir,
    platform: folderPlatform(path.join(workDir, 'exports')).platform,
    clock: () => new Date('2026-03-20T09:00:00.000Z'),
    log: (message, error) => logged.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`),
  });
  const loaded = await practice.registry.invoke('sample.load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
}, 120_000);

afterAll(async () => {
  await practice?.close();
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

// ---- inputs from the schemas ---------------------------------------------------------------------

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  items?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strings that pass many of the contract's checks: ids of real records, dates, months, colours, emails. */
const plausibleString = fc.oneof(
  fc.nat({ max: 400 }).map((index) => `<id ${index}>`),
  fc.constantFrom('2026-03-01', '2026-03', '2027-12-31', '#1F4E79', 'maya@example.com', 'https://example.com', 'en-US', 'USD', 'Harbor Dental', 'workstation'),
  fc.string({ maxLength: 24 }),
);

/** Values of another kind, and the hostile ones the issue names. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', MEGABYTE_TOKEN, [], {}),
  fc.constant('deep').map(() => {
    let nested: unknown = 'bottom';
    for (let depth = 0; depth < 200; depth += 1) nested = { nested };
    return nested;
  }),
  fc.constantFrom('{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"a":{"__proto__":{"polluted":"yes"}}}').map((json) => JSON.parse(json) as unknown),
  fc.anything({ maxDepth: 2 }),
);

const cache = new Map<z.ZodType, fc.Arbitrary<unknown>>();

/** An arbitrary of values shaped by the schema, each field now and then hostile. */
function drawn(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const known = cache.get(schema);
  if (known) return known;
  const arbitrary = fc.oneof({ weight: 12, arbitrary: shaped(schema, depth) }, { weight: 1, arbitrary: hostile });
  cache.set(schema, arbitrary);
  return arbitrary;
}

function shaped(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(null);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((key) => !['optional', 'default', 'prefault'].includes(defOf(shape[key]!).type));
      return fc.record(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, drawn(field, depth + 1)])), { requiredKeys: required });
    }
    case 'array':
    case 'set':
      return fc.array(drawn(def.element ?? (def.valueType as z.ZodType), depth + 1), { maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => drawn(item, depth + 1)));
    case 'record':
    case 'map':
      return fc.dictionary(fc.string({ maxLength: 6 }), drawn(def.valueType!, depth + 1), { maxKeys: 3 });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof({ weight: 4, arbitrary: drawn(def.innerType!, depth) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => drawn(option, depth + 1)));
    case 'intersection':
      return fc.tuple(drawn(def.left!, depth + 1), drawn(def.right!, depth + 1)).map(([left, right]) => (typeof left === 'object' && typeof right === 'object' ? { ...left, ...right } : left));
    case 'pipe':
      return drawn(def.in!, depth);
    case 'lazy':
      return drawn(def.getter!(), depth + 1);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: 'none' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'string':
    case 'template_literal':
      return plausibleString;
    case 'number':
    case 'int':
      return fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 2020, max: 2030 }), fc.integer(), fc.double());
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.date();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Every id in the practice, so that `<id N>` names a real record of some kind. */
function allIds(): string[] {
  const ids: string[] = [];
  for (const collection of Object.values(practice.store.data)) {
    if (Array.isArray(collection)) for (const record of collection as Array<{ id?: unknown }>) if (typeof record?.id === 'string') ids.push(record.id);
  }
  return ids;
}

function materialize(value: unknown, ids: readonly string[]): unknown {
  if (typeof value === 'string') {
    if (value === MEGABYTE_TOKEN) return MEGABYTE;
    const match = ID_TOKEN.exec(value);
    return match ? (ids[Number(match[1]) % Math.max(1, ids.length)] ?? 'none') : value;
  }
  if (Array.isArray(value)) return value.map((item) => materialize(item, ids));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // defineProperty keeps a "__proto__" key as a key, as JSON from the renderer would carry it.
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) Object.defineProperty(copy, key, { value: materialize(inner, ids), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

// ---- the property ---------------------------------------------------------------------------------

const ERROR_CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

async function filesOutsideData(): Promise<string[]> {
  const entries = await nodeFs.readdir(workDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(workDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`data${path.sep}`) && !file.startsWith(`exports${path.sep}`))
    .sort();
}

const outcomes = new Map<ChannelName, { ok: number; refused: number }>();

async function checkCall(channel: ChannelName, input: unknown): Promise<void> {
  const dataFile = path.join(dataDir, DATA_FILE_NAME);
  const before = await nodeFs.readFile(dataFile);
  const real = materialize(input, allIds());
  const result: unknown = await practice.registry.invoke(channel, real);
  const where = `${channel}(${fc.stringify(input).slice(0, 300)})`;
  const answer = result as { ok: boolean; value?: unknown; error?: { code?: unknown; message?: unknown } };
  expect(typeof answer === 'object' && answer !== null, where).toBe(true);
  if (answer.ok) {
    expect('value' in answer, where).toBe(true);
  } else {
    expect(answer.ok, where).toBe(false);
    expect(ERROR_CODE_SET.has(String(answer.error?.code)), `${where}: code ${String(answer.error?.code)}`).toBe(true);
    expect(typeof answer.error?.message === 'string' && answer.error.message.trim().length > 0 && answer.error.message.length < 2_000, where).toBe(true);
  }
  const tally = outcomes.get(channel) ?? { ok: 0, refused: 0 };
  tally[answer.ok ? 'ok' : 'refused'] += 1;
  outcomes.set(channel, tally);
  const after = await nodeFs.readFile(dataFile);
  if (!before.equals(after)) {
    if (!answer.ok) throw new Error(`a refused call changed the data file: ${where}`);
    const verdict = judgePracticeBytes(new Uint8Array(after));
    if (verdict.kind !== 'ok') throw new Error(`the data file is ${verdict.kind} after ${where}`);
  }
  expect(({} as Record<string, unknown>)['polluted'], where).toBeUndefined();
  expect(await filesOutsideData(), where).toEqual([]);
}

// The channels that replace the whole practice go last, so that the others work on the sample.
const ordered = [...CHANNEL_NAMES.filter((name) => !WHOLE_PRACTICE.test(name)), ...CHANNEL_NAMES.filter((name) => WHOLE_PRACTICE.test(name))];

describe('every channel of the contract under inputs drawn from its schema', () => {
  it('has channels to fuzz, read from the contract', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(40);
  });

  it.each(ordered)(
    '%s answers ok or a clear error, keeps the file valid, writes only where it should',
    async (channel) => {
      const inputs = drawn(contract[channel].input as z.ZodType);
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => checkCall(channel, input)),
        { numRuns: runsOf(channel), endOnFailure: true },
      );
      expect(outcomes.get(channel)!.ok + outcomes.get(channel)!.refused).toBe(runsOf(channel));
    },
    120_000,
  );

  it('logged no failure of a handler, and both answers came up', () => {
    const total = [...outcomes.values()].reduce((sum, tally) => ({ ok: sum.ok + tally.ok, refused: sum.refused + tally.refused }), { ok: 0, refused: 0 });
    console.log(
      `contract fuzz: ${outcomes.size} channels, ${RUNS_PER_CHANNEL} runs each (${RUNS_PER_WHOLE_PRACTICE_CHANNEL} for the ${ordered.filter((name) => WHOLE_PRACTICE.test(name)).length} that replace the whole practice): ` +
        `${total.ok} answered ok, ${total.refused} refused with a clear error`,
    );
    expect(outcomes.size).toBe(CHANNEL_NAMES.length);
    expect(total.ok).toBeGreaterThan(CHANNEL_NAMES.length);
    expect(total.refused).toBeGreaterThan(CHANNEL_NAMES.length);
    expect(logged).toEqual([]);
  });
});
