import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { formatMoney } from '../../src-main/domain/format';
import { dataFile, expect, test } from './fixtures';

const CSV = path.resolve(import.meta.dirname, '../fixtures/rmm-assets.csv');

test('import an RMM export, see the forecast, move it with a lifespan, export the workbook and the report', async ({ app, harness }) => {
  // A long journey (import, two screens, two exports read back): more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: 'Harbour Light Dental', fiscalYearStartMonth: 7 } });
  if (!created.ok) throw new Error(created.error.message);
  const clientId = created.value.client.id;
  await app.goto(`${harness.url}#/clients/${clientId}/assets`);

  await expect(app.getByText('No assets yet')).toBeVisible();
  await app.getByRole('button', { name: 'Import CSV or Excel' }).first().click();
  const wizard = app.getByRole('dialog', { name: /Import assets/ });
  await wizard.locator('input[type=file]').setInputFiles(CSV);
  await expect(wizard.getByLabel(/^Name/)).toHaveValue('Device Name');
  await expect(wizard.getByRole('combobox', { name: 'Unit cost', exact: true })).toHaveValue('Cost');
  await wizard.getByRole('button', { name: 'Check 10 rows' }).click();

  await expect(wizard.getByTestId('import-summary')).toContainText('9 new');
  await expect(wizard.getByTestId('import-summary')).toContainText('0 rejected');
  await expect(wizard.getByTestId('import-summary')).toContainText('1 repeated row');
  // A bad date no longer loses the device: it comes in with its age unknown, and the row says why.
  const lobby = wizard.locator('[data-testid=import-row]').filter({ hasText: 'AP-LOBBY (Ubiquiti U6 Pro)' });
  await expect(lobby).toHaveAttribute('data-status', 'new');
  await expect(lobby).toContainText('13/13/2022');
  expect((await dataFile(harness)).data.assets).toHaveLength(0);
  await wizard.getByRole('button', { name: 'Import: add 9' }).click();

  await expect(app.getByTestId('asset-row')).toHaveCount(9);
  const stored = (await dataFile(harness)).data.assets;
  expect(stored).toHaveLength(9);
  const server = stored.find((item) => item.serial === 'CZJ0412ABC')!;
  expect(server).toMatchObject({ category: 'server', unitCostCents: 782_000, purchaseDate: '2019-11-02', location: '' });

  await app.getByRole('link', { name: 'Budget' }).or(app.getByText('Budget', { exact: true })).first().click();
  const total = app.getByTestId('budget-total');
  const forecastTotal = async () => {
    const forecast = await harness.practice.registry.invoke('budget.forecast', { clientId });
    if (!forecast.ok) throw new Error(forecast.error.message);
    return forecast.value.totals.priceCents;
  };
  const before = await forecastTotal();
  await expect(total).toHaveText(formatMoney(before, { currency: 'USD', locale: 'en-US' }));

  await app.getByText('Assets', { exact: true }).first().click();
  const serverRow = app.getByTestId('asset-row').filter({ hasText: 'FS-01' });
  await serverRow.getByRole('button', { name: 'Lifespan in months:' }).click();
  await serverRow.getByRole('textbox', { name: 'Lifespan in months' }).fill('24');
  await serverRow.getByRole('textbox', { name: 'Lifespan in months' }).press('Enter');
  await expect(serverRow.getByRole('button', { name: 'Lifespan in months:' })).toContainText('24 mo');

  await app.getByText('Budget', { exact: true }).first().click();
  const after = await forecastTotal();
  expect(after).toBeGreaterThan(before);
  await expect(total).toHaveText(formatMoney(after, { currency: 'USD', locale: 'en-US' }));

  await app.getByRole('button', { name: 'Budget workbook (Excel)' }).click();
  const savedNotice = app.locator('.mantine-Notification-root').filter({ hasText: 'The budget workbook is saved' });
  await expect(savedNotice).toBeVisible();
  await savedNotice.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => harness.record.openedFiles).toEqual([harness.record.saved[0]]);
  await savedNotice.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => harness.record.shownFiles).toEqual([harness.record.saved[0]]);
  await app.getByRole('button', { name: 'Budget report (PDF)' }).click();
  await expect.poll(() => harness.record.saved.length).toBe(2);

  const workbookPath = harness.record.saved.find((file) => file.endsWith('.xlsx'))!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(workbookPath);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Monthly plan', 'Assets', 'Services', 'Initiatives', 'Roadmap', 'Assumptions']);
  const pdfPath = harness.record.saved.find((file) => file.endsWith('.pdf'))!;
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  expect(text).toContain('Harbour Light Dental');
  expect(text).toContain(formatMoney(after, { currency: 'USD', locale: 'en-US' }).replace(/\.\d\d$/, ''));
});

test('the consultant view shows cost and margin; the client view does not', async ({ app, harness }) => {
  await harness.practice.registry.invoke('sample.load', {});
  const list = await harness.practice.registry.invoke('clients.list', {});
  if (!list.ok) throw new Error(list.error.message);
  const client = list.value.clients[0]!;
  await app.goto(`${harness.url}#/clients/${client.id}/budget`);
  await expect(app.getByTestId('budget-total')).toBeVisible();
  await expect(app.getByTestId('budget-cost')).toHaveCount(0);
  await app.getByText('Cost and margin', { exact: true }).click();
  const forecast = await harness.practice.registry.invoke('budget.forecast', { clientId: client.id });
  if (!forecast.ok) throw new Error(forecast.error.message);
  await expect(app.getByTestId('budget-cost')).toHaveText(formatMoney(forecast.value.totals.costCents, { currency: 'USD', locale: 'en-US' }));
  await expect(app.getByTestId('budget-grid')).toContainText('margin');
});
