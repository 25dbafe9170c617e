import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from '../harness/harness';
import { expect, test } from './fixtures';

test('a damaged data file is kept untouched and the newest valid backup is offered and restored', async ({ page }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-recovery-'));
  try {
    const first = await startHarness({ dataDir });
    await first.practice.registry.invoke('sample.load', {});
    await first.close();

    const file = path.join(dataDir, 'practice.json');
    const whole = await readFile(file);
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    await writeFile(file, truncated);

    const harness = await startHarness({ dataDir });
    try {
      await page.goto(harness.url);
      await expect(page.getByText('Your practice needs attention')).toBeVisible();
      await expect(page.getByTestId('recovery-reason')).toContainText('not readable JSON');
      expect((await readFile(file)).equals(truncated)).toBe(true);

      const status = await harness.practice.registry.invoke('app.status', {});
      expect(status.ok && status.value.state).toBe('recovery');
      const refused = await harness.practice.registry.invoke('clients.create', { client: { name: 'Should not be written' } });
      expect(refused.ok).toBe(false);
      expect((await readFile(file)).equals(truncated)).toBe(true);

      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await expect(page.getByText('Welcome back, Dana')).toBeVisible();
      const restored = JSON.parse(await readFile(file, 'utf8')) as { data: { clients: unknown[] } };
      expect(restored.data.clients.length).toBeGreaterThan(5);

      const backups = await readdir(path.join(dataDir, 'backups'));
      const preRestore = backups.filter((name) => name.endsWith('-pre-restore.json'));
      expect(preRestore).toHaveLength(1);
      expect((await readFile(path.join(dataDir, 'backups', preRestore[0]!))).equals(truncated)).toBe(true);
    } finally {
      await harness.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a file from a newer version is refused, left as it is, and explained', async ({ page }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-newer-'));
  try {
    const newer = Buffer.from(JSON.stringify({ schemaVersion: 99, data: { futureThing: true } }));
    await writeFile(path.join(dataDir, 'practice.json'), newer);
    const harness = await startHarness({ dataDir });
    try {
      await page.goto(harness.url);
      await expect(page.getByTestId('recovery-reason')).toContainText('newer version of vCIO Desk (schema 99');
      await expect(page.getByText('No valid backup was found')).toBeVisible();
      expect((await readFile(path.join(dataDir, 'practice.json'))).equals(newer)).toBe(true);
    } finally {
      await harness.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
