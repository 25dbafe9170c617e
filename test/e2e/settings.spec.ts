import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataFile, dataFileBytes, expect, test } from './fixtures';

const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

test('a logo must be a PNG or JPEG of at most 2 MB and 4000 px a side', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/settings`);
  const upload = app.locator('input[type=file]');
  const before = await dataFileBytes(harness);

  await upload.setInputFiles({ name: 'logo.gif', mimeType: 'image/png', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') });
  await expect(app.getByTestId('logo-error')).toHaveText('The logo must be a PNG or JPEG image; this file is neither.');
  await upload.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: pngHeader(5000, 1200) });
  await expect(app.getByTestId('logo-error')).toContainText('5000 × 1200 px; at most 4000 px a side');
  await upload.setInputFiles({ name: 'heavy.png', mimeType: 'image/png', buffer: Buffer.concat([ONE_PIXEL_PNG, Buffer.alloc(2_200_000)]) });
  await expect(app.getByTestId('logo-error')).toContainText('the limit is 2 MB');
  await upload.setInputFiles({ name: 'cut-off.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG.subarray(0, 50) });
  await expect(app.getByTestId('logo-error')).toContainText('The logo file is incomplete');
  expect((await dataFileBytes(harness)).equals(before)).toBe(true);

  await upload.setInputFiles({ name: 'brand.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  await expect(app.getByRole('img', { name: 'Your logo' })).toBeVisible();
  await expect(app.getByTestId('logo-error')).toHaveCount(0);
  const settings = (await dataFile(harness)).data.settings;
  expect(settings.logo).toMatchObject({ fileName: 'brand-logo.png', mimeType: 'image/png', width: 1, height: 1 });
  expect((await readFile(path.join(harness.dataDir, 'brand-logo.png'))).equals(ONE_PIXEL_PNG)).toBe(true);
});

test('a logo damaged on disk after it was chosen leaves the export without it, and the consultant is told', async ({ app, harness }) => {
  const logo = await harness.practice.registry.invoke('settings.setLogo', { file: { name: 'brand.png', dataBase64: ONE_PIXEL_PNG.toString('base64') } });
  expect(logo.ok).toBe(true);
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: 'Kestrel Ridge Veterinary' } });
  if (!created.ok) throw new Error(created.error.message);
  await writeFile(path.join(harness.dataDir, 'brand-logo.png'), ONE_PIXEL_PNG.subarray(0, 40));

  await app.goto(`${harness.url}#/clients/${created.value.client.id}`);
  await app.getByRole('button', { name: 'Export profile PDF' }).click();
  await app.getByRole('dialog', { name: 'Export client profile' }).getByRole('button', { name: 'Save PDF…' }).click();
  await expect(app.getByText('The client profile is saved')).toBeVisible();
  await expect(app.getByTestId('export-notice')).toHaveText(
    'Made without your logo: its file in the data folder is incomplete or damaged, so it cannot be drawn. Choose the logo again in Settings.',
  );
  expect(harness.record.saved).toHaveLength(1);
});

test('consultant details and pricing are validated next to the field and saved together', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/settings`);
  await app.getByLabel('Company').fill('Clearpath vCIO Partners');
  await app.getByLabel('Email').fill('dana@');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Enter an email address like name@example.com')).toBeVisible();
  expect((await dataFile(harness)).data.settings.consultant.company).toBe('');

  await app.getByLabel('Email').fill('dana@clearpath.example');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();
  expect((await dataFile(harness)).data.settings.consultant).toMatchObject({ company: 'Clearpath vCIO Partners', email: 'dana@clearpath.example' });

  await app.getByRole('tab', { name: 'Currency, rates and markups' }).click();
  const markup = app.getByLabel('Hardware and software (asset replacements)');
  await markup.fill('25');
  await expect(app.getByTestId('margin-asset')).toHaveText('= 20% margin');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.').first()).toBeVisible();
  await expect.poll(async () => (await dataFile(harness)).data.settings.markups.asset).toBe(25);
});

test('changing a default lifespan moves every asset that follows it', async ({ app, harness }) => {
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: 'Birch & Vale Accounting' } });
  if (!created.ok) throw new Error(created.error.message);
  const clientId = created.value.client.id;
  const asset = await harness.practice.registry.invoke('assets.create', {
    clientId,
    asset: { name: 'Reception PCs', category: 'workstation', quantity: 4, unitCostCents: 95_000, purchaseDate: '2024-05-10' },
  });
  if (!asset.ok) throw new Error(asset.error.message);

  await app.goto(`${harness.url}#/clients/${clientId}/assets`);
  await expect(app.getByTestId('asset-row')).toContainText('May 2028');
  await app.goto(`${harness.url}#/settings/lifespans`);
  await app.getByLabel('Workstation lifespan in months').fill('60');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();
  await app.goto(`${harness.url}#/clients/${clientId}/assets`);
  await expect(app.getByTestId('asset-row')).toContainText('May 2029');
});
