import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import { openPractice } from '../../src-main/api/open-practice';
import type { Registry } from '../../src-main/api/registry';
import { largeLibraryStandards, MY_IT_PROCESS_HEADER, myItProcessRows, templateRowValues } from '../fixtures/large-standards-library';
import { startHarness } from '../harness/harness';
import { folderPlatform } from '../harness/test-platform';
import { INTERACTION_TARGET_MS } from './interactions';
import { figureOf, type Figure } from './measure';

/**
 * The standards and review figures with a library of 1,900 standards (part of `npm run bench`): a
 * myITprocess import of 1,900 questions (preview and commit, through the registry), filtering the
 * library screen per keystroke, and answering a review question and moving to the next (both in
 * Chromium, from the keydown's own timestamp to the frame painted after the result shows).
 */

const SECTION = '9. Standards and reviews, 1,900 standards';

async function invoke(registry: Registry, channel: ChannelName, input: unknown): Promise<unknown> {
  const result = await registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

async function templateWorkbook(): Promise<{ name: string; dataBase64: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Template');
  for (const row of [MY_IT_PROCESS_HEADER, ...myItProcessRows()]) sheet.addRow(templateRowValues(row));
  return { name: 'library-1900.xlsx', dataBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

/** Preview then commit of 1,900 questions into an empty library, each run in a fresh practice. */
async function importRuns(runs: number): Promise<number[]> {
  const file = await templateWorkbook();
  const samples: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-bench-import-'));
    const practice = await openPractice({ dataDir: folder, platform: folderPlatform(path.join(folder, 'exports')).platform, log: () => undefined });
    await practice.store.mutate((draft) => {
      draft.standards = [];
    });
    const started = performance.now();
    await invoke(practice.registry, 'standards.importPreview', { file });
    const result = (await invoke(practice.registry, 'standards.importCommit', { file })) as { added: number };
    const elapsed = performance.now() - started;
    if (result.added !== 1900) throw new Error(`imported ${result.added} standards, expected 1,900`);
    if (run > 0) samples.push(elapsed);
    await practice.close();
    await rm(folder, { recursive: true, force: true });
  }
  return samples;
}

/**
 * In the page: the time from the next keydown (its event timestamp) to the first frame painted
 * after `done()` holds, so the test driver's own round trips are not counted.
 */
const TIMER_SCRIPT = `
window.__keydownAt = null;
document.addEventListener('keydown', (event) => { if (window.__keydownAt === null) window.__keydownAt = event.timeStamp; }, true);
window.__timeUntil = (done) => new Promise((resolve) => {
  const check = () => {
    if (window.__keydownAt === null || !done()) return requestAnimationFrame(check);
    requestAnimationFrame(() => resolve(performance.now() - window.__keydownAt));
  };
  requestAnimationFrame(check);
});
`;

/** Forgets the last keydown, before the key of the next measurement is pressed. */
async function arm(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __keydownAt: number | null }).__keydownAt = null;
  });
}

/** A measurement that never comes back is reported, not waited for. */
function withTimeout(measurement: Promise<number>, what: string): Promise<number> {
  return Promise.race([measurement, new Promise<number>((_resolve, reject) => setTimeout(() => reject(new Error(`${what}: no result within 20 s`)), 20_000))]);
}

async function filterRuns(page: Page, url: string, words: string[]): Promise<number[]> {
  await page.goto(`${url}#/standards`);
  await page.getByTestId('standards-count').waitFor();
  const samples: number[] = [];
  const search = page.getByTestId('standards-search');
  for (const word of words) {
    await search.fill('');
    await page.locator('[data-testid=standards-count][data-filtered-for=""]').waitFor();
    for (let length = 1; length <= word.length; length += 1) {
      const typed = word.slice(0, length);
      await arm(page);
      const waiting = page.evaluate(
        (expected) =>
          (window as unknown as { __timeUntil: (done: () => boolean) => Promise<number> }).__timeUntil(
            () => document.querySelector('[data-testid=standards-count]')?.getAttribute('data-filtered-for') === expected,
          ),
        typed,
      );
      await search.press(word[length - 1]!);
      samples.push(await withTimeout(waiting, `typing "${typed}"`));
    }
  }
  return samples;
}

async function answerRuns(page: Page, url: string, clientId: string, reviewId: string, count: number): Promise<number[]> {
  await page.goto(`${url}#/clients/${clientId}/alignment/${reviewId}`);
  await page.locator('#review-item-0').waitFor();
  await page.locator('#review-item-0').focus();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    await arm(page);
    const waiting = page.evaluate(
      (at) =>
        (window as unknown as { __timeUntil: (done: () => boolean) => Promise<number> }).__timeUntil(
          () => document.activeElement?.id === `review-item-${at + 1}` && document.getElementById(`review-item-${at}`)?.getAttribute('data-answer') === 'aligned',
        ),
      index,
    );
    await page.keyboard.press('y');
    samples.push(await withTimeout(waiting, `answer ${index + 1}`));
  }
  return samples;
}

export interface StandardsScreenOptions {
  browser: Browser;
  quick: boolean;
}

/** The section of `npm run bench` for a 1,900-standard library, in its own practice and harness. */
export async function benchStandardsScreen(options: StandardsScreenOptions): Promise<{ figures: Figure[]; notes: string[] }> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-bench-standards-'));
  const harness = await startHarness({ dataDir });
  const page = await options.browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    figures.push(figureOf('standards.import1900', SECTION, 'myITprocess import of 1,900 questions (preview + commit, through the registry)', await importRuns(options.quick ? 1 : 3), { target: 3000 }));
    const registry = harness.practice.registry;
    await harness.practice.store.mutate((draft) => {
      draft.standards = largeLibraryStandards();
    });
    const client = (await invoke(registry, 'clients.create', { client: { name: 'Large Library Client', complianceRegimes: ['HIPAA', 'PCI DSS', 'SOC 2', 'GDPR', 'CMMC', 'ISO 27001', 'NIST CSF'] } })) as { client: { id: string } };
    const { review } = (await invoke(registry, 'reviews.start', { clientId: client.client.id, date: '2026-11-20', title: 'Bench' })) as { review: { id: string; counts: { total: number } } };
    notes.push(`The 1,900-standard library: the review asks ${review.counts.total} standards.`);
    await page.addInitScript(TIMER_SCRIPT);
    const words = options.quick ? ['backup', 'mfa'] : ['backup', 'firewall', 'restore tested', 'mfa'];
    const filter = await filterRuns(page, harness.url, words);
    figures.push(figureOf('ui.standards1900.filter', SECTION, 'Library screen, 1,900 standards: filter per keystroke (keydown → painted list)', filter.slice(1), { target: INTERACTION_TARGET_MS }));
    const answers = await answerRuns(page, harness.url, client.client.id, review.id, options.quick ? 10 : 40);
    figures.push(figureOf('ui.standards1900.answer', SECTION, 'Review of 1,900 standards: answer Y and move to the next (keydown → painted row)', answers.slice(1), { target: INTERACTION_TARGET_MS }));
  } finally {
    await page.close();
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return { figures, notes };
}
