import { expect, test } from './fixtures';

test('the command palette jumps to any client section', async ({ app, harness }) => {
  await harness.practice.registry.invoke('sample.load', {});
  await app.reload();
  await app.keyboard.press('Control+K');
  const search = app.getByPlaceholder('Client name, screen or section…');
  await expect(search).toBeFocused();
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
