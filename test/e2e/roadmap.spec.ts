import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { formatMoney, formatMoneyWhole } from '../../src-main/domain/format';
import { addMonths, addQuarters, fiscalQuarterOfMonth, monthOfLocalDate, quarterLabel, type FiscalQuarter } from '../../src-main/domain/months';
import { columnKeyOf } from '../../src-main/domain/roadmap';
import { isUnderHeading, pdfWords } from '../fixtures/pdf-words';
import type { Harness } from '../harness/harness';
import { dataFile, expect, test } from './fixtures';

/**
 * The roadmap journey in Chromium against the real handlers: an initiative is created, dragged to the
 * next quarter (both quarters' totals and the budget follow), moved with the keyboard, approved and
 * declined with a reason, and the handout is exported with every scheduled initiative under its quarter.
 */

const USD = { currency: 'USD', locale: 'en-US' };
const money = (cents: number) => formatMoney(cents, USD);

async function newClient(harness: Harness, name: string): Promise<string> {
  const created = await harness.practice.registry.invoke('clients.create', {
    client: { name, contacts: [{ name: 'Maya Chen', role: 'Owner', decisionMaker: true }] },
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.client.id;
}

function column(app: Page, quarter: FiscalQuarter | null): Locator {
  return app.locator(`[data-testid=roadmap-column][data-key="${columnKeyOf(quarter)}"]`);
}

/** Drags with the mouse the way a person does: press on the handle, travel, release over the target. */
async function drag(app: Page, handle: Locator, target: Locator): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await app.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await app.mouse.down();
  await app.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 4 });
  await app.mouse.move(to.x + to.width / 2, to.y + to.height - 30, { steps: 12 });
  await app.mouse.move(to.x + to.width / 2, to.y + to.height - 24, { steps: 4 });
  await app.mouse.up();
}

/** The budget screen's "Projects" figure for one quarter, as shown. */
async function budgetProjects(app: Page, quarter: FiscalQuarter): Promise<string> {
  const grid = app.getByTestId('budget-grid');
  const headers = await grid.locator('thead th').allTextContents();
  const index = headers.indexOf(quarterLabel(quarter));
  expect(index, `budget column ${quarterLabel(quarter)}`).toBeGreaterThan(0);
  return (await app.getByTestId('budget-row').filter({ hasText: 'Projects' }).locator('td').nth(index).textContent()) ?? '';
}

/** Serious and critical axe findings in the roadmap's own parts (the page, and its drawer or dialog when one is open). */
async function seriousAxeViolations(app: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: app }).include('[data-testid=roadmap-page]').include('[role=dialog]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('plan an initiative on the board: drag it, move it by keyboard, record decisions, export the handout', async ({ app, harness }) => {
  // A long journey on a shared machine: give it room.
  test.setTimeout(180_000);
  const clientId = await newClient(harness, 'Harbour Light Dental');
  const now = fiscalQuarterOfMonth(monthOfLocalDate(new Date()), 1);
  const next = addQuarters(now, 1);
  const later = addQuarters(now, 2);
  await app.goto(`${harness.url}#/clients/${clientId}/roadmap`);
  await expect(app.getByText('Nothing on the roadmap yet')).toBeVisible();

  // Create an initiative for this quarter from the board.
  await app.getByRole('button', { name: 'New initiative' }).first().click();
  const drawer = app.getByRole('dialog', { name: 'New initiative' });
  await drawer.getByLabel('Title').fill('Replace the core switch');
  await drawer.getByRole('combobox', { name: 'Start quarter' }).click();
  await app.getByRole('option', { name: quarterLabel(now), exact: true }).click();
  await drawer.getByLabel('One-time cost').fill('10000');
  await expect(drawer.getByTestId('card-preview')).toContainText(money(1_300_000));
  // Ctrl+S saves the form in view.
  await drawer.getByLabel('Title').press('Control+s');
  await expect(drawer).toBeHidden();

  const switchCard = app.getByTestId('roadmap-card').filter({ hasText: 'Replace the core switch' });
  await expect(column(app, now).getByTestId('roadmap-card')).toHaveCount(1);
  await expect(column(app, now).getByTestId('column-roadmap-total')).toHaveText(money(1_300_000));
  await expect(column(app, next).getByTestId('column-roadmap-total')).toHaveText(money(0));

  // Drag it to the next quarter: both totals change at once.
  await drag(app, switchCard.getByRole('button', { name: 'Move Replace the core switch' }), column(app, next));
  await expect(column(app, next).getByTestId('roadmap-card')).toHaveCount(1);
  await expect(column(app, now).getByTestId('column-roadmap-total')).toHaveText(money(0));
  await expect(column(app, next).getByTestId('column-roadmap-total')).toHaveText(money(1_300_000));
  await expect.poll(async () => (await dataFile(harness)).data.initiatives[0]?.startQuarter).toEqual(next);
  const moved = (await dataFile(harness)).data.initiatives[0]!;
  expect(moved.history.map((entry) => [entry.kind, entry.from, entry.to])).toEqual([
    ['created', '', ''],
    ['moved', quarterLabel(now), quarterLabel(next)],
  ]);

  // The budget screen shows the money in the next quarter now.
  await app.getByText('Budget', { exact: true }).first().click();
  await expect(app.getByTestId('budget-grid')).toBeVisible();
  expect(await budgetProjects(app, next)).toBe(formatMoneyWhole(1_300_000, USD));
  expect(await budgetProjects(app, now)).not.toContain('13,000');
  await app.getByText('Roadmap', { exact: true }).first().click();

  // A second initiative, added through the contract, is moved with the keyboard alone.
  const added = await harness.practice.registry.invoke('initiatives.create', {
    clientId,
    initiative: { title: 'Roll out MFA for all staff', startQuarter: next, oneTimeCostCents: 200_000, priority: 'high' },
  });
  if (!added.ok) throw new Error(added.error.message);
  await app.reload();
  const mfaCard = app.getByTestId('roadmap-card').filter({ hasText: 'Roll out MFA for all staff' });
  await expect(column(app, next).getByTestId('roadmap-card')).toHaveCount(2);
  const mfaHandle = mfaCard.getByRole('button', { name: 'Move Roll out MFA for all staff' });
  await mfaHandle.focus();
  await app.keyboard.press('Space');
  await expect(app.getByRole('status').filter({ hasText: 'Picked up Roll out MFA for all staff' })).toHaveCount(1);
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('status').filter({ hasText: `is now in ${quarterLabel(later)}` })).toHaveCount(1);
  await app.keyboard.press('Space');
  await expect(column(app, later).getByTestId('roadmap-card')).toHaveCount(1);
  await expect(column(app, later).getByTestId('column-roadmap-total')).toHaveText(money(260_000));
  await expect.poll(async () => (await dataFile(harness)).data.initiatives.find((item) => item.title.startsWith('Roll out'))?.startQuarter).toEqual(later);

  // The client approves one and declines the other, with a reason.
  await switchCard.getByRole('button', { name: 'Actions for Replace the core switch' }).click();
  await app.getByRole('menuitem', { name: 'Client approved…' }).click();
  const approve = app.getByRole('dialog', { name: 'The client approved' });
  await expect(approve.getByLabel('Decided by')).toHaveValue('Maya Chen');
  await approve.getByLabel('Note').fill('Before the lease renewal, please.');
  await approve.getByRole('button', { name: 'Record the approval' }).click();
  await expect(approve).toBeHidden();
  await expect(switchCard).toContainText('Approved');

  await mfaCard.getByRole('button', { name: 'Actions for Roll out MFA for all staff' }).click();
  await app.getByRole('menuitem', { name: 'Client declined…' }).click();
  const decline = app.getByRole('dialog', { name: 'The client declined' });
  expect(await seriousAxeViolations(app)).toEqual([]);
  await decline.getByRole('button', { name: 'Record the decline' }).click();
  await expect(decline.getByText('Write down why the client declined, in their words')).toBeVisible();
  await decline.getByLabel('Reason, in the client’s words').fill('Staff push back on phone prompts; revisit after the new phones arrive.');
  await decline.getByRole('button', { name: 'Record the decline' }).click();
  await expect(decline).toBeHidden();

  // Declined work leaves the board's totals and the budget, and stays in the decision log with its reason.
  await expect(column(app, later).getByTestId('roadmap-card')).toHaveCount(0);
  await expect(column(app, later)).toContainText('1 filtered out');
  await expect(column(app, later).getByTestId('column-roadmap-total')).toHaveText(money(0));
  const log = app.getByTestId('decision-log');
  await expect(log.getByTestId('decision-row')).toHaveCount(2);
  await expect(log.getByTestId('decision-row').filter({ hasText: 'Roll out MFA for all staff' })).toContainText('Staff push back on phone prompts');
  await expect(log.getByTestId('decision-row').filter({ hasText: 'Replace the core switch' })).toContainText('Maya Chen');
  const stored = (await dataFile(harness)).data.initiatives;
  const declined = stored.find((item) => item.title.startsWith('Roll out'))!;
  expect(declined.status).toBe('declined');
  expect(declined.clientDecision).toMatchObject({ by: 'Maya Chen', note: 'Staff push back on phone prompts; revisit after the new phones arrive.' });
  expect(declined.history.at(-1)).toMatchObject({ kind: 'declined', to: 'Declined', by: 'Maya Chen' });
  const forecast = await harness.practice.registry.invoke('budget.forecast', { clientId });
  if (!forecast.ok) throw new Error(forecast.error.message);
  expect(forecast.value.events.filter((event) => event.sourceId === declined.id)).toEqual([]);

  // The declined card comes back with its filter, marked as declined.
  await app.getByRole('group', { name: 'Status' }).locator('label', { hasText: 'Declined' }).click();
  await expect(app.getByRole('checkbox', { name: 'Declined' })).toBeChecked();
  await expect(column(app, later).getByTestId('roadmap-card')).toContainText('Declined: Staff push back on phone prompts');

  // The handout: every scheduled initiative that is not declined, under its quarter.
  await app.getByRole('button', { name: 'Roadmap handout (PDF)' }).click();
  await expect.poll(() => harness.record.saved.length).toBe(1);
  const words = pdfWords(harness.record.saved[0]!);
  expect(isUnderHeading(words, 'Replace the core switch', quarterLabel(next))).toBe(true);
  expect(isUnderHeading(words, 'Replace the core switch', quarterLabel(now))).toBe(false);
  expect(words.map((word) => word.text).join(' ')).not.toContain('Roll out MFA');
});

test('the sample board fits 1024 × 768 without sideways scrolling, passes axe in light and dark, and its chips open what they point to', async ({ app, harness }) => {
  test.setTimeout(120_000);
  await harness.practice.registry.invoke('sample.load', {});
  const list = await harness.practice.registry.invoke('clients.list', {});
  if (!list.ok) throw new Error(list.error.message);
  const client = list.value.clients.find((item) => item.name.startsWith('Northgate'))!;
  await app.setViewportSize({ width: 1024, height: 768 });
  await app.goto(`${harness.url}#/clients/${client.id}/roadmap`);
  await expect(app.getByTestId('roadmap-card').first()).toBeVisible();
  const widths = await app.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
  await expect(app.getByTestId('decision-log').getByTestId('decision-row').first()).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);

  await harness.practice.registry.invoke('settings.update', { changes: { appearance: 'dark' } });
  await app.reload();
  await expect(app.getByTestId('roadmap-card').first()).toBeVisible();
  expect(await seriousAxeViolations(app)).toEqual([]);

  // The editor shows the card as it will look, the history, and chips that open what the why points to.
  await app.getByRole('button', { name: 'Open Move the shop-floor PCs to Windows 11' }).click();
  const drawer = app.getByRole('dialog', { name: 'Edit initiative' });
  await expect(drawer.getByTestId('card-preview')).toContainText('Move the shop-floor PCs to Windows 11');
  await expect(drawer.getByTestId('initiative-history')).toContainText('Added');
  expect(await seriousAxeViolations(app)).toEqual([]);
  // With an unsaved edit, following a chip asks first; staying keeps the edit.
  await drawer.getByLabel('Title').fill('Move the shop-floor PCs to Windows 11 before support ends');
  await drawer.getByRole('button', { name: 'Replaces Shop-floor PCs at the CNC cells' }).click();
  const leave = app.getByRole('dialog', { name: 'Discard your changes?' });
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(drawer.getByLabel('Title')).toHaveValue('Move the shop-floor PCs to Windows 11 before support ends');
  await drawer.getByRole('button', { name: 'Replaces Shop-floor PCs at the CNC cells' }).click();
  await leave.getByRole('button', { name: 'Discard changes' }).click();
  await expect(app).toHaveURL(new RegExp(`#/clients/${client.id}/assets/`));
  await expect(app.getByRole('heading', { name: 'Northgate Precision Machining: Assets' })).toBeVisible();
});

test('asset replacements become initiatives, and the budget counts that money once', async ({ app, harness }) => {
  test.setTimeout(120_000);
  const clientId = await newClient(harness, 'Tidewater Outfitters');
  // Laptops on a 36-month life, bought so that they fall due five months from now.
  const due = addMonths(monthOfLocalDate(new Date()), 5);
  const bought = `${addMonths(due, -36)}-10`;
  const laptops = await harness.practice.registry.invoke('assets.create', {
    clientId,
    asset: { name: 'ThinkPad E16', category: 'laptop', quantity: 3, unitCostCents: 140_000, purchaseDate: bought },
  });
  const register = await harness.practice.registry.invoke('assets.create', {
    clientId,
    // Imported without a price: the budget costs it at the workstation default, and the dialog says so.
    asset: { name: 'Register PC', category: 'workstation', quantity: 2, unitCostCents: 0, purchaseDate: `${addMonths(due, -48)}-20` },
  });
  if (!laptops.ok || !register.ok) throw new Error('assets not created');
  const assetIds = [laptops.value.asset.id];
  const forecast = async () => {
    const result = await harness.practice.registry.invoke('budget.forecast', { clientId });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const before = await forecast();
  const replaced = before.events.filter((event) => event.kind === 'replacement' && assetIds.includes(event.sourceId) && event.month === due);
  expect(replaced).toHaveLength(1);

  await app.goto(`${harness.url}#/clients/${clientId}/roadmap`);
  await app.getByRole('button', { name: 'From asset replacements' }).click();
  const dialog = app.getByRole('dialog', { name: 'Initiatives from asset replacements' });
  const quarter = fiscalQuarterOfMonth(due, 1);
  await dialog.getByRole('checkbox', { name: `Laptop, ${quarterLabel(quarter)}` }).check();
  await expect(dialog.getByRole('checkbox', { name: 'ThinkPad E16 (×3)' })).toBeChecked();
  await expect(dialog.getByRole('row', { name: /Register PC/ })).toContainText('Estimated');
  await expect(dialog.getByRole('row', { name: /ThinkPad E16/ })).not.toContainText('Estimated');
  expect(await seriousAxeViolations(app)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create 1 initiative' }).click();
  await expect(dialog).toBeHidden();

  const card = column(app, quarter).getByTestId('roadmap-card').filter({ hasText: 'Replace 3 laptops' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Replaces 1 asset');
  await expect(card).toContainText(money(replaced[0]!.priceCents));

  // Counted once: the laptops' own replacement that the initiative pays for is gone from the budget,
  // the initiative carries the same cost, and the total moves by at most a cent of rounding.
  const after = await forecast();
  const initiative = (await dataFile(harness)).data.initiatives.find((item) => item.why.assetIds.includes(assetIds[0]!))!;
  expect(after.events.filter((event) => assetIds.includes(event.sourceId) && event.month === due)).toEqual([]);
  const oneTime = after.events.filter((event) => event.sourceId === initiative.id && event.kind === 'oneTime');
  expect(oneTime.map((event) => event.costCents)).toEqual([replaced[0]!.costCents]);
  expect(Math.abs(after.totals.priceCents - before.totals.priceCents)).toBeLessThanOrEqual(1);
  expect(after.totals.costCents).toBe(before.totals.costCents);
});
