import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { clientForecast, type ClientBudgetItems } from '../../src-main/domain/budget-plan';
import { budgetTable, quarterSpend, sumAmounts, type Granularity, type Grouping } from '../../src-main/domain/budget-views';
import type { Forecast } from '../../src-main/domain/forecast';
import { monthOfLocalDate, type Month } from '../../src-main/domain/months';
import { benchBudgetScreen, SCREEN_TARGET_MS, type ScreenResult } from './budget-screen';
import { launchChromium } from '../harness/browser';
import { benchExports, EXPORT_TARGET_MS } from './exports';
import { benchInteractions, COLD_LOAD_TARGET_MS, INTERACTION_TARGET_MS, INTERACTION_WORST_MS } from './interactions';
import { seedPractice } from './seed';
import { benchStandardsScreen } from './standards-screen';
import { benchTypingDuringSaves } from './typing-during-saves';
import { formatRatio, formatValue, measure, renderTable, type Figure } from './measure';
import { compareReports, readReport, recordOf, renderComparison } from './report';
import { benchStoreAt, growthFigures, OPEN_RATIO_TARGET, SAVE_RATIO_TARGET, SCALED_METRICS, SCALES } from './scaling';
import {
  BENCH_SETTINGS,
  describeBundles,
  makeClientBundle,
  makePractice,
  practiceDataOf,
  validateBundles,
  type ClientBundle,
} from './synthetic';

const GROWTH_SECTION = '8. Growth from 10 to 400 clients (1 = linear)';
const UI_SCALED_METRICS = [
  { key: 'coldLoad', label: 'cold load' },
  { key: 'switchClient', label: 'switch client' },
  { key: 'openDashboard', label: 'open the dashboard' },
  { key: 'filterClients', label: 'client list search' },
];

/**
 * `npm run bench [-- --out FILE] [--skip-browser] [--build] [--quick]`: the performance figures of
 * vCIO Desk (forecast, budget views, exports, the data file, the budget screen), as the median and
 * max of several runs after warm-up runs. Performance is measured here, never by timed assertions
 * in tests. Prints a table and a summary against the targets; --out writes the figures as JSON.
 */

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    compare: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});

const SEED = 20_261_122;
const HORIZON_YEARS = 5;
const FULL_PRACTICE = { clients: 40, assetsPerClient: 200, servicesPerClient: 20, initiativesPerClient: 4, horizonYears: HORIZON_YEARS };
const TEN_PRACTICES = { ...FULL_PRACTICE, clients: 400 };
const BIG_CLIENT = { assetsPerClient: 500, servicesPerClient: 20, initiativesPerClient: 4, horizonYears: HORIZON_YEARS, reviewInProgress: true };
const FORECAST_TARGET_MS = 100;

/** Fewer runs with --quick (a smoke run while working on the benchmark itself). */
const runs = (count: number) => (args.quick ? Math.max(1, Math.ceil(count / 3)) : count);

const figures: Figure[] = [];
const notes: string[] = [];
const today: Month = monthOfLocalDate(new Date());
const benchStarted = performance.now();

function note(text: string): void {
  notes.push(text);
  console.log(`  · ${text}`);
}

function progress(text: string): void {
  console.log(`[${((performance.now() - benchStarted) / 1000).toFixed(1).padStart(5)} s] ${text}`);
}

function itemsOf(bundle: ClientBundle): ClientBudgetItems {
  return { client: bundle.client, assets: bundle.assets, services: bundle.services, initiatives: bundle.initiatives, settings: BENCH_SETTINGS };
}

/** Forecasts every client one after the other, as the app does (each forecast is dropped after use). */
function forecastEach(items: readonly ClientBudgetItems[]): number {
  let events = 0;
  for (const entry of items) events += clientForecast(entry, today).events.length;
  return events;
}

const VIEWS: Array<{ granularity: Granularity; grouping: Grouping; label: string }> = [
  { granularity: 'month', grouping: 'category', label: 'month × category' },
  { granularity: 'month', grouping: 'line', label: 'month × line' },
  { granularity: 'quarter', grouping: 'category', label: 'quarter × category' },
  { granularity: 'quarter', grouping: 'line', label: 'quarter × line' },
  { granularity: 'fiscalYear', grouping: 'category', label: 'fiscal year × category' },
  { granularity: 'fiscalYear', grouping: 'line', label: 'fiscal year × line' },
];

/** What BudgetPage computes after an edit: the forecast, its table, the quarter limits, the chart and the headline sums. */
function budgetScreenComputation(items: ClientBudgetItems): number {
  const forecast = clientForecast(items, today);
  const fiscalYearStartMonth = items.client.fiscalYearStartMonth;
  const table = budgetTable(forecast, { granularity: 'quarter', grouping: 'category', fiscalYearStartMonth });
  const quarters = quarterSpend(forecast, fiscalYearStartMonth, items.client.budgetPlan.spendingLimitPerQuarterCents);
  const chart = budgetTable(forecast, { granularity: 'quarter', grouping: 'spend', fiscalYearStartMonth });
  const totals = sumAmounts(forecast.events);
  const capex = sumAmounts(forecast.events.filter((event) => event.spend === 'capex'));
  const firstYear = sumAmounts(forecast.events.filter((event) => event.monthOffset < 12));
  const overdue = forecast.events.filter((event) => event.overdue).length;
  return table.rows.length + quarters.length + chart.periods.length + totals.priceCents + capex.priceCents + firstYear.priceCents + overdue;
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

progress(`Generating synthetic practices (seed ${SEED}, today ${today})`);
const tenPractices = makePractice(SEED, TEN_PRACTICES, today);
const fullPractice = tenPractices.slice(0, FULL_PRACTICE.clients);
const bigClient = makeClientBundle(SEED, 50_000, BIG_CLIENT, today);
const started = performance.now();
const validated = validateBundles([...tenPractices, bigClient]);
note(
  `Validated the generated practice with the app's practiceData schema: ${validated.clients} clients, ${validated.assets} assets, ${validated.services} services, ` +
    `${validated.initiatives} initiatives, ${validated.reviews} reviews, ${validated.meetings} meetings, ${validated.actionItems} action items, ` +
    `${validated.proposals} proposals in ${Math.round(performance.now() - started)} ms.`,
);
note(`Full practice: ${FULL_PRACTICE.clients} clients × (${FULL_PRACTICE.assetsPerClient} assets, ${FULL_PRACTICE.servicesPerClient} services, ${FULL_PRACTICE.initiativesPerClient} initiatives); ${describeBundles(fullPractice, today)}.`);
const fullItems = fullPractice.map(itemsOf);
const tenItems = tenPractices.map(itemsOf);
const bigItems = itemsOf(bigClient);
const fullForecasts: Forecast[] = fullItems.map((entry) => clientForecast(entry, today));
const bigForecast = clientForecast(bigItems, today);
const fullEvents = fullForecasts.reduce((sum, forecast) => sum + forecast.events.length, 0);
note(`Forecasts over ${HORIZON_YEARS} years: ${fullEvents} budget events for the full practice; ${bigForecast.events.length} for the 500-asset client.`);

// ---------------------------------------------------------------------------------------------
// 1. Forecast
// ---------------------------------------------------------------------------------------------

progress('1. Forecast');
const FORECAST = '1. Forecast';
figures.push(
  await measure('forecast.fullPractice', FORECAST, `clientForecast, all 40 clients (200 assets, 20 services each), ${HORIZON_YEARS} years`, () => forecastEach(fullItems), {
    runs: runs(15),
    warmup: 5,
    target: FORECAST_TARGET_MS,
  }),
  await measure('forecast.tenPractices', FORECAST, `clientForecast, 400 clients (10 full practices), ${HORIZON_YEARS} years`, () => forecastEach(tenItems), {
    runs: runs(5),
    warmup: 2,
  }),
  await measure('forecast.bigClient', FORECAST, 'clientForecast, one client with 500 assets', () => clientForecast(bigItems, today), { runs: runs(30), warmup: 10 }),
);

// ---------------------------------------------------------------------------------------------
// 2. Budget views
// ---------------------------------------------------------------------------------------------

progress('2. Budget views');
const VIEWS_SECTION = '2. Budget views';
for (const view of VIEWS) {
  const options = { granularity: view.granularity, grouping: view.grouping, fiscalYearStartMonth: bigClient.client.fiscalYearStartMonth };
  figures.push(
    await measure(`views.bigClient.${view.granularity}.${view.grouping}`, VIEWS_SECTION, `budgetTable ${view.label}, 500-asset client`, () => budgetTable(bigForecast, options), {
      runs: runs(20),
      warmup: 5,
    }),
  );
}
for (const view of VIEWS) {
  figures.push(
    await measure(
      `views.fullPractice.${view.granularity}.${view.grouping}`,
      VIEWS_SECTION,
      `budgetTable ${view.label}, all 40 clients`,
      () => {
        // One table per client, each dropped after use, as the screens and exports do.
        let total = 0;
        for (const [index, forecast] of fullForecasts.entries()) {
          const options = { granularity: view.granularity, grouping: view.grouping, fiscalYearStartMonth: fullItems[index]!.client.fiscalYearStartMonth };
          total += budgetTable(forecast, options).grandTotal.priceCents;
        }
        return total;
      },
      { runs: runs(9), warmup: 2 },
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Exports: every export kind of the contract, for the largest client
// ---------------------------------------------------------------------------------------------

progress('3. Exports');
{
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-bench-exports-'));
  try {
    const measured = await benchExports({
      dataDir,
      data: practiceDataOf([...fullPractice, bigClient]),
      clientId: bigClient.client.id,
      clientLabel: '500-asset client',
      runs: runs(5),
      warmup: 1,
    });
    figures.push(...measured.figures);
    for (const text of measured.notes) note(text);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(`${dataDir}.exports`, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. The data file at 10, 40, 100 and 400 clients
// ---------------------------------------------------------------------------------------------

for (const clients of SCALES) {
  progress(`4. Data file, ${clients} clients`);
  const few = clients >= 400;
  figures.push(...(await benchStoreAt(clients, practiceDataOf(tenPractices.slice(0, clients)), few ? { runs: runs(3), warmup: 1 } : { runs: runs(5), warmup: 1 })));
}
figures.push(...growthFigures(figures, 'store', SCALED_METRICS, GROWTH_SECTION));

// ---------------------------------------------------------------------------------------------
// 5. Budget screen
// ---------------------------------------------------------------------------------------------

progress('5. Budget screen: the computation in Node');
figures.push(
  await measure(
    'screen.computationNode',
    '5. Budget screen (Node)',
    'Pure computation after an edit, 500 assets: clientForecast + budgetTable + quarterSpend + chart table + sums',
    () => budgetScreenComputation(bigItems),
    { runs: runs(30), warmup: 10 },
  ),
);

let screen: ScreenResult | null = null;
if (args['skip-browser']) {
  note('The Chromium measurement was skipped (--skip-browser).');
} else {
  progress('5. Budget screen: Chromium over the loopback harness');
  try {
    screen = await benchBudgetScreen({ today, seed: SEED, runs: runs(5), warmup: 1, forceBuild: args.build ?? false });
    figures.push(...screen.figures);
    for (const text of screen.notes) note(text);
  } catch (error) {
    note(`The Chromium measurement failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Every interaction in Chromium, at 10, 40, 100 and 400 clients; 7. typing while saves run
// ---------------------------------------------------------------------------------------------

if (!args['skip-browser']) {
  const browser = await launchChromium();
  try {
    for (const size of SCALES) {
      const full = size === FULL_PRACTICE.clients;
      progress(`6. Interactions in Chromium, ${size} clients${full ? ' (every interaction)' : ''}`);
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-bench-ui-'));
      try {
        await seedPractice(dataDir, practiceDataOf(full ? [...fullPractice, bigClient] : tenPractices.slice(0, size)));
        const person = (bundle: ClientBundle) => ({ id: bundle.client.id, name: bundle.client.name });
        const measured = await benchInteractions({
          browser,
          dataDir,
          clients: {
            big: { ...person(bigClient), reviewId: bigClient.strategy.reviews.find((review) => review.status === 'inProgress')?.id, meetingId: bigClient.strategy.meetings[0]?.id },
            first: person(tenPractices[0]!),
            second: person(tenPractices[1]!),
          },
          size,
          runs: runs(full ? 7 : 5),
          warmup: 1,
          scaleOnly: !full,
        });
        figures.push(...measured.figures);
        for (const text of measured.notes) note(text);
        if (size === SCALES.at(-1)) {
          progress(`7. Typing while saves run, ${size} clients`);
          const typing = await benchTypingDuringSaves({ browser, dataDir, assetId: tenPractices[0]!.assets[0]!.id, typingMs: args.quick ? 4000 : 10_000 });
          figures.push(...typing.figures);
          for (const text of typing.notes) note(text);
        }
      } catch (error) {
        note(`Interactions at ${size} clients failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      } finally {
        await rm(dataDir, { recursive: true, force: true });
        await rm(`${dataDir}.exports`, { recursive: true, force: true });
      }
    }
    progress('9. Standards and reviews, a library of 1,900 standards');
    try {
      const measured = await benchStandardsScreen({ browser, quick: args.quick ?? false });
      figures.push(...measured.figures);
      for (const text of measured.notes) note(text);
    } catch (error) {
      note(`The 1,900-standard library was not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
  figures.push(...growthFigures(figures, 'ui', UI_SCALED_METRICS, GROWTH_SECTION));
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const elapsedSeconds = (performance.now() - benchStarted) / 1000;
const cpus = os.cpus();
const machine = {
  cpus: cpus.length,
  cpuModel: cpus[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  node: process.version,
  v8: process.versions.v8,
  chromium: screen?.chromiumVersion ?? null,
  tmpdir: os.tmpdir(),
};

console.log('');
console.log(renderTable(figures));
console.log('');
console.log(`Machine: ${machine.cpus} CPU cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.platform}, Node ${machine.node}${machine.chromium ? `, Chromium ${machine.chromium} (headless, no GPU)` : ''}.`);
console.log(`Data: seeded synthetic practice (seed ${SEED}), dates relative to ${today}. The whole benchmark took ${elapsedSeconds.toFixed(0)} s.`);
console.log('');
console.log('What the budget-screen figures cover:');
console.log('  · Node computation: the pure work BudgetPage redoes when its data changes (forecast, tables, sums); no React, no DOM.');
console.log('  · Chromium: a real edit in the asset grid (click the unit-cost cell, type, Enter, saved through the contract), then a');
console.log('    click on Budget timed in the page until the total shows the new figure and the next frame is rendered. That covers');
console.log('    React unmounting the asset grid, mounting the budget screen (chart and grid), the computation, layout and paint.');
console.log('    "Budget clicked from the client profile" is the same switch without the asset grid to tear down: the budget');
console.log("    screen's own mount. The long-task and long-animation-frame figures come from PerformanceObserver in the page");
console.log('    (only tasks and frames of 50 ms or more are reported).');

interface TargetCheck {
  label: string;
  met: boolean | null;
  detail: string;
}
const findFigure = (id: string) => figures.find((figure) => figure.id === id);
const ms = (value: number) => formatValue(value, 'ms');
function ratioCheck(label: string, id: string, limit: number): TargetCheck {
  const figure = findFigure(id);
  if (!figure || figure.ratio === undefined) return { label, met: null, detail: 'not measured' };
  return { label, met: figure.ratio <= limit, detail: `${ms(figure.median)} = ${formatRatio(figure.ratio)} its floor (${ms(figure.floor!)})` };
}
function allUnder(label: string, chosen: Figure[], medianLimit: number, worstLimit: number | null): TargetCheck {
  if (chosen.length === 0) return { label, met: null, detail: 'not measured' };
  const failing = chosen.filter((figure) => figure.median >= medianLimit || (worstLimit !== null && figure.max >= worstLimit));
  const worst = [...chosen].sort((a, b) => b.median - a.median)[0]!;
  const detail =
    failing.length === 0
      ? `${chosen.length} measured; slowest ${worst.label.trim()} at ${ms(worst.median)} (worst ${ms(worst.max)})`
      : `${failing.length} of ${chosen.length} over: ${failing
          .slice(0, 6)
          .map((figure) => `${figure.id} ${ms(figure.median)}${worstLimit !== null ? ` (worst ${ms(figure.max)})` : ''}`)
          .join('; ')}${failing.length > 6 ? '; …' : ''}`;
  return { label, met: failing.length === 0, detail };
}
const GROWTH_LIMIT = 1.25;
const growth = figures.filter((figure) => figure.id.startsWith('growth.') && figure.id.endsWith('100to400'));
const exportFigures = figures.filter((figure) => figure.id.startsWith('export.') && !figure.id.endsWith('.floor'));
const interactionFigures = figures.filter((figure) => figure.id.startsWith('ui.') && figure.target === INTERACTION_TARGET_MS);
const coldLoad = figures.filter((figure) => figure.id === 'ui.40.coldLoad');
const savesFrame = findFigure('typing.longestFrameDuringSave');
const targets: TargetCheck[] = [
  ratioCheck(`Open ≤ ${OPEN_RATIO_TARGET}× the parse floor (40 clients)`, 'store.40.open', OPEN_RATIO_TARGET),
  ratioCheck(`Save ≤ ${SAVE_RATIO_TARGET}× the durable-write floor (40 clients)`, 'store.40.save', SAVE_RATIO_TARGET),
  allUnder(`Every interaction < ${INTERACTION_TARGET_MS} ms median, < ${INTERACTION_WORST_MS} ms worst (40 clients)`, interactionFigures, INTERACTION_TARGET_MS, INTERACTION_WORST_MS),
  allUnder(`Every export < ${EXPORT_TARGET_MS} ms (largest client)`, exportFigures, EXPORT_TARGET_MS, null),
  allUnder(`Cold load < ${COLD_LOAD_TARGET_MS} ms (40 clients)`, coldLoad, COLD_LOAD_TARGET_MS, null),
  growth.length === 0
    ? { label: 'At most linear growth to 400 clients', met: null, detail: 'not measured' }
    : {
        label: `At most linear growth from 100 to 400 clients (growth ÷ data growth ≤ ${GROWTH_LIMIT}, for noise)`,
        met: growth.every((figure) => figure.median <= GROWTH_LIMIT),
        detail: growth.map((figure) => `${figure.id.replace(/^growth\.|\.100to400$/g, '')} ${formatRatio(figure.median)}`).join(', '),
      },
  savesFrame
    ? { label: `No frame over ${INTERACTION_WORST_MS} ms caused by a save (typing, 400 clients)`, met: savesFrame.max <= INTERACTION_WORST_MS, detail: `longest frame overlapping a save ${ms(savesFrame.max)}` }
    : { label: 'No frame over 100 ms caused by a save', met: null, detail: 'not measured' },
  allUnder(`Budget screen after an edit < ${SCREEN_TARGET_MS} ms (500 assets)`, figures.filter((figure) => figure.id === 'screen.budgetAfterEdit'), SCREEN_TARGET_MS, null),
  allUnder(`Forecast of 40 clients < ${FORECAST_TARGET_MS} ms`, figures.filter((figure) => figure.id === 'forecast.fullPractice'), FORECAST_TARGET_MS, null),
];
console.log('');
console.log('Targets (from the issue):');
for (const check of targets) {
  const verdict = check.met === null ? 'NOT MEASURED' : check.met ? 'MET   ' : 'MISSED';
  console.log(`  ${verdict}  ${check.label}: ${check.detail}`);
}
if (notes.length > 0) {
  console.log('');
  console.log('Notes:');
  for (const text of notes) console.log(`  · ${text}`);
}

if (args.out) {
  const outFile = path.resolve(args.out);
  const report = {
    generatedAt: new Date().toISOString(),
    today,
    seed: SEED,
    quick: args.quick ?? false,
    elapsedSeconds: Math.round(elapsedSeconds),
    machine,
    data: {
      fullPractice: FULL_PRACTICE,
      tenPractices: TEN_PRACTICES,
      bigClient: BIG_CLIENT,
      validated,
      scales: SCALES,
      fullPracticeEvents: fullEvents,
      bigClientEvents: bigForecast.events.length,
    },
    targets,
    longest: screen?.longest ?? null,
    figures: figures.map(recordOf),
    notes,
  };
  // Milliseconds to the microsecond are plenty.
  const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value);
  await writeFile(outFile, `${JSON.stringify(report, rounded, 2)}\n`);
  console.log('');
  console.log(`Figures written to ${outFile}`);
}

if (args.compare) {
  const before = await readReport(path.resolve(args.compare));
  console.log('');
  console.log(renderComparison(compareReports(before, { generatedAt: new Date().toISOString(), figures: figures.map(recordOf) }), `${args.compare} (${before.generatedAt})`));
}
