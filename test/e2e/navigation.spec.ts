import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Ctrl+K until the palette's search has focus: right after a reload the shortcut may not be listened for yet. */
async function openPalette(app: Page, search: Locator): Promise<void> {
  await expect(async () => {
    if (!(await search.isVisible())) await app.keyboard.press('Control+K');
    await expect(search).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

test('the command palette jumps to any client section', async ({ app, harness }) => {
  await harness.practice.registry.invoke('sample.load', {});
  await app.reload();
  const search = app.getByPlaceholder('Action, client name, screen or section…');
  await openPalette(app, search);
  await search.fill('kessler budget');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Kessler & Obi LLP: Budget' })).toBeVisible();
  expect(new URL(app.url()).hash).toMatch(/^#\/clients\/[A-Za-z0-9_-]+\/budget$/);
});

test('an empty practice offers the sample, which fills the client list', async ({ app }) => {
  await app.getByRole('button', { name: 'Explore a sample practice' }).click();
  await expect(app.getByText(/Welcome back/)).toBeVisible();
  await app.getByText('Clients', { exact: true }).first().click();
  await expect(app.getByTestId('client-row')).toHaveCount(9);
  await expect(app.getByTestId('client-row').filter({ hasText: 'Riverbend' })).toContainText('None');
});

test('switching to the dark theme is remembered in settings', async ({ app, harness }) => {
  await app.getByRole('button', { name: 'Switch theme' }).click();
  await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  const settings = await harness.practice.registry.invoke('settings.get', {});
  expect(settings.ok && settings.value.settings.appearance).toBe('dark');
});

test('the command palette runs actions: import assets, export this client budget, make a backup, switch theme', async ({ app, harness }) => {
  await harness.practice.registry.invoke('sample.load', {});
  await app.reload();
  const palette = app.getByPlaceholder('Action, client name, screen or section…');
  const run = async (words: string) => {
    await openPalette(app, palette);
    await palette.fill(words);
    await app.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  };

  await run('kessler budget');
  await expect(app.getByRole('heading', { name: 'Kessler & Obi LLP: Budget' })).toBeVisible();

  await run('export budget report');
  await expect(app.locator('.mantine-Notification-root').filter({ hasText: 'The budget report is saved' })).toBeVisible();
  expect(harness.record.saved).toEqual([expect.stringMatching(/Kessler.*\.pdf$/)]);

  await run('import assets');
  await expect(app.getByRole('heading', { name: 'Kessler & Obi LLP: Assets' })).toBeVisible();
  await expect(app.getByRole('dialog')).toContainText('Import');

  await app.keyboard.press('Escape');
  const backupsBefore = await harness.practice.registry.invoke('backups.list', {});
  await run('backup now');
  await expect(app.getByText('Backup made.')).toBeVisible();
  const backupsAfter = await harness.practice.registry.invoke('backups.list', {});
  expect(backupsAfter.ok && backupsAfter.value.backups.filter((backup) => backup.kind === 'manual')).toHaveLength(
    (backupsBefore.ok ? backupsBefore.value.backups.filter((backup) => backup.kind === 'manual').length : 0) + 1,
  );

  await run('dark theme');
  await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
});
