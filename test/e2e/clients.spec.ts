import { dataFile, dataFileBytes, expect, test } from './fixtures';

test('a consultant creates, edits and deletes a client, and the data file follows each step', async ({ app, harness }) => {
  await expect(app.getByText('Start with your clients')).toBeVisible();
  await app.getByRole('link', { name: 'Clients' }).or(app.getByText('Clients', { exact: true }).first()).first().click();
  await app.getByRole('button', { name: 'New client' }).click();

  const drawer = app.getByRole('dialog', { name: 'New client' });
  await drawer.getByLabel('Client name').fill('Harbour Light Dental');
  await drawer.getByLabel('Industry').fill('Dental practice');
  await drawer.getByLabel('MRR').fill('3,000');
  await drawer.getByLabel('Users').fill('24');
  await expect(drawer.getByTestId('aisp-preview')).toContainText('$125.00');
  await drawer.getByRole('button', { name: 'Add contact' }).click();
  const contact = drawer.getByTestId('contact-row');
  await contact.getByRole('textbox', { name: /^Name/ }).fill('Maria Alvarez');
  await contact.getByLabel('Role').fill('Owner');
  await contact.getByLabel('Email').fill('maria@harbourlight.example');
  await drawer.getByRole('button', { name: 'Add client' }).click();

  await expect(app.getByRole('heading', { name: 'Harbour Light Dental' })).toBeVisible();
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  let file = await dataFile(harness);
  expect(file.data.clients).toHaveLength(1);
  expect(file.data.clients[0]).toMatchObject({ name: 'Harbour Light Dental', industry: 'Dental practice', mrrCents: 300_000, users: 24 });
  expect(file.data.clients[0]!.contacts[0]).toMatchObject({ name: 'Maria Alvarez', role: 'Owner', decisionMaker: true });

  await app.getByRole('button', { name: 'Edit' }).click();
  const editor = app.getByRole('dialog', { name: 'Edit client' });
  await editor.getByLabel('MRR').fill('3,450.50');
  await editor.getByLabel('Complexity (1–10)').fill('8');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();
  await expect(app.getByText('$3,450.50')).toBeVisible();
  file = await dataFile(harness);
  expect(file.data.clients[0]).toMatchObject({ mrrCents: 345_050, complexity: 8 });

  await app.getByRole('button', { name: 'More actions' }).click();
  await app.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Delete Harbour Light Dental?' });
  await expect(confirm).toContainText('archive it instead');
  await confirm.getByRole('button', { name: 'Delete client' }).click();
  await expect(app.getByText('Your practice is empty')).toBeVisible();
  file = await dataFile(harness);
  expect(file.data.clients).toEqual([]);
});

test('bad input is explained next to the field and nothing is written', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/clients/new`);
  const before = await dataFileBytes(harness);
  const drawer = app.getByRole('dialog', { name: 'New client' });
  await drawer.getByLabel('MRR').fill('-25');
  await drawer.getByLabel('Website').fill('not a website');
  await drawer.getByRole('button', { name: 'Add contact' }).click();
  await drawer.getByTestId('contact-row').getByLabel('Email').fill('maria@');
  await drawer.getByRole('button', { name: 'Add client' }).click();

  await expect(drawer.getByText('Client name is required')).toBeVisible();
  await expect(drawer.getByText(/negative/)).toBeVisible();
  await expect(drawer.getByText('Enter a website like example.com or https://example.com')).toBeVisible();
  await expect(drawer.getByText('Contact name is required')).toBeVisible();
  await expect(drawer.getByText('Enter an email address like name@example.com')).toBeVisible();
  expect((await dataFileBytes(harness)).equals(before)).toBe(true);
});

test('the main side refuses what the form would let through, and says which field', async ({ harness }) => {
  const result = await harness.practice.registry.invoke('clients.create', { client: { name: 'X', mrrCents: Number.NaN, surprise: 1 } });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(['client.mrrCents', 'client']));
  }
});

test('archived clients leave the current list and come back', async ({ app, harness }) => {
  await harness.practice.registry.invoke('clients.create', { client: { name: 'Old Mill Bakery' } });
  await app.goto(`${harness.url}#/clients`);
  await app.getByRole('button', { name: 'Actions for Old Mill Bakery' }).click();
  await app.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(app.getByText('No client matches')).toBeVisible();
  await app.getByText('Archived', { exact: true }).click();
  await expect(app.getByTestId('client-row')).toHaveCount(1);
  expect((await dataFile(harness)).data.clients[0]!.archivedAt).not.toBeNull();
});
