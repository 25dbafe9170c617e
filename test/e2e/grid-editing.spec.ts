import type { Page } from '@playwright/test';
import { dataFile, expect, test } from './fixtures';

/** The asset grid edits like a spreadsheet: typing replaces, Enter goes down, Tab right, Escape restores, a pasted column fills down. */

const NAMES = ['Alpha firewall', 'Bravo switch', 'Charlie server'] as const;

async function costs(harness: Parameters<typeof dataFile>[0]): Promise<number[]> {
  const assets = (await dataFile(harness)).data.assets;
  return NAMES.map((name) => assets.find((asset) => asset.name === name)!.unitCostCents);
}

/** A client with the three assets at no price, its asset grid open. */
async function openClinicWithThreeAssets(app: Page, harness: Parameters<typeof dataFile>[0], clientName: string): Promise<void> {
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: clientName } });
  if (!created.ok) throw new Error(created.error.message);
  const clientId = created.value.client.id;
  for (const name of NAMES) {
    const added = await harness.practice.registry.invoke('assets.create', { clientId, asset: { name, category: 'server', quantity: 1, unitCostCents: 0, purchaseDate: '2024-01-10' } });
    if (!added.ok) throw new Error(added.error.message);
  }
  await app.goto(`${harness.url}#/clients/${clientId}/assets`);
  await expect(app.getByTestId('asset-row')).toHaveCount(3);
}

function costCell(app: Page, name: string) {
  return app.getByTestId('asset-row').filter({ hasText: name }).getByRole('button', { name: 'Unit cost:' });
}

test('money cells: typing replaces, Enter saves and goes down, Tab goes right, Escape restores, bad text is refused at the cell', async ({ app, harness }) => {
  await openClinicWithThreeAssets(app, harness, 'Grid Test Clinic');

  // Typing on a cell showing 0.00 starts over with what is typed (never "0.004800").
  await costCell(app, 'Alpha').focus();
  await app.keyboard.type('48');
  const editor = app.getByRole('textbox', { name: 'Unit cost' });
  await expect(editor).toHaveValue('48');
  await app.keyboard.press('Enter');
  await expect(costCell(app, 'Bravo')).toBeFocused();
  await expect.poll(() => costs(harness)).toEqual([4800, 0, 0]);
  await expect(costCell(app, 'Alpha')).toContainText('$48.00');

  // Enter edits with the value selected, so typing replaces it; Tab saves and moves right.
  await app.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await app.keyboard.type('12.5');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('asset-row').filter({ hasText: 'Bravo' }).getByRole('button', { name: 'Purchase date:' })).toBeFocused();
  await expect.poll(() => costs(harness)).toEqual([4800, 1250, 0]);

  // Escape puts the value back and keeps focus on the cell.
  await costCell(app, 'Charlie').focus();
  await app.keyboard.type('999');
  await app.keyboard.press('Escape');
  await expect(costCell(app, 'Charlie')).toBeFocused();
  // No price of its own: still shown at its category's estimate.
  await expect(costCell(app, 'Charlie')).toContainText('Est. $8,000.00');

  // Text that is not an amount stays in the cell with the reason; nothing is saved.
  await app.keyboard.type('12x');
  await app.keyboard.press('Enter');
  await expect(app.getByText('"12x" is not an amount')).toBeVisible();
  await expect(editor).toBeFocused();
  await app.keyboard.press('Escape');
  expect(await costs(harness)).toEqual([4800, 1250, 0]);
});

test('a column pasted from a spreadsheet fills the cells below, and a line that is not an amount is refused at its cell', async ({ app, harness }) => {
  await openClinicWithThreeAssets(app, harness, 'Paste Test Clinic');

  const paste = (text: string) =>
    costCell(app, 'Alpha').evaluate((cell, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);

  await costCell(app, 'Alpha').focus();
  await paste('1,250.00\r\n$2,000\r\n300.5\r\n');
  await expect.poll(() => costs(harness)).toEqual([125_000, 200_000, 30_050]);
  await expect(costCell(app, 'Charlie')).toContainText('$300.50');

  await costCell(app, 'Alpha').focus();
  await paste('10\nnot a price\n30');
  await expect.poll(() => costs(harness)).toEqual([1000, 200_000, 3000]);
  await expect(app.getByText('"not a price" is not an amount')).toBeVisible();
});
