import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { excelBuffer } from '../../src-main/export/xlsx/xlsx-cells';
import type { Harness } from '../harness/harness';
import { dataFile, expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';

/**
 * The meeting, action item, playbook and dashboard screens: readable at small sizes, accessible in
 * both themes. Axe looks at the screen's own content (the shell around it is checked with the shell).
 */

async function loadSample(app: Page, harness: Harness) {
  const loaded = await harness.practice.registry.invoke('sample.load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  await app.reload();
}

async function screens(harness: Harness): Promise<Array<[string, string]>> {
  const clients = await harness.practice.registry.invoke('clients.list', {});
  if (!clients.ok) throw new Error(clients.error.message);
  const client = clients.value.clients.find((entry) => entry.name.startsWith('Northgate'))!;
  const meetings = await harness.practice.registry.invoke('meetings.list', { clientId: client.id });
  if (!meetings.ok) throw new Error(meetings.error.message);
  const held = meetings.value.meetings.filter((meeting) => meeting.status === 'held').at(-1)!;
  return [
    ['dashboard', '#/'],
    ['meetings', '#/meetings'],
    ['action items', '#/actions'],
    ['playbook', '#/playbook'],
    ['client meetings', `#/clients/${client.id}/meetings`],
    ['meeting', `#/clients/${client.id}/meetings/${held.id}`],
    ['agenda templates', '#/settings/agendas'],
  ];
}

for (const theme of ['light', 'dark'] as const) {
  test(`the meeting screens have no serious accessibility problem and no sideways scrolling at 1024×768 (${theme})`, async ({ app, harness }) => {
    test.setTimeout(180_000);
    await loadSample(app, harness);
    await harness.practice.registry.invoke('settings.update', { changes: { appearance: theme } });
    await app.setViewportSize({ width: 1024, height: 768 });
    for (const [name, hash] of await screens(harness)) {
      await app.goto(`${harness.url}${hash}`);
      await expect(app.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await expect(app.locator('.mantine-Loader-root')).toHaveCount(0);
      expect(await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page: app }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`), name).toEqual([]);
    }
  });
}

test('the practice calendar and the action items filters', async ({ app, harness }) => {
  await loadSample(app, harness);
  await app.goto(`${harness.url}#/meetings`);
  await expect(app.getByTestId('meeting-row').first()).toBeVisible();
  await app.getByText('Calendar', { exact: true }).click();
  await expect(app.getByTestId('calendar-day').first()).toBeVisible();
  const month = await app.getByTestId('calendar-month').textContent();
  await app.getByRole('button', { name: 'Next month' }).click();
  await expect(app.getByTestId('calendar-month')).not.toHaveText(month!);
  // A meeting in the calendar opens its page.
  await app.getByRole('button', { name: /Strategy meeting with/ }).first().click();
  await expect(app.getByText(/All of .*’s meetings/)).toBeVisible();

  await app.goto(`${harness.url}#/actions`);
  // Count once the list has drawn (count() does not wait).
  await expect(app.getByTestId('action-item-row').first()).toBeVisible();
  const all = await app.getByTestId('action-item-row').count();
  expect(all).toBeGreaterThan(3);
  await app.getByRole('textbox', { name: 'Due' }).or(app.getByRole('combobox', { name: 'Due' })).click();
  await app.getByRole('option', { name: 'Overdue' }).click();
  const overdue = app.getByTestId('action-item-row');
  await expect(overdue.first()).toHaveAttribute('data-overdue', 'true');
  expect(await overdue.count()).toBeLessThanOrEqual(all);
  for (const row of await overdue.all()) await expect(row).toHaveAttribute('data-overdue', 'true');
  await app.getByRole('combobox', { name: 'Client' }).click();
  await app.getByRole('option', { name: 'Northgate Precision Machining' }).click();
  for (const row of await app.getByTestId('action-item-row').all()) await expect(row).toContainText('Northgate Precision Machining');
});

test('the playbook’s objectives are edited, kept, and exported with the workbook', async ({ app, harness }) => {
  await loadSample(app, harness);
  await app.goto(`${harness.url}#/playbook`);
  const objectives = app.getByTestId('playbook-objectives');
  await expect(objectives).toContainText('8 active clients');
  await app.getByRole('button', { name: /Edit the objectives/ }).click();
  await app.getByLabel('Objective: Escalated issues').fill('24');
  await app.getByRole('button', { name: 'Save objectives' }).click();
  await expect(objectives).toContainText('24');
  await expect(objectives).toContainText('yours');
  await app.reload();
  await expect(app.getByTestId('playbook-objectives')).toContainText('24');
  await app.getByRole('button', { name: 'Export to Excel' }).click();
  await expect(app.getByText('The playbook workbook is saved')).toBeVisible();
  const file = harness.record.saved.find((saved) => saved.endsWith('.xlsx'))!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(excelBuffer(new Uint8Array(await readFile(file))));
  expect(workbook.getWorksheet('Annual summary')!.getCell('C5').value).toBe(24);
});

test('the command palette plans the year and logs a touch for the open client', async ({ app, harness }) => {
  await loadSample(app, harness);
  const clients = await harness.practice.registry.invoke('clients.list', {});
  if (!clients.ok) throw new Error(clients.error.message);
  const client = clients.value.clients.find((entry) => entry.name.startsWith('Kessler'))!;
  const emails = async () => (await dataFile(harness)).data.touches.filter((entry) => entry.clientId === client.id && entry.channel === 'email').length;
  const before = await emails();
  await app.goto(`${harness.url}#/clients/${client.id}/budget`);
  await expect(app.getByRole('heading', { name: /Kessler & Obi LLP/ })).toBeVisible();
  const palette = app.getByPlaceholder('Action, client name, screen or section…');
  const run = async (words: string) => {
    await app.keyboard.press('Control+K');
    await expect(palette).toBeFocused();
    await palette.fill(words);
    await app.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  };
  await run('plan the year');
  await expect(app.getByRole('dialog', { name: 'Plan the year with Kessler & Obi LLP' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Kessler & Obi LLP: Meetings' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'Plan the year with Kessler & Obi LLP' })).toBeHidden();
  await run('log a touch');
  const touch = app.getByRole('dialog', { name: 'Log a touch with Kessler & Obi LLP' });
  await expect(touch).toBeVisible();
  await touch.getByText('Email', { exact: true }).click();
  await touch.getByRole('button', { name: 'Log the touch' }).click();
  await expect(app.getByText('Touch logged.')).toBeVisible();
  expect(await emails()).toBe(before + 1);
});
