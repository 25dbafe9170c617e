import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as WindowPolicy from '../../src-main/platform/window-policy';

/**
 * Doyensec's Electronegativity over the main-process sources, through its programmatic API.
 *
 * What is scanned, and why:
 * - src-main as TypeScript. Electronegativity parses .ts with @babel/parser first (a current 7.x,
 *   which knows `satisfies`, `import type`, `as const`); its bundled TypeScript 4.2 estree parser
 *   is only a fallback. Every parse error fails this test, so no file can drop out silently.
 *   Scanning the sources (not the bundle) keeps line numbers and the inline exceptions meaningful.
 * - With the app's real window policy in place: index.ts passes `secureWebPreferences(...)` and
 *   `[contentSecurityPolicy(...)]` by reference, which a static checker cannot follow (it would then
 *   report contextIsolation and sandbox as missing). The scanned copy of src-main has those two
 *   expressions replaced by their values, as literals on the same line, so the checks judge the
 *   preferences and the policy the app really uses and every line number still matches the source.
 *
 * Fails on any finding of severity HIGH or MEDIUM with confidence FIRM or CERTAIN that has no
 * inline exception, on an exception without a reason, and on an exception that suppresses nothing.
 *
 * Offline: Electronegativity fetches translations and Electron's release list with `got`. The test
 * puts a refusing stand-in for `got` in the require cache before loading it, and leaves out the one
 * check that needs the release list (AvailableSecurityFixesGlobalCheck: "is there a newer Electron").
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC_MAIN = path.join(ROOT, 'src-main');
const requireHere = createRequire(import.meta.url);

interface Level {
  name: string;
  value: number;
}
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  manualReview: boolean;
  description: string;
  sample?: string;
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
interface RunOptions {
  input: string;
  electronVersionOverride: string;
  excludeFromScan: string[];
  isRelative: boolean;
}
type Run = (options: RunOptions) => Promise<ScanResult>;

const HIGH_OR_MEDIUM = 2; // severity.MEDIUM.value
const FIRM_OR_CERTAIN = 1; // confidence.FIRM.value
const isBlocking = (finding: Finding) => finding.severity.value >= HIGH_OR_MEDIUM && finding.confidence.value >= FIRM_OR_CERTAIN;

/** Loads Electronegativity with `got` replaced by a stand-in that refuses and records every request. */
function loadElectronegativityOffline(): { run: Run; version: string; refused: string[] } {
  const packageDir = path.dirname(requireHere.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = requireHere.resolve('got', { paths: [packageDir] });
  const refused: string[] = [];
  const refuse = (url: unknown) => {
    refused.push(String(url));
    return Promise.reject(new Error('network access is disabled in electronegativity.test.ts'));
  };
  const offlineGot = Object.assign(refuse, { head: refuse, get: refuse, stream: refuse });
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offlineGot;
  requireHere.cache[gotPath] = stub;
  const version = (requireHere(path.join(packageDir, 'package.json')) as { version: string }).version;
  return { run: requireHere(packageDir) as Run, version, refused };
}

interface Exception {
  file: string; // relative to the scan root, as Electronegativity reports it
  line: number;
  ids: string[];
  reason: string;
}

const EXCEPTION = /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)(.*)$/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.(ts|tsx|js|cjs|mjs|html)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every `eng-disable` comment under `dir`, with its check ids and the reason written after a colon. */
async function exceptionsIn(dir: string, root: string): Promise<Exception[]> {
  const found: Exception[] = [];
  for (const file of await sourceFiles(dir)) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((text, index) => {
      const match = EXCEPTION.exec(text);
      if (!match) return;
      const reason = (match[2] ?? '')
        .replace(/\*\/.*$/, '')
        .replace(/^\s*:\s*/, '')
        .trim();
      found.push({ file: path.relative(root, file), line: index + 1, ids: (match[1] ?? '').trim().split(/\s+/), reason: /^\s*:/.test(match[2] ?? '') ? reason : '' });
    });
  }
  return found;
}

/**
 * Replaces, in the scanned copy, each call of secureWebPreferences(...) and each
 * [contentSecurityPolicy(...)] with the value it has (from `srcMain`'s own window-policy.ts), on one
 * line so that line numbers do not move. Returns how many of each it replaced.
 */
async function putPolicyInPlace(srcMain: string, copy: string): Promise<{ preferences: number; policy: number }> {
  const policyModule = (await import(pathToFileURL(path.join(srcMain, 'platform/window-policy.ts')).href)) as typeof WindowPolicy;
  const preferences = JSON.stringify(policyModule.secureWebPreferences('/app/out/preload/preload.cjs'));
  const policy = `[${JSON.stringify(policyModule.contentSecurityPolicy('ElectronegativityScanNonce'))}]`;
  const replaced = { preferences: 0, policy: 0 };
  for (const file of await sourceFiles(copy)) {
    const text = await readFile(file, 'utf8');
    let out = '';
    let rest = text;
    for (let at = rest.search(/(?<!function )\bsecureWebPreferences\(/); at >= 0; at = rest.search(/(?<!function )\bsecureWebPreferences\(/)) {
      // the call's closing parenthesis (arguments may hold calls of their own)
      let depth = 0;
      let end = at + 'secureWebPreferences'.length;
      for (; end < rest.length; end++) {
        if (rest[end] === '(') depth++;
        else if (rest[end] === ')' && --depth === 0) break;
      }
      if (rest.slice(at, end).includes('\n')) throw new Error(`${file}: put secureWebPreferences(...) on one line, or teach this test to keep line numbers`);
      out += rest.slice(0, at) + preferences;
      rest = rest.slice(end + 1);
      replaced.preferences++;
    }
    out += rest;
    const policyCall = /\[contentSecurityPolicy\([^()\n]*\)\]/g;
    replaced.policy += (out.match(policyCall) ?? []).length;
    out = out.replace(policyCall, () => policy);
    if (out !== text) await writeFile(file, out);
  }
  return replaced;
}

interface Scan {
  result: ScanResult;
  /** Findings an inline exception removed, found by scanning again with the exceptions switched off. */
  excepted: Finding[];
  exceptions: Exception[];
  blocking: Finding[];
  replaced: { preferences: number; policy: number };
}

const keyOf = (finding: Finding) => `${finding.id}|${finding.file}|${finding.location.line}|${finding.location.column}`;

async function scan(run: Run, electronVersion: string, srcMain: string, workDir: string): Promise<Scan> {
  const withExceptions = path.join(workDir, 'with-exceptions');
  const withoutExceptions = path.join(workDir, 'without-exceptions');
  let replaced = { preferences: 0, policy: 0 };
  for (const root of [withExceptions, withoutExceptions]) {
    await cp(srcMain, path.join(root, 'src-main'), { recursive: true });
    replaced = await putPolicyInPlace(srcMain, path.join(root, 'src-main'));
  }
  for (const file of await sourceFiles(withoutExceptions)) {
    await writeFile(file, (await readFile(file, 'utf8')).replace(/eng-disable/g, 'eng-switched-off'));
  }
  const options = (input: string): RunOptions => ({
    input,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
  });
  const result = await run(options(withExceptions));
  const unfiltered = await run(options(withoutExceptions));
  const kept = new Set(result.issues.map(keyOf));
  return {
    result,
    excepted: unfiltered.issues.filter((finding) => !kept.has(keyOf(finding))),
    exceptions: await exceptionsIn(withExceptions, withExceptions),
    blocking: result.issues.filter(isBlocking),
    replaced,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

function report(title: string, found: Scan): string {
  const reasonFor = (finding: Finding) =>
    found.exceptions.find((exception) => exception.file === finding.file && (exception.line === finding.location.line || exception.line === 1) && exception.ids.includes(finding.id))?.reason ?? '?';
  const clip = (text: string | undefined, length = 90) => {
    const flat = (text ?? '').replace(/\s+/g, ' ').trim();
    return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
  };
  const rows = [
    ['check', 'severity', 'confidence', 'where', 'verdict', 'note'],
    ...found.result.issues.map((finding) => [
      finding.id,
      finding.severity.name,
      finding.confidence.name,
      `${finding.file}:${finding.location.line}:${finding.location.column}`,
      isBlocking(finding) ? 'BLOCKING' : 'below threshold',
      clip(finding.manualReview ? `(review) ${finding.description} ${finding.sample ?? ''}` : (finding.sample ?? finding.description)),
    ]),
    ...found.excepted.map((finding) => [
      finding.id,
      finding.severity.name,
      finding.confidence.name,
      `${finding.file}:${finding.location.line}:${finding.location.column}`,
      'exception',
      clip(reasonFor(finding), 120),
    ]),
  ];
  const errors = found.result.errors.map((error) => `  parse ${error.tolerable ? 'warning' : 'ERROR'}: ${error.file}: ${error.message}`);
  return [`${title}: ${found.result.atomicChecks} atomic and ${found.result.globalChecks} global checks`, table(rows), ...errors].join('\n');
}

describe('Electronegativity over src-main', () => {
  let electronegativity: ReturnType<typeof loadElectronegativityOffline>;
  let electronVersion: string;
  let workDir: string;
  let found: Scan;

  beforeAll(async () => {
    electronegativity = loadElectronegativityOffline();
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    electronVersion = manifest.devDependencies.electron ?? '';
    workDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-electronegativity-'));
    found = await scan(electronegativity.run, electronVersion, SRC_MAIN, path.join(workDir, 'app'));
  });

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('is told the exact Electron version the app uses', () => {
    // A range would make Electronegativity assume its lowest version (and its insecure defaults).
    expect(electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('finds nothing HIGH or MEDIUM with FIRM or CERTAIN confidence that lacks a justified exception', () => {
    console.log(report(`Electronegativity ${electronegativity.version} over src-main (window policy in place), Electron ${electronVersion}`, found));

    expect(found.result.atomicChecks).toBeGreaterThan(30);
    expect(found.result.globalChecks).toBeGreaterThanOrEqual(4);
    expect(found.result.errors, 'every file must parse, or it was not checked').toEqual([]);
    // The real preferences and policy were put in place of the references in index.ts...
    expect(found.replaced.preferences, 'calls of secureWebPreferences(...) replaced').toBeGreaterThanOrEqual(1);
    expect(found.replaced.policy, '[contentSecurityPolicy(...)] replaced').toBeGreaterThanOrEqual(1);
    // ...and the policy was read and evaluated (it is reported at LOW, with the policy as sample).
    expect(found.result.issues.some((finding) => finding.id === 'CSP_GLOBAL_CHECK' && (finding.sample ?? '').includes("script-src 'self'"))).toBe(true);

    expect(found.blocking.map((finding) => `${finding.id} at ${finding.file}:${finding.location.line}`)).toEqual([]);
  });

  it('has a reason for every exception in src-main, and no exception that suppresses nothing', () => {
    const inSrcMain = found.exceptions.filter((exception) => exception.file.startsWith('src-main'));
    for (const exception of inSrcMain) {
      expect(exception.reason.length, `${exception.file}:${exception.line} needs "eng-disable CHECK_ID: reason"`).toBeGreaterThanOrEqual(20);
      for (const id of exception.ids) {
        const used = found.excepted.some((finding) => finding.id === id && finding.file === exception.file && (exception.line === 1 || finding.location.line === exception.line));
        expect(used, `${id} at ${exception.file}:${exception.line} suppresses nothing: remove it`).toBe(true);
      }
    }
  });

  it('would fail if the window lost its isolation (a scan of a weakened copy)', async () => {
    const weakened = path.join(workDir, 'weakened-src-main');
    await cp(SRC_MAIN, weakened, { recursive: true });
    // src-main/tsconfig.json extends ../tsconfig.json, which the import of the copy needs too
    await cp(path.join(ROOT, 'tsconfig.json'), path.join(workDir, 'tsconfig.json'));
    const policyFile = path.join(weakened, 'platform/window-policy.ts');
    const policy = await readFile(policyFile, 'utf8');
    const changed = policy
      .replace('nodeIntegration: false,', 'nodeIntegration: true,')
      .replace('contextIsolation: true,', 'contextIsolation: false,')
      .replace('sandbox: true,', 'sandbox: false,');
    expect(changed).not.toBe(policy);
    await writeFile(policyFile, changed);

    const weakenedScan = await scan(electronegativity.run, electronVersion, weakened, path.join(workDir, 'weakened'));
    const blockingIds = weakenedScan.blocking.map((finding) => finding.id);
    const reported = weakenedScan.result.issues.map((finding) => `${finding.id} (${finding.severity.name}/${finding.confidence.name})`);
    console.log(`weakened copy (nodeIntegration: true, contextIsolation: false, sandbox: false) is reported as: ${[...new Set(reported)].join(', ')}`);
    expect(blockingIds).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(blockingIds).toContain('SANDBOX_JS_CHECK');
    // Not NODE_INTEGRATION_JS_CHECK: Electronegativity 1.10.3 says nothing about an explicit
    // nodeIntegration: true once a `sandbox` key is present (whatever its value), so the
    // nodeIntegration: false of the window policy is asserted by window-policy.test.ts instead.
  });

  it('stayed offline: the only network requests were refused by the stand-in', () => {
    console.log(`network requests refused: ${electronegativity.refused.length} (${[...new Set(electronegativity.refused)].join(', ')})`);
    expect(electronegativity.refused.length, 'the stand-in saw the translation requests, so it is the got in use').toBeGreaterThan(0);
    expect(electronegativity.refused.every((url) => !url.includes('electron/releases'))).toBe(true);
  });
});
