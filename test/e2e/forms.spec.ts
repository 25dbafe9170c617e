import { dataFile, expect, test } from './fixtures';

/** The rules every form follows: no silent clamping, errors at their field, Ctrl/Cmd+S, and unsaved edits are never dropped without asking. */

test('a value out of range is explained at its field and never clamped; the first error is brought into view and focused', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/clients/new`);
  const drawer = app.getByRole('dialog', { name: 'New client' });
  await expect(drawer.getByLabel('Client name')).toBeFocused();
  await drawer.getByLabel('Client name').fill('Kestrel Surveying');
  const complexity = drawer.getByLabel('Complexity (1–10)');
  await complexity.fill('12');
  await drawer.getByLabel('Users').click();
  await expect(complexity).toHaveValue('12');
  await drawer.getByRole('button', { name: 'Add client' }).click();
  await expect(drawer.getByText('Complexity is 1 to 10')).toBeVisible();
  await expect(complexity).toBeFocused();
  await expect(complexity).toBeInViewport();
  expect((await dataFile(harness)).data.clients).toEqual([]);
});

test('Ctrl+S saves the form in view, and Escape with unsaved edits asks before discarding them', async ({ app, harness }) => {
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: 'Kestrel Surveying' } });
  if (!created.ok) throw new Error(created.error.message);
  await app.goto(`${harness.url}#/clients/${created.value.client.id}`);
  await app.getByRole('button', { name: 'Edit' }).click();
  const editor = app.getByRole('dialog', { name: 'Edit client' });
  await editor.getByLabel('Industry').fill('Land surveying');

  await app.keyboard.press('Escape');
  const ask = app.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.getByLabel('Industry')).toHaveValue('Land surveying');

  await editor.getByLabel('Industry').press('Control+s');
  await expect(editor).toBeHidden();
  await expect.poll(async () => (await dataFile(harness)).data.clients[0]?.industry).toBe('Land surveying');

  await app.getByRole('button', { name: 'Edit' }).click();
  await editor.getByLabel('Industry').fill('Something else');
  await app.keyboard.press('Escape');
  await app.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(editor).toBeHidden();
  expect((await dataFile(harness)).data.clients[0]?.industry).toBe('Land surveying');
});

test('leaving settings with unsaved edits asks first; moving between its tabs does not', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/settings`);
  await app.getByLabel('Company').fill('Clearpath vCIO Partners');
  await app.getByRole('tab', { name: 'Currency, rates and markups' }).click();
  await expect(app.getByRole('dialog', { name: 'Discard your changes?' })).toBeHidden();
  await expect(app).toHaveURL(/#\/settings\/pricing$/);

  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
  const ask = app.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await expect(app).toHaveURL(/#\/settings\/pricing$/);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await app.keyboard.press('Control+s');
  await expect.poll(async () => (await dataFile(harness)).data.settings.consultant.company).toBe('Clearpath vCIO Partners');

  await app.getByLabel('Labour rate').fill('175');
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
  await app.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(app).toHaveURL(/#\/$/);
  expect((await dataFile(harness)).data.settings.labourRateCents).toBe(15_000);
});

test('adding an asset: Escape with something typed asks first, and Ctrl+S adds it', async ({ app, harness }) => {
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: 'Kestrel Surveying' } });
  if (!created.ok) throw new Error(created.error.message);
  await app.goto(`${harness.url}#/clients/${created.value.client.id}/assets`);
  await app.getByRole('button', { name: 'Add asset' }).first().click();
  const modal = app.getByRole('dialog', { name: 'Add an asset for Kestrel Surveying' });
  await expect(modal.getByLabel('Name or model')).toBeFocused();
  await modal.getByLabel('Name or model').fill('Survey tablet');

  await app.keyboard.press('Escape');
  const ask = app.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(modal.getByLabel('Name or model')).toHaveValue('Survey tablet');

  await modal.getByLabel('Name or model').press('Control+s');
  await expect(modal).toBeHidden();
  await expect.poll(async () => (await dataFile(harness)).data.assets.map((asset) => asset.name)).toEqual(['Survey tablet']);
});
