import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { dataFile, expect as baseExpect, test } from './fixtures';

// Long journeys on a shared machine: give each step more time than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 160)).join(' | ')}`);
}

test('browse, search and filter the default library, edit a standard with the lint speaking, change many at once, export it', async ({ app, harness }) => {
  test.setTimeout(180_000);
  const standards = (await dataFile(harness)).data.standards;
  expect(standards.length).toBeGreaterThanOrEqual(120);
  await app.goto(`${harness.url}#/standards`);
  const count = app.getByTestId('standards-count');
  await expect(count).toHaveText(`${standards.length} standards of ${standards.length}`);

  await app.getByRole('navigation', { name: 'Categories' }).getByText('Backup', { exact: true }).click();
  const backups = standards.filter((item) => item.category === 'Backup');
  await expect(count).toHaveText(`${backups.length} standards of ${standards.length}`);
  await app.getByRole('navigation', { name: 'Categories' }).getByText('All categories').click();

  await app.getByTestId('standards-search').fill('DMARC');
  await expect(app.getByTestId('standard-row').first()).toContainText('DMARC');
  const dmarc = standards.filter((item) => `${item.name} ${item.question} ${item.whyWeAsk} ${item.howToFind}`.toLowerCase().includes('dmarc'));
  await expect(count).toHaveText(`${dmarc.length} standards of ${standards.length}`);
  await app.getByTestId('standards-search').fill('');
  await app.getByRole('combobox', { name: 'Filter by type' }).click();
  await app.getByRole('option', { name: 'Compliance' }).click();
  await expect(count).toHaveText(`${standards.filter((item) => item.type === 'compliance').length} standards of ${standards.length}`);
  await app.getByRole('combobox', { name: 'Filter by type' }).click();
  await app.getByRole('option', { name: 'Compliance' }).click();
  await expect(count).toHaveText(`${standards.length} standards of ${standards.length}`);
  expect(await seriousViolations(app)).toEqual([]);

  // A new standard: the lint speaks while the question is typed, the save is Ctrl+S.
  await app.getByRole('button', { name: 'New standard' }).click();
  const editor = app.getByTestId('standard-editor');
  await expect(editor.getByRole('combobox', { name: 'Category' })).toBeFocused();
  await editor.getByRole('combobox', { name: 'Category' }).fill('Identity');
  await editor.getByRole('textbox', { name: 'Name' }).fill('Vault recovery kit stored');
  const question = editor.getByRole('textbox', { name: 'Question' });
  await question.fill('How often is the vault recovery kit checked');
  await expect(editor.getByTestId('question-lint')).toContainText('Starts with "how often"');
  await expect(editor.getByTestId('question-lint')).toContainText('question mark');
  await question.fill('Is the vault recovery kit stored in the office safe?');
  await expect(editor.getByTestId('question-lint')).toHaveCount(0);
  await editor.getByRole('textbox', { name: 'Why we ask' }).fill('Without it, a lost master password locks everyone out of every system.');
  await question.press('Control+s');
  await expect(editor).toHaveCount(0);
  await expect.poll(async () => (await dataFile(harness)).data.standards.find((item) => item.name === 'Vault recovery kit stored')?.origin).toBe('custom');

  // Edit it, duplicate it, retire the copy.
  await app.getByTestId('standards-search').fill('vault recovery kit');
  await app.getByTestId('standard-row').getByText('Vault recovery kit stored', { exact: true }).click();
  await app.getByTestId('standard-editor').getByRole('textbox', { name: 'Name' }).fill('Vault recovery kit kept safe');
  await app.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByTestId('standard-row')).toContainText('Vault recovery kit kept safe');
  await app.getByRole('button', { name: 'Actions for Vault recovery kit kept safe' }).click();
  await app.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(app.getByTestId('standard-row')).toHaveCount(2);
  await app.getByRole('button', { name: 'Actions for Vault recovery kit kept safe (copy)' }).click();
  await app.getByRole('menuitem', { name: 'Retire' }).click();
  await expect(app.getByTestId('standard-row')).toHaveCount(1);
  await app.getByRole('radiogroup', { name: 'Filter by status' }).getByText('Retired').click();
  await expect(app.getByTestId('standard-row')).toContainText('Vault recovery kit kept safe (copy)');
  await app.getByRole('radiogroup', { name: 'Filter by status' }).getByText('Active').click();

  // Leaving the editor with unsaved edits asks first.
  await app.getByTestId('standard-row').getByText('Vault recovery kit kept safe', { exact: true }).click();
  await app.getByTestId('standard-editor').getByRole('textbox', { name: 'Name' }).fill('Something else');
  await app.getByTestId('standard-editor').getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('dialog', { name: 'Discard your changes?' })).toBeVisible();
  await app.getByRole('button', { name: 'Discard changes' }).click();
  await expect(app.getByTestId('standard-editor')).toHaveCount(0);

  // Bulk: the firewall standards move to a new category, at high priority.
  await app.getByTestId('standards-search').fill('');
  await app.getByRole('navigation', { name: 'Categories' }).getByText('Firewalls', { exact: true }).click();
  const firewalls = standards.filter((item) => item.category === 'Firewalls' && item.active);
  await app.getByRole('checkbox', { name: `Select the ${firewalls.length} standards shown` }).check();
  const bulk = app.getByTestId('bulk-bar');
  await expect(bulk).toContainText(`${firewalls.length} standards selected`);
  await bulk.getByRole('combobox', { name: 'Set the priority of the selection' }).click();
  await app.getByRole('option', { name: 'High' }).click();
  await expect(bulk).toHaveCount(0);
  await app.getByRole('checkbox', { name: `Select the ${firewalls.length} standards shown` }).check();
  await bulk.getByRole('combobox', { name: 'Move the selection to category' }).fill('Perimeter security');
  await bulk.getByRole('button', { name: 'Move' }).click();
  await expect(app.getByRole('navigation', { name: 'Categories' }).getByText('Perimeter security')).toBeVisible();
  await expect
    .poll(async () => (await dataFile(harness)).data.standards.filter((item) => item.category === 'Perimeter security').map((item) => item.priority))
    .toEqual(firewalls.map(() => 'high'));

  // Notifications of the changes above are not part of this screen: wait for them to go before checking the dark theme.
  await expect(app.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 20_000 });
  await app.getByRole('button', { name: 'Switch theme' }).click();
  await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(await seriousViolations(app)).toEqual([]);

  // Export: one row a standard under a frozen header, every value text.
  await app.getByRole('button', { name: 'Export to Excel' }).click();
  await expect.poll(() => harness.record.saved.length).toBe(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(harness.record.saved[0]!);
  const sheet = workbook.getWorksheet('Standards')!;
  expect(sheet.getRow(1).getCell(4).value).toBe('Question');
  expect(sheet.actualRowCount).toBe(standards.length + 3);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

});
