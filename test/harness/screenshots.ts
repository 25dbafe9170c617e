import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser';
import { startHarness } from './harness';
import { REPOSITORY_ROOT } from './test-platform';

/**
 * `npm run screenshots -- [--out DIR] [--theme light|dark]`: loads the sample practice into a
 * temporary folder and photographs the main screens (used by the README).
 */
const { values } = parseArgs({ options: { out: { type: 'string' }, theme: { type: 'string', default: 'light' } } });
const outDir = path.resolve(values.out ?? path.join(REPOSITORY_ROOT, 'resources/screenshots'));
await mkdir(outDir, { recursive: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-screens-'));
const harness = await startHarness({ dataDir });
const browser = await launchChromium();
try {
  const registry = harness.practice.registry;
  await registry.invoke('sample.load', {});
  await registry.invoke('settings.update', { changes: { appearance: values.theme === 'dark' ? 'dark' : 'light' } });
  const clients = await registry.invoke('clients.list', { query: { search: '', filter: 'current', sort: 'mrr', descending: true } });
  if (!clients.ok) throw new Error(clients.error.message);
  const client = clients.value.clients[0]!;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const shots: Array<[string, string]> = [
    ['dashboard', '#/'],
    ['clients', '#/clients'],
    ['client-profile', `#/clients/${client.id}`],
    ['assets', `#/clients/${client.id}/assets`],
    ['services', `#/clients/${client.id}/services`],
    ['initiatives', `#/clients/${client.id}/initiatives`],
    ['budget', `#/clients/${client.id}/budget`],
    ['settings', '#/settings/pricing'],
    ['backups', '#/settings/data'],
  ];
  for (const [name, hash] of shots) {
    await page.goto(`${harness.url}${hash}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: false });
    console.log(`${name}.png`);
  }
} finally {
  await browser.close();
  await harness.close();
  await rm(dataDir, { recursive: true, force: true });
}
