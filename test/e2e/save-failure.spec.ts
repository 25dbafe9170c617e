import { dataFile, expect, test } from './fixtures';

test('a save that fails is reported, the change is kept in memory, and a retry writes it', async ({ app, harness }) => {
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: 'Granite Peak Surveying' } });
  if (!created.ok) throw new Error(created.error.message);
  await app.goto(`${harness.url}#/clients/${created.value.client.id}`);
  await expect(app.getByRole('heading', { name: 'Granite Peak Surveying' })).toBeVisible();

  harness.failWrites('ENOSPC');
  await app.getByRole('button', { name: 'Edit' }).click();
  const editor = app.getByRole('dialog', { name: 'Edit client' });
  await editor.getByLabel('Industry').fill('Land surveying');
  await editor.getByRole('button', { name: 'Save changes' }).click();

  await expect(app.getByTestId('save-state')).toHaveText('Not saved');
  await expect(app.getByTestId('unsaved-banner')).toContainText('the disk is full');
  await expect(app.getByText('Granite Peak Surveying saved.')).toHaveCount(0);
  expect((await dataFile(harness)).data.clients[0]!.industry).toBe('');
  const inMemory = await harness.practice.registry.invoke('clients.get', { id: created.value.client.id });
  expect(inMemory.ok && inMemory.value.client.industry).toBe('Land surveying');

  // Retrying while the disk is still full says so, instead of answering as if it had saved.
  await app.getByRole('button', { name: 'Retry now' }).click();
  await expect(app.getByText('Still not saved')).toBeVisible();
  await expect(app.getByTestId('save-state')).toHaveText('Not saved');

  harness.failWrites(null);
  await app.getByRole('button', { name: 'Retry now' }).click();
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  await expect(app.getByTestId('unsaved-banner')).toHaveCount(0);
  expect((await dataFile(harness)).data.clients[0]!.industry).toBe('Land surveying');
});
