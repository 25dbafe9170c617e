import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../src-main/api/contract';
import type { Registry } from '../../src-main/api/registry';
import { asset, type Asset } from '../../src-main/domain/asset';
import { formatMoney } from '../../src-main/domain/format';
import { initiative } from '../../src-main/domain/initiative';
import type { Month } from '../../src-main/domain/months';
import { service } from '../../src-main/domain/service';
import { launchChromium } from '../harness/browser';
import { startHarness } from '../harness/harness';
import { REPOSITORY_ROOT } from '../harness/test-platform';
import { figureOf, type Figure } from './measure';
import { makeClientBundle } from './synthetic';

/**
 * The budget screen in real Chromium over the loopback harness: edit one asset's unit cost in the
 * asset grid the way a consultant does, switch to Budget, and time until the total shows the new
 * figure. The long-task and long-animation-frame observers report the longest main-thread work.
 */

const SECTION = '5. Budget screen (Chromium)';
const RENDERER_INDEX = path.join(REPOSITORY_ROOT, 'out/renderer/index.html');
export const SCREEN_TARGET_MS = 100;

export interface ScreenResult {
  figures: Figure[];
  notes: string[];
  longest: { longTaskMs: number | null; longAnimationFrameMs: number | null; switchLongTaskMs: number | null; editLongTaskMs: number | null };
  chromiumVersion: string;
}

/** Builds the renderer when there is none; says whether the build is older than the sources. */
export function ensureRenderer(forceBuild: boolean): string[] {
  const notes: string[] = [];
  if (forceBuild || !existsSync(RENDERER_INDEX)) {
    const why = forceBuild ? '--build was given' : 'out/renderer was missing';
    console.log(`Building the renderer (npx electron-vite build) because ${why}...`);
    const started = performance.now();
    const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0 || !existsSync(RENDERER_INDEX)) throw new Error('npx electron-vite build failed');
    notes.push(`Built the renderer first (npx electron-vite build, ${((performance.now() - started) / 1000).toFixed(0)} s) because ${why}.`);
    return notes;
  }
  const builtAt = statSync(RENDERER_INDEX).mtimeMs;
  const newestSource = newestMtime([path.join(REPOSITORY_ROOT, 'src-renderer'), path.join(REPOSITORY_ROOT, 'src-main/domain')]);
  if (newestSource > builtAt) {
    notes.push(
      `out/renderer (built ${new Date(builtAt).toISOString()}) is older than the renderer or domain sources (changed ${new Date(newestSource).toISOString()}); ` +
        'the screen figures are for that build. Run `npm run bench -- --build` to rebuild first.',
    );
  }
  return notes;
}

function newestMtime(folders: string[]): number {
  let newest = 0;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const folder of folders) if (existsSync(folder)) visit(folder);
  return newest;
}

/** Collects long tasks and long animation frames from the start; Chromium delivers them asynchronously. */
const OBSERVER_SCRIPT = `
(() => {
  const bench = { longTasks: [], frames: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.frames.push({ start: entry.startTime, duration: entry.duration, blocking: entry.blockingDuration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();
`;

/**
 * In the page: clicks the client navigation item, then waits until the condition holds (checked on
 * every DOM mutation), then for the next animation frame and the task after it (layout and paint
 * done). Times are performance.now() in the page.
 */
const SWITCH_SCRIPT = `
async ({ navLabel, selector, text, minCount, absent, timeoutMs }) => {
  const nav = [...document.querySelectorAll('a, button')].find((element) => element.textContent.trim() === navLabel && element.closest('nav'));
  if (!nav) return { ok: false, reason: 'no navigation item ' + navLabel };
  const holds = () => {
    if (absent) return document.querySelector(selector) === null;
    if (text !== null) {
      const element = document.querySelector(selector);
      return element !== null && element.textContent === text;
    }
    return document.querySelectorAll(selector).length >= minCount;
  };
  return await new Promise((resolve) => {
    let done = false;
    let observer;
    const finish = (committed) => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const frame = performance.now();
        setTimeout(() => resolve({ ok: true, clicked, committed, frame, painted: performance.now() }), 0);
      });
    };
    observer = new MutationObserver(() => {
      if (!done && holds()) finish(performance.now());
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: false });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      const element = document.querySelector(selector);
      resolve({ ok: false, reason: 'timed out; ' + selector + ' shows ' + (element ? JSON.stringify(element.textContent) : 'nothing') });
    }, timeoutMs);
    const clicked = performance.now();
    nav.click();
    if (!done && holds()) finish(performance.now());
  });
}
`;

interface SwitchTiming {
  ok: boolean;
  reason?: string;
  clicked: number;
  committed: number;
  frame: number;
  painted: number;
}

async function switchSection(page: Page, navLabel: string, wait: { selector: string; text?: string; minCount?: number; absent?: boolean }): Promise<SwitchTiming> {
  const args = { navLabel, selector: wait.selector, text: wait.text ?? null, minCount: wait.minCount ?? 1, absent: wait.absent ?? false, timeoutMs: 15_000 };
  const result = (await page.evaluate(`(${SWITCH_SCRIPT})(${JSON.stringify(args)})`)) as SwitchTiming;
  if (!result.ok) throw new Error(`Switching to ${navLabel}: ${result.reason}`);
  return result;
}

interface PerfEntry {
  start: number;
  duration: number;
}

async function perfEntries(page: Page): Promise<{ longTasks: PerfEntry[]; frames: PerfEntry[] }> {
  // Entries arrive after the task ends; give the observers a moment.
  await page.waitForTimeout(150);
  return (await page.evaluate('({ longTasks: window.__bench.longTasks, frames: window.__bench.frames })')) as { longTasks: PerfEntry[]; frames: PerfEntry[] };
}

function longestIn(entries: readonly PerfEntry[], from: number, to: number): number {
  let longest = 0;
  for (const entry of entries) if (entry.start < to && entry.start + entry.duration > from) longest = Math.max(longest, entry.duration);
  return longest;
}

/** One channel call through the registry, typed by its channel; throws on an error result. */
async function invoke<C extends ChannelName>(registry: Registry, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

export async function benchBudgetScreen(options: { today: Month; seed: number; runs: number; warmup: number; forceBuild: boolean }): Promise<ScreenResult> {
  const notes = ensureRenderer(options.forceBuild);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-bench-screen-'));
  const harness = await startHarness({ dataDir });
  const browser = await launchChromium();
  try {
    const registry = harness.practice.registry;
    const created = await invoke(registry, 'clients.create', { client: { name: 'Bench Screen Dental', fiscalYearStartMonth: 7 } });
    const clientId = created.client.id;
    await invoke(registry, 'budget.setPlan', { clientId, plan: { startMonth: null, horizonYears: 5, spendingLimitPerQuarterCents: null } });

    // 500 assets, 20 services and a few initiatives, validated by the entity schemas and stored in one durable change.
    const bundle = makeClientBundle(options.seed, 90_000, { assetsPerClient: 500, servicesPerClient: 20, initiativesPerClient: 4, horizonYears: 5 }, options.today);
    const own = <T extends { clientId: string }>(item: T): T => ({ ...item, clientId });
    const assets = bundle.assets.map((item) => asset.parse(own(item)));
    const services = bundle.services.map((item) => service.parse(own(item)));
    const initiatives = bundle.initiatives.map((item) => initiative.parse(own(item)));
    // Due longest ago, so it is the first row of the grid's default order (the grid renders only the rows near the screen).
    const edited: Asset = { ...assets[0]!, name: 'Bench laptop (edited by the benchmark)', status: 'active', purchaseDate: '2001-01-15', plannedReplacementMonth: null };
    assets[0] = edited;
    await harness.practice.store.mutate((draft) => {
      draft.assets.push(...assets);
      draft.services.push(...services);
      draft.initiatives.push(...initiatives);
    });
    const activeAssets = assets.filter((item) => item.status === 'active').length;
    const money = { currency: harness.practice.store.data.settings.currency, locale: harness.practice.store.data.settings.locale };
    const expectedTotal = async () => {
      const forecast = await invoke(registry, 'budget.forecast', { clientId });
      return formatMoney(forecast.totals.priceCents, money);
    };

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
    await page.addInitScript(OBSERVER_SCRIPT);

    const loadStarted = performance.now();
    await page.goto(`${harness.url}#/clients/${clientId}/budget`);
    const total = page.getByTestId('budget-total');
    const firstTotal = await expectedTotal();
    await page.locator('[data-testid=budget-total]', { hasText: firstTotal }).waitFor({ timeout: 30_000 });
    const firstOpenMs = performance.now() - loadStarted;

    const budgetSwitch: number[] = [];
    const budgetCommit: number[] = [];
    const assetsSwitch: number[] = [];
    const editSave: number[] = [];
    const cycleLongTask: number[] = [];
    const switchLongTask: number[] = [];
    const switchFrame: number[] = [];
    const cycleFrame: number[] = [];
    const editLongTask: number[] = [];
    const profileSwitch: number[] = [];
    const profileLongTask: number[] = [];
    const row = page.getByTestId('asset-row').filter({ hasText: edited.name });
    for (let index = 0; index < options.warmup + options.runs; index += 1) {
      const counted = index >= options.warmup;
      const cycleStart = (await page.evaluate('performance.now()')) as number;

      const toAssets = await switchSection(page, 'Assets', { selector: '[data-testid=asset-row]', minCount: Math.min(activeAssets, 20) });
      await row.waitFor();

      // The edit, as a user makes it: click the cell, type the amount, press Enter.
      const cents = 123_400 + (index + 1) * 1_111;
      const shown = formatMoney(cents, money);
      const editPageStart = (await page.evaluate('performance.now()')) as number;
      const editStarted = performance.now();
      await row.getByRole('button', { name: 'Unit cost:' }).click();
      const input = row.getByRole('textbox', { name: 'Unit cost' });
      await input.fill((cents / 100).toFixed(2));
      await input.press('Enter');
      await row.getByRole('button', { name: 'Unit cost:' }).filter({ hasText: shown }).waitFor();
      const editMs = performance.now() - editStarted;
      const editPageEnd = (await page.evaluate('performance.now()')) as number;
      const expected = await expectedTotal();
      // Let the background refetches that follow the change settle, so they are not part of the switch.
      await page.waitForTimeout(300);

      const toBudget = await switchSection(page, 'Budget', { selector: '[data-testid=budget-total]', text: expected });
      const entries = await perfEntries(page);
      // The same screen opened from the light client profile: the budget's own render, without the
      // asset grid being torn down.
      await switchSection(page, 'Profile', { selector: '[data-testid=budget-total]', absent: true });
      await page.waitForTimeout(200);
      const fromProfile = await switchSection(page, 'Budget', { selector: '[data-testid=budget-total]', text: expected });
      const profileEntries = await perfEntries(page);
      if (counted) {
        assetsSwitch.push(toAssets.painted - toAssets.clicked);
        editSave.push(editMs);
        budgetCommit.push(toBudget.committed - toBudget.clicked);
        budgetSwitch.push(toBudget.painted - toBudget.clicked);
        switchLongTask.push(longestIn(entries.longTasks, toBudget.clicked, toBudget.painted));
        switchFrame.push(longestIn(entries.frames, toBudget.clicked, toBudget.painted));
        editLongTask.push(longestIn(entries.longTasks, editPageStart, editPageEnd));
        cycleLongTask.push(longestIn(entries.longTasks, cycleStart, toBudget.painted));
        cycleFrame.push(longestIn(entries.frames, cycleStart, toBudget.painted));
        profileSwitch.push(fromProfile.painted - fromProfile.clicked);
        profileLongTask.push(longestIn(profileEntries.longTasks, fromProfile.clicked, fromProfile.painted));
      }
      if ((await total.textContent()) !== expected) throw new Error('The budget total does not show the forecast total');
    }
    if (problems.length > 0) notes.push(`The page reported: ${problems.slice(0, 3).join('; ')}`);

    const max = (values: number[]) => (values.length === 0 ? null : Math.max(...values));
    const figures = [
      figureOf('screen.budgetAfterEdit', SECTION, 'Edit → Budget: click Budget until the new total is painted (500 assets)', budgetSwitch, {
        target: SCREEN_TARGET_MS,
        note: 'from the click on the Budget navigation item to the frame after the total text changed',
      }),
      figureOf('screen.budgetAfterEditCommit', SECTION, '  of which: click → total text in the DOM (React commit)', budgetCommit),
      figureOf('screen.longestTaskSwitch', SECTION, '  longest main-thread task during that switch (longtask API; 0 = none ≥ 50 ms)', switchLongTask),
      figureOf('screen.longestFrameSwitch', SECTION, '  longest animation frame during that switch (LoAF; 0 = none ≥ 50 ms)', switchFrame),
      figureOf('screen.budgetFromProfile', SECTION, 'Same total, Budget clicked from the client profile (no 500-row grid to tear down)', profileSwitch),
      figureOf('screen.longestTaskFromProfile', SECTION, '  longest main-thread task during that switch', profileLongTask),
      figureOf('screen.longestTaskCycle', SECTION, 'Longest main-thread task over the whole edit (Assets grid, edit, save, Budget)', cycleLongTask),
      figureOf('screen.longestFrameCycle', SECTION, 'Longest animation frame over the whole edit', cycleFrame),
      figureOf('screen.editSaved', SECTION, 'Unit-cost edit: click cell, type, Enter until the grid shows it (Playwright-driven)', editSave),
      figureOf('screen.longestTaskEdit', SECTION, '  longest main-thread task during that edit', editLongTask),
      figureOf('screen.assetsSwitch', SECTION, `Click Assets until the ${activeAssets}-row asset grid is painted`, assetsSwitch),
      figureOf('screen.firstOpen', SECTION, 'First open of the budget screen (page load to total shown)', [firstOpenMs]),
    ];
    return {
      figures,
      notes,
      longest: { longTaskMs: max(cycleLongTask), longAnimationFrameMs: max(cycleFrame), switchLongTaskMs: max(switchLongTask), editLongTaskMs: max(editLongTask) },
      chromiumVersion: browser.version(),
    };
  } finally {
    await browser.close();
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(`${dataDir}.exports`, { recursive: true, force: true });
  }
}
