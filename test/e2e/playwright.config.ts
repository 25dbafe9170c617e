import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/browser';

/** End-to-end journeys in Debian's Chromium against the real handlers, through the loopback harness. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Generous: a journey takes ~15 s on an idle machine but several times that on a loaded one.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../out/test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
