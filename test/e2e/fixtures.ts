import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PracticeData } from '../../src-main/domain/practice';
import { expandStoredPractice, type StoredPracticeData } from '../../src-main/store/stored-practice';
import { startHarness, type Harness } from '../harness/harness';

/** Each test gets its own data folder and harness, and a page opened on it. */
export const test = base.extend<{ harness: Harness; app: Page; dataDir: string }>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
    await rm(`${folder}.exports`, { recursive: true, force: true });
  },
  harness: async ({ dataDir }, use) => {
    const harness = await startHarness({ dataDir });
    await use(harness);
    await harness.close();
  },
  app: async ({ page, harness }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(harness.url);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/** The data file as it is on disk now. */
/** The data file as the app would hold it: review items get their wording from the file's list. */
export async function dataFile(harness: Harness): Promise<{ schemaVersion: number; data: PracticeData }> {
  const file = JSON.parse(await readFile(path.join(harness.dataDir, 'practice.json'), 'utf8')) as { schemaVersion: number; data: StoredPracticeData };
  return { schemaVersion: file.schemaVersion, data: expandStoredPractice(file.data) };
}

export async function dataFileBytes(harness: Harness): Promise<Buffer> {
  return readFile(path.join(harness.dataDir, 'practice.json'));
}
