import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { clientForecast, type ClientBudgetItems } from '../../src-main/domain/budget-plan';
import { budgetTable, quarterSpend, sumAmounts, type Granularity, type Grouping } from '../../src-main/domain/budget-views';
import type { Forecast } from '../../src-main/domain/forecast';
import { NO_LINK_TARGETS } from '../../src-main/domain/initiative-links';
import { monthOfLocalDate, type Month } from '../../src-main/domain/months';
import { brandFor } from '../../src-main/export/brand';
import type { BudgetWorkbookInput } from '../../src-main/export/budget-export-input';
import { budgetReportDocument } from '../../src-main/export/pdf/budget-report';
import { renderPdf } from '../../src-main/export/pdf/render';
import { budgetWorkbookBytes } from '../../src-main/export/xlsx/budget-workbook';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME, PracticeStore } from '../../src-main/store/practice-store';
import { REPOSITORY_ROOT } from '../harness/test-platform';
import { benchBudgetScreen, SCREEN_TARGET_MS, type ScreenResult } from './budget-screen';
import { figureOf, formatValue, measure, renderTable, type Figure } from './measure';
import {
  BENCH_SETTINGS,
  describeBundles,
  makeClientBundle,
  makePractice,
  practiceDataOf,
  validateBundles,
  type ClientBundle,
} from './synthetic';

/**
 * `npm run bench [-- --out FILE] [--skip-browser] [--build] [--quick]`: the performance figures of
 * vCIO Desk (forecast, budget views, exports, the data file, the budget screen), as the median and
 * max of several runs after warm-up runs. Performance is measured here, never by timed assertions
 * in tests. Prints a table and a summary against the targets; --out writes the figures as JSON.
 */

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});

const SEED = 20_261_122;
const HORIZON_YEARS = 5;
const FULL_PRACTICE = { clients: 40, assetsPerClient: 200, servicesPerClient: 20, initiativesPerClient: 4, horizonYears: HORIZON_YEARS };
const TEN_PRACTICES = { ...FULL_PRACTICE, clients: 400 };
const BIG_CLIENT = { assetsPerClient: 500, servicesPerClient: 20, initiativesPerClient: 4, horizonYears: HORIZON_YEARS };
const FORECAST_TARGET_MS = 100;
const WORKBOOK_TARGET_MS = 2000;
const FONTS_DIR = path.join(REPOSITORY_ROOT, 'resources/fonts');

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
  `Validated every generated record with the app's zod schemas (client, asset, service, initiative): ${validated.clients} clients, ` +
    `${validated.assets} assets, ${validated.services} services, ${validated.initiatives} initiatives in ${Math.round(performance.now() - started)} ms.`,
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
// 3. Exports
// ---------------------------------------------------------------------------------------------

progress('3. Exports');
const EXPORTS = '3. Exports (500 assets, 5 years)';
const exportInput = (): BudgetWorkbookInput => ({ ...bigItems, client: bigClient.client, settings: BENCH_SETTINGS, forecast: clientForecast(bigItems, today), today, linkTargets: NO_LINK_TARGETS });
const brandOf = (documentTitle: string) => brandFor(BENCH_SETTINGS, null, { clientName: bigClient.client.name, documentTitle, date: new Date() });
let workbookBytes = 0;
let internalWorkbookBytes = 0;
let pdfBytes = 0;
figures.push(
  await measure(
    'export.workbook',
    EXPORTS,
    "Budget workbook, client's copy (forecast + budgetWorkbookBytes)",
    async () => {
      workbookBytes = (await budgetWorkbookBytes(exportInput(), brandOf('Budget workbook'), { internal: false })).length;
    },
    { runs: runs(5), warmup: 1, target: WORKBOOK_TARGET_MS },
  ),
  await measure(
    'export.workbookInternal',
    EXPORTS,
    "Budget workbook, consultant's copy (costs, markups, margins)",
    async () => {
      internalWorkbookBytes = (await budgetWorkbookBytes(exportInput(), brandOf('Budget workbook (internal)'), { internal: true })).length;
    },
    { runs: runs(5), warmup: 1, target: WORKBOOK_TARGET_MS },
  ),
  await measure(
    'export.budgetPdf',
    EXPORTS,
    'Budget report PDF (budgetReportDocument + renderPdf, rebuilt per run)',
    async () => {
      // pdfmake mutates a document definition, so each run builds a fresh one.
      pdfBytes = (await renderPdf(budgetReportDocument(exportInput(), brandOf('Life-cycle budget')), FONTS_DIR)).length;
    },
    { runs: runs(5), warmup: 1 },
  ),
);
note(
  `Export sizes: workbook ${(workbookBytes / 1024).toFixed(0)} KB (client's copy), ${(internalWorkbookBytes / 1024).toFixed(0)} KB (consultant's copy); ` +
    `PDF ${(pdfBytes / 1024).toFixed(0)} KB.`,
);

// ---------------------------------------------------------------------------------------------
// 4. Store
// ---------------------------------------------------------------------------------------------

async function backupCount(dataDir: string): Promise<number> {
  return (await readdir(path.join(dataDir, BACKUP_FOLDER_NAME)).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).length;
}

interface StoreRuns {
  /** Parse + validate and mutate. */
  quick: { runs: number; warmup: number };
  /** The opens, which are slower; the parse runs before them have already warmed the code. */
  open: { runs: number; warmup: number };
}

const SHELF_OF_A_NORMAL_DAY = 3;

async function benchStore(bundles: readonly ClientBundle[], label: string, key: string, counts: StoreRuns): Promise<void> {
  const section = `4. Store, ${label}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-bench-store-'));
  const backupsDir = path.join(dataDir, BACKUP_FOLDER_NAME);
  try {
    const writer = await PracticeStore.open({ dataDir });
    const data = practiceDataOf(bundles);
    await writer.mutate((draft) => {
      draft.settings = data.settings;
      draft.clients = data.clients;
      draft.assets = data.assets;
      draft.services = data.services;
      draft.initiatives = data.initiatives;
    });
    await writer.close();
    const file = path.join(dataDir, DATA_FILE_NAME);
    const sizeMb = (await stat(file)).size / 1_000_000;
    figures.push(figureOf(`store.${key}.fileSize`, section, 'practice.json size (MB = 10^6 bytes)', [sizeMb], { unit: 'MB' }));

    const bytes = new Uint8Array(await readFile(file));
    figures.push(
      await measure(
        `store.${key}.parseValidate`,
        section,
        'Parse + validate the file (judgePracticeBytes: JSON.parse + practiceData zod schema)',
        () => {
          const verdict = judgePracticeBytes(bytes);
          if (verdict.kind !== 'ok') throw new Error(`The benchmark practice is not valid: ${verdict.reason}`);
        },
        counts.quick,
      ),
    );

    // Opening as the app does: lock, read, judge, then the 'open' backup, whose pruning lists the
    // shelf and so judges every backup this new store instance has not seen yet.
    let store: PracticeStore | null = null;
    const openOnce = async () => {
      store = await PracticeStore.open({ dataDir });
      if (store.state !== 'ok') throw new Error(`The benchmark practice did not open: ${store.status().reason}`);
    };
    const closeStore = async () => {
      await (store as PracticeStore | null)?.close();
      store = null;
    };
    figures.push(
      await measure(`store.${key}.openNoBackups`, section, 'PracticeStore.open, empty backups folder (read, judge, lock, write the open backup)', openOnce, {
        ...counts.open,
        before: async () => {
          await closeStore();
          await rm(backupsDir, { recursive: true, force: true });
        },
      }),
    );
    // A normal day: the retention rule keeps the three newest backups of today.
    while ((await backupCount(dataDir)) < SHELF_OF_A_NORMAL_DAY) await store!.createBackup('manual');
    const shelfSizes: number[] = [];
    figures.push(
      await measure(`store.${key}.open`, section, `PracticeStore.open on a normal day (${SHELF_OF_A_NORMAL_DAY} backups of today on the shelf)`, openOnce, {
        ...counts.open,
        before: async () => {
          await closeStore();
          shelfSizes.push(await backupCount(dataDir));
        },
      }),
    );
    if (shelfSizes.some((size) => size !== SHELF_OF_A_NORMAL_DAY)) note(`${label}: the shelf held ${shelfSizes.join(', ')} backups before the opens.`);

    let price = 10_000;
    figures.push(
      await measure(
        `store.${key}.mutate`,
        section,
        'One mutate (change one asset, durable save of the whole file)',
        () =>
          store!.mutate((draft) => {
            price += 100;
            const first = draft.assets[0]!;
            draft.assets[0] = { ...first, unitCostCents: price, updatedAt: new Date().toISOString() };
          }),
        counts.quick,
      ),
    );
    await closeStore();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

progress('4. Store, 40 clients');
await benchStore(fullPractice, '40 clients × (200 assets, 20 services)', 'fullPractice', { quick: { runs: runs(5), warmup: 1 }, open: { runs: runs(5), warmup: 1 } });
progress('4. Store, 400 clients');
await benchStore(tenPractices, '400 clients × (200 assets, 20 services)', 'tenPractices', { quick: { runs: runs(3), warmup: 1 }, open: { runs: runs(2), warmup: 0 } });
note(
  `Opening judges (JSON.parse + zod) the data file once; the open backup is written from the data already in memory and the ` +
    `${SHELF_OF_A_NORMAL_DAY} older backups are pruned by name, so none of them is read.`,
);

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
  id: string;
  label: string;
  target: number;
  median: number | null;
  max: number | null;
  met: boolean | null;
}
const findFigure = (id: string) => figures.find((figure) => figure.id === id);
const targets: TargetCheck[] = [
  { id: 'forecast.fullPractice', label: `Forecast 40 × (200 assets, 20 services) over ${HORIZON_YEARS} years`, target: FORECAST_TARGET_MS },
  { id: 'export.workbook', label: "Workbook, 500 assets over 5 years (client's copy)", target: WORKBOOK_TARGET_MS },
  { id: 'export.workbookInternal', label: "Workbook, 500 assets over 5 years (consultant's copy)", target: WORKBOOK_TARGET_MS },
  { id: 'screen.budgetAfterEdit', label: 'Budget screen re-render after an edit, 500 assets (Chromium)', target: SCREEN_TARGET_MS },
  { id: 'screen.computationNode', label: 'Its computation alone (Node: forecast, tables, sums), 500 assets', target: SCREEN_TARGET_MS },
].map((entry) => {
  const figure = findFigure(entry.id);
  return { ...entry, median: figure?.median ?? null, max: figure?.max ?? null, met: figure ? figure.median <= entry.target : null };
});
console.log('');
console.log('Targets (from the issue; met = median under the target):');
for (const check of targets) {
  const verdict = check.met === null ? 'not measured' : check.met ? 'MET   ' : 'MISSED';
  const figure = check.median === null ? '' : `median ${formatValue(check.median, 'ms')}, max ${formatValue(check.max!, 'ms')}`;
  console.log(`  ${verdict}  ${check.label} < ${formatValue(check.target, 'ms')}: ${figure}`);
}
const onScreen = findFigure('screen.budgetAfterEdit');
const computation = findFigure('screen.computationNode');
if (onScreen && computation) {
  console.log(
    `  The forecast and tables are ${((100 * computation.median) / onScreen.median).toFixed(1)}% of the on-screen time; the rest is React rendering ` +
      `(unmounting the asset grid, mounting the budget screen's chart and grid), layout and paint.`,
  );
}
if (screen) {
  const { longTaskMs, longAnimationFrameMs, switchLongTaskMs, editLongTaskMs } = screen.longest;
  const ms = (value: number | null) => (value ? `${Math.round(value)} ms` : 'none ≥ 50 ms');
  console.log(
    `  Longest main-thread task (max over the runs): ${ms(switchLongTaskMs)} while switching to Budget, ${ms(editLongTaskMs)} during the unit-cost edit, ` +
      `${ms(longTaskMs)} over the whole cycle including opening the asset grid (longest animation frame ${ms(longAnimationFrameMs)}).`,
  );
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
      fullPracticeEvents: fullEvents,
      bigClientEvents: bigForecast.events.length,
    },
    targets,
    longest: screen?.longest ?? null,
    figures,
    notes,
  };
  // Milliseconds to the microsecond are plenty.
  const rounded = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value);
  await writeFile(outFile, `${JSON.stringify(report, rounded, 2)}\n`);
  console.log('');
  console.log(`Figures written to ${outFile}`);
}
