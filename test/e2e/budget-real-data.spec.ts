import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatMoney, formatMoneyWhole } from '../../src-main/domain/format';
import { addMonths, addQuarters, fiscalQuarterOfMonth, monthOfLocalDate, quarterLabel } from '../../src-main/domain/months';
import type { Harness } from '../harness/harness';
import { recalculatedSheet, summaryTotalCents } from '../fixtures/libreoffice';
import { dataFile, expect, test } from './fixtures';

/**
 * Budgets with real client data (issue 8): an RMM export without prices, an initiative that replaces
 * assets, and the same export imported again once it has changed.
 */

const USD = { currency: 'USD', locale: 'en-US' };
const NINJA = path.resolve(import.meta.dirname, '../fixtures/rmm/ninjaone-devices.csv');
const NINJA_UPDATED = path.resolve(import.meta.dirname, '../fixtures/rmm/ninjaone-devices-updated.csv');

async function invoke<T>(harness: Harness, channel: string, input: unknown): Promise<T> {
  const result = await harness.practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

interface ForecastView {
  totals: { priceCents: number };
  gaps: { estimated: number; unpriced: number; overdue: number };
  events: Array<{ sourceId: string; kind: string; priceCents: number; overdue: boolean }>;
}

async function forecastOf(harness: Harness, clientId: string): Promise<ForecastView> {
  return invoke<ForecastView>(harness, 'budget.forecast', { clientId });
}

async function importFile(app: Page, file: string) {
  await app.getByRole('button', { name: 'Import CSV or Excel' }).first().click();
  const wizard = app.getByRole('dialog', { name: /Import assets/ });
  await wizard.locator('input[type=file]').setInputFiles(file);
  return wizard;
}

/** The budget report's text, one space between words. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/[ \t]+/g, ' ');
}

test('an RMM export without prices is budgeted at estimates, fixed from the filtered list, and imported again as updates', async ({ app, harness }) => {
  test.setTimeout(180_000);
  const created = await invoke<{ client: { id: string } }>(harness, 'clients.create', { client: { name: 'Harbour Light Dental' } });
  const clientId = created.client.id;
  await app.goto(`${harness.url}#/clients/${clientId}/assets`);

  const wizard = await importFile(app, NINJA);
  await expect(wizard.getByRole('combobox', { name: 'Manufacturer', exact: true })).toHaveValue('Manufacturer');
  const types = wizard.getByTestId('import-types');
  await expect(types.getByRole('row').filter({ hasText: 'Mac' })).toContainText('Not recognised');
  await types.getByRole('combobox', { name: 'Category for Mac' }).click();
  await app.getByRole('option', { name: 'Laptop', exact: true }).click();
  await expect(types.getByRole('row').filter({ hasText: 'Mac' })).not.toContainText('Not recognised');
  await wizard.getByRole('button', { name: 'Check 14 rows' }).click();
  await expect(wizard.getByTestId('import-summary')).toContainText('14 new');
  await expect(wizard.getByTestId('import-no-price')).toContainText('14 rows have no price');
  await expect(wizard.getByTestId('import-no-price')).toContainText('marked as estimates');
  await wizard.getByRole('button', { name: 'Import: add 14' }).click();
  await expect(app.getByTestId('asset-row')).toHaveCount(14);
  await expect(app.getByTestId('asset-counts')).toContainText('14 without a price (estimated)');

  // The budget is not $0: every replacement is estimated at its category's default, and says so.
  await app.goto(`${harness.url}#/clients/${clientId}/budget`);
  const before = await forecastOf(harness, clientId);
  expect(before.totals.priceCents).toBeGreaterThan(0);
  expect(before.gaps.estimated).toBeGreaterThan(0);
  await expect(app.getByTestId('budget-total')).toHaveText(formatMoney(before.totals.priceCents, USD));
  await expect(app.getByTestId('budget-gaps')).toContainText(`${before.gaps.estimated} replacements estimated`);

  // One click to the list of the assets to price; a price typed there leaves the list.
  await app.getByTestId('budget-gaps').getByRole('button', { name: /estimated/ }).click();
  await expect(app).toHaveURL(/#\/clients\/[^/]+\/assets\/estimated$/);
  await expect(app.getByTestId('asset-filter')).toContainText('estimated at the category default');
  await expect(app.getByTestId('asset-row')).toHaveCount(14);
  const server = app.getByTestId('asset-row').filter({ hasText: 'HLD-FS01' });
  await server.getByRole('button', { name: 'Unit cost:' }).click();
  await server.getByRole('textbox', { name: 'Unit cost' }).fill('7,820.00');
  await server.getByRole('textbox', { name: 'Unit cost' }).press('Enter');
  await expect(app.getByTestId('asset-row')).toHaveCount(13);

  // A bulk unit cost for a selection.
  for (const name of ['HLD-FRONT-01', 'HLD-FRONT-02']) await app.getByRole('checkbox', { name: new RegExp(`Select ${name}`) }).check();
  await app.getByTestId('asset-selection').getByRole('button', { name: 'Set unit cost…' }).click();
  const costDialog = app.getByRole('dialog', { name: /Set the unit cost of 2 assets/ });
  await costDialog.getByRole('textbox', { name: 'Unit cost' }).fill('1049');
  await costDialog.getByRole('button', { name: 'Set unit cost' }).click();
  await expect(app.getByTestId('asset-row')).toHaveCount(11);
  const priced = (await dataFile(harness)).data.assets.filter((item) => item.unitCostCents > 0).map((item) => [item.serial, item.unitCostCents]);
  expect(Object.fromEntries(priced)).toEqual({ CZJ0412ABC: 782_000, '7QK2M13': 104_900, '7QK2M14': 104_900 });

  // The updated export: one device more, two changed, one gone; nothing is added twice and prices stay.
  await app.getByRole('button', { name: 'Show all assets' }).click();
  const again = await importFile(app, NINJA_UPDATED);
  await expect(again.getByText('Columns and device types mapped as in your last import')).toBeVisible();
  await again.getByRole('button', { name: 'Check 14 rows' }).click();
  const summary = again.getByTestId('import-summary');
  await expect(summary).toContainText('1 new');
  await expect(summary).toContainText('2 to update');
  await expect(summary).toContainText('11 unchanged');
  await expect(again.locator('[data-testid=import-row][data-status=update]').filter({ hasText: 'HLD-OP2' })).toContainText('location: Operatory 2 → Operatory 3');
  await again.getByTestId('import-missing').getByRole('checkbox', { name: /DR-PATEL-LT/ }).check();
  await again.getByRole('button', { name: 'Import: add 1, update 2, retire 1' }).click();
  await expect(app.getByText('Assets imported: 1 added, 2 updated, 1 retired')).toBeVisible();

  const stored = (await dataFile(harness)).data.assets;
  expect(stored).toHaveLength(15);
  expect(new Set(stored.map((item) => item.serial)).size).toBe(15);
  expect(stored.find((item) => item.serial === 'PF3XK2A2')?.status).toBe('retired');
  expect(stored.find((item) => item.serial === 'CZJ0412ABC')?.unitCostCents).toBe(782_000);
  expect(stored.find((item) => item.serial === '9BX4L22')?.location).toBe('Operatory 3');
});

test('linking an initiative to the assets it replaces drops the totals by exactly those replacements, on screen, in the PDF and in the workbook', async ({ app, harness }) => {
  test.setTimeout(240_000);
  const today = monthOfLocalDate(new Date());
  const day = (monthsAgo: number) => `${addMonths(today, -monthsAgo)}-15`;
  const created = await invoke<{ client: { id: string } }>(harness, 'clients.create', { client: { name: 'Lakeside Physio' } });
  const clientId = created.client.id;
  const asset = (name: string, category: string, quantity: number, unitCostCents: number, monthsAgo: number) =>
    invoke<{ asset: { id: string } }>(harness, 'assets.create', { clientId, asset: { name, category, quantity, unitCostCents, purchaseDate: day(monthsAgo) } });
  const laptops = (await asset('Staff laptops', 'laptop', 6, 139_900, 40)).asset.id;
  const tablets = (await asset('Treatment-room tablets', 'other', 4, 64_900, 70)).asset.id;
  await asset('Reception PCs', 'workstation', 3, 104_900, 20);
  await invoke(harness, 'services.create', { clientId, service: { name: 'Microsoft 365 Business Premium', category: 'cloudSubscription', quantity: 12, unitCostCents: 2_200, startDate: '2024-01-01' } });
  const quarter = addQuarters(fiscalQuarterOfMonth(today, 1), 2);
  const refresh = await invoke<{ initiative: { id: string } }>(harness, 'initiatives.create', {
    clientId,
    initiative: { title: 'Laptop and tablet refresh', status: 'approved', startQuarter: quarter, oneTimeCostCents: 1_250_000, labourHours: 12 },
  });

  const before = await forecastOf(harness, clientId);
  const replacement = (id: string) => before.events.filter((event) => event.sourceId === id && event.kind === 'replacement');
  expect(replacement(laptops)).toHaveLength(1);
  expect(replacement(laptops)[0]!.overdue).toBe(true);
  const laptopPrice = replacement(laptops)[0]!.priceCents;
  const tabletPrice = replacement(tablets).reduce((sum, event) => sum + event.priceCents, 0);
  expect(tabletPrice).toBeGreaterThan(0);

  // Link the laptops in the initiative editor.
  await app.goto(`${harness.url}#/clients/${clientId}/initiatives/${refresh.initiative.id}`);
  const editor = app.getByRole('dialog', { name: 'Edit initiative' });
  await editor.getByLabel('Assets it replaces').click();
  await app.getByRole('option', { name: /Staff laptops/ }).click();
  await expect(editor.getByTestId('suggested-one-time-cost')).toContainText(formatMoney(6 * 139_900, USD));
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();

  // And the tablets from the asset list, extending the same initiative without touching its price.
  await app.goto(`${harness.url}#/clients/${clientId}/assets`);
  await app.getByRole('checkbox', { name: 'Select Treatment-room tablets' }).check();
  await app.getByTestId('asset-selection').getByRole('button', { name: 'Replace with an initiative…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Replace with an initiative' });
  await dialog.getByText('Add to an existing one').click();
  await dialog.getByLabel('Initiative', { exact: true }).click();
  await app.getByRole('option', { name: 'Laptop and tablet refresh' }).click();
  await dialog.getByRole('checkbox', { name: /Add their replacement cost/ }).uncheck();
  await dialog.getByRole('button', { name: 'Add to initiative' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('asset-counts')).toContainText('2 assets replaced by initiatives');

  const after = await forecastOf(harness, clientId);
  expect(before.totals.priceCents - after.totals.priceCents).toBe(laptopPrice + tabletPrice);

  // On screen: the new total, and the assets named with the initiative that replaces them.
  await app.goto(`${harness.url}#/clients/${clientId}/budget`);
  await expect(app.getByTestId('budget-total')).toHaveText(formatMoney(after.totals.priceCents, USD));
  await expect(app.getByTestId('replaced-assets')).toContainText('Staff laptops: replaced by Laptop and tablet refresh');
  await expect(app.getByTestId('replaced-assets')).toContainText('Treatment-room tablets: replaced by Laptop and tablet refresh');

  // In the PDF and in the workbook as a spreadsheet computes it.
  await app.getByRole('button', { name: 'Budget report (PDF)' }).click();
  await expect.poll(() => harness.record.saved.filter((file) => file.endsWith('.pdf')).length).toBe(1);
  await app.getByRole('button', { name: 'Budget workbook (Excel)' }).click();
  await expect.poll(() => harness.record.saved.filter((file) => file.endsWith('.xlsx')).length).toBe(1);
  const text = pdfText(harness.record.saved.find((file) => file.endsWith('.pdf'))!);
  expect(text).toContain(formatMoney(after.totals.priceCents, USD));
  expect(text).toContain(formatMoneyWhole(after.totals.priceCents, USD));
  // The status wraps in its column: "Replaced by “Laptop and tablet / refresh”".
  expect(text).toMatch(/Staff laptops[^\n]*Replaced by “Laptop and tablet/);
  expect(text).toContain(quarterLabel(quarter));
  expect(text).not.toContain(formatMoney(before.totals.priceCents, USD));
  const workbook = await readFile(harness.record.saved.find((file) => file.endsWith('.xlsx'))!);
  expect(summaryTotalCents(recalculatedSheet(new Uint8Array(workbook), 'Summary'))).toBe(after.totals.priceCents);

  // Without the link, the same documents carry the replacements again: the difference is exactly theirs.
  await invoke(harness, 'initiatives.update', { id: refresh.initiative.id, changes: { why: { standardIds: [], reviewIds: [], goalIds: [], assetIds: [], clientRequest: '' } } });
  const unlinked = await invoke<{ savedTo: string }>(harness, 'export.budgetWorkbook', { clientId, internal: false });
  const unlinkedTotal = summaryTotalCents(recalculatedSheet(new Uint8Array(await readFile(unlinked.savedTo)), 'Summary'));
  expect(unlinkedTotal - after.totals.priceCents).toBe(laptopPrice + tabletPrice);
  const unlinkedPdf = await invoke<{ savedTo: string }>(harness, 'export.budgetPdf', { clientId });
  expect(pdfText(unlinkedPdf.savedTo)).toContain(formatMoney(before.totals.priceCents, USD));
});

test('the asset list and the budget count the same overdue replacements for sample clients', async ({ app, harness }) => {
  await invoke(harness, 'sample.load', {});
  const { clients } = await invoke<{ clients: Array<{ id: string; name: string }> }>(harness, 'clients.list', {});
  for (const name of ['Ridgeline Builders Inc.', 'Brightwater Family Dental']) {
    const client = clients.find((entry) => entry.name === name)!;
    const forecast = await forecastOf(harness, client.id);
    await app.goto(`${harness.url}#/clients/${client.id}/assets`);
    await expect(app.getByTestId('asset-counts')).toContainText(`${forecast.gaps.overdue} overdue`);
    await app.goto(`${harness.url}#/clients/${client.id}/budget`);
    await expect(app.getByTestId('budget-overdue')).toHaveText(String(forecast.gaps.overdue));
    await app.goto(`${harness.url}#/clients/${client.id}/assets/overdue`);
    await expect(app.getByTestId('asset-row')).toHaveCount(forecast.gaps.overdue);
  }
});

test('default replacement costs are edited beside the lifespans and price the assets that have none', async ({ app, harness }) => {
  const created = await invoke<{ client: { id: string } }>(harness, 'clients.create', { client: { name: 'Birch & Vale Accounting' } });
  const clientId = created.client.id;
  const today = monthOfLocalDate(new Date());
  await invoke(harness, 'assets.create', { clientId, asset: { name: 'Imported laptops', category: 'laptop', quantity: 2, unitCostCents: 0, purchaseDate: `${addMonths(today, -30)}-10` } });
  const before = await forecastOf(harness, clientId);
  expect(before.totals.priceCents).toBe(2 * 195_000);

  await app.goto(`${harness.url}#/settings/lifespans`);
  await expect(app.getByRole('tab', { name: 'Asset lifespans and costs' })).toHaveAttribute('aria-selected', 'true');
  await app.getByLabel('Laptop default replacement cost').fill('1,800.00');
  await app.getByLabel('Printer default replacement cost').fill('');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();
  const settings = (await dataFile(harness)).data.settings;
  expect(settings.replacementCosts.laptop).toBe(180_000);
  expect(settings.replacementCosts.printer).toBeNull();

  await app.goto(`${harness.url}#/clients/${clientId}/budget`);
  await expect(app.getByTestId('budget-total')).toHaveText(formatMoney(2 * 234_000, USD));
});
