import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { CANVASS_BLOCK_LABELS, CANVASS_BLOCKS, type CanvassBlock } from '../../src-main/domain/canvass';
import type { Harness } from '../harness/harness';
import { dataFile, expect, test } from './fixtures';

/** The business canvass in Chromium against the real handlers: the canvas, snapshots, goals and the PDF. */

const FIRST_NOTES: Record<CanvassBlock, string[]> = {
  keyPartners: ['Dentrix support desk', 'Dental supply wholesaler'],
  keyActivities: ['Cleanings and check-ups', 'Crown and implant work'],
  keyResources: ['Two dentists and three hygienists', 'X-ray imaging archive'],
  valuePropositions: ['Evening and Saturday appointments', 'Same-week emergency visits'],
  customerRelationships: ['Recall reminders by text message'],
  channels: ['Online booking', 'Referrals from patients'],
  customerSegments: ['Families in the harbour district', 'Dental plan members'],
  costStructure: ['Salaries', 'Lab fees for crowns'],
  revenueStreams: ['Insurance claims', 'Private payments'],
};

async function newClient(harness: Harness, name: string): Promise<string> {
  const created = await harness.practice.registry.invoke('clients.create', { client: { name, privateNotes: 'The owner wants to sell in 2029.' } });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.client.id;
}

function block(app: Page, key: CanvassBlock) {
  return app.getByTestId(`block-${key}`);
}

async function addNotes(app: Page, key: CanvassBlock, notes: string[]) {
  const field = app.getByRole('textbox', { name: `New note in ${CANVASS_BLOCK_LABELS[key]}` });
  await field.click();
  for (const note of notes) {
    await field.fill(note);
    await field.press('Enter');
    await expect(field).toHaveValue('');
  }
}

async function storedNotes(harness: Harness, clientId: string, key: CanvassBlock): Promise<string[]> {
  const canvass = (await dataFile(harness)).data.canvasses.find((item) => item.clientId === clientId);
  return canvass ? canvass.blocks[key].map((note) => note.text) : [];
}

test('fill a canvass for a new client, snapshot it, change two blocks, see the differences and export the PDF', async ({ app, harness }) => {
  // A long journey (seventeen notes typed one by one, a snapshot, edits, an export) on a shared machine.
  test.setTimeout(180_000);
  const clientId = await newClient(harness, 'Harbour Light Dental');
  await app.goto(`${harness.url}#/clients/${clientId}/canvass`);
  await expect(app.getByRole('heading', { name: 'Harbour Light Dental: Business canvass' })).toBeVisible();
  await expect(app.getByText(/type a note in a block and press Enter/)).toBeVisible();

  for (const key of CANVASS_BLOCKS) await addNotes(app, key, FIRST_NOTES[key]);
  for (const key of CANVASS_BLOCKS) await expect(block(app, key).getByTestId('canvass-note')).toHaveText(FIRST_NOTES[key]);
  await expect.poll(() => storedNotes(harness, clientId, 'revenueStreams')).toEqual(FIRST_NOTES.revenueStreams);
  expect(await storedNotes(harness, clientId, 'customerSegments')).toEqual(FIRST_NOTES.customerSegments);

  // Reorder by keyboard: Alt+Down moves the focused note one place down, and the focus stays on it.
  const firstPartner = block(app, 'keyPartners').getByRole('button', { name: 'Dentrix support desk', exact: true });
  await firstPartner.focus();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(block(app, 'keyPartners').getByTestId('canvass-note')).toHaveText(['Dental supply wholesaler', 'Dentrix support desk']);
  await expect(block(app, 'keyPartners').getByRole('button', { name: 'Dentrix support desk', exact: true })).toBeFocused();
  await expect.poll(() => storedNotes(harness, clientId, 'keyPartners')).toEqual(['Dental supply wholesaler', 'Dentrix support desk']);

  await app.getByRole('button', { name: 'Take snapshot' }).click();
  const dialog = app.getByRole('dialog', { name: 'Take a snapshot' });
  await expect(dialog.getByLabel('Label (optional)')).toBeFocused();
  await dialog.getByLabel('Label (optional)').fill('First discovery');
  await dialog.getByLabel('Label (optional)').press('Enter');
  await expect(dialog).toBeHidden();
  expect((await dataFile(harness)).data.canvassSnapshots).toHaveLength(1);

  // Two blocks change: a segment is reworded, a revenue stream is added; a partner is removed.
  await block(app, 'customerSegments').getByRole('button', { name: 'Dental plan members', exact: true }).click();
  const editor = block(app, 'customerSegments').getByRole('textbox', { name: 'Edit note in Customer segments' });
  await expect(editor).toBeFocused();
  await editor.fill('Dental plan members from the two big employers');
  await editor.press('Enter');
  await addNotes(app, 'revenueStreams', ['Whitening packages']);
  await block(app, 'keyPartners').getByRole('button', { name: 'Dentrix support desk', exact: true }).focus();
  await app.keyboard.press('Delete');
  await expect(block(app, 'keyPartners').getByTestId('canvass-note')).toHaveText(['Dental supply wholesaler']);
  await expect.poll(() => storedNotes(harness, clientId, 'keyPartners')).toEqual(['Dental supply wholesaler']);

  await app.getByRole('tab', { name: 'Snapshots and changes' }).click();
  const changes = app.getByTestId('canvass-changes');
  await expect(changes).toContainText('3 changes since First discovery');
  await expect(changes.getByTestId('changes-customerSegments')).toContainText('Changed');
  await expect(changes.getByTestId('changes-customerSegments')).toContainText('Dental plan members from the two big employers');
  await expect(changes.getByTestId('changes-revenueStreams').getByTestId('canvass-change')).toHaveText(/Added\s*Whitening packages/);
  await expect(changes.getByTestId('changes-keyPartners').getByTestId('canvass-change')).toHaveText(/Removed\s*Dentrix support desk/);
  await expect(changes.getByTestId('changes-channels')).toHaveCount(0);

  // The older snapshot, read only.
  await app.getByRole('button', { name: /^View snapshot First discovery/ }).click();
  const viewer = app.getByRole('dialog', { name: /Snapshot: First discovery/ });
  await expect(viewer.getByTestId('block-keyPartners').getByTestId('canvass-note')).toHaveText(['Dental supply wholesaler', 'Dentrix support desk']);
  await expect(viewer.getByRole('textbox')).toHaveCount(0);
  await app.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  await app.getByRole('button', { name: 'Canvass PDF' }).click();
  const exportDialog = app.getByRole('dialog', { name: 'Export the business canvass' });
  await expect(exportDialog.getByLabel(/Include the sensitive context/)).not.toBeChecked();
  await exportDialog.getByRole('button', { name: 'Save PDF…' }).click();
  await expect.poll(() => harness.record.saved.length).toBe(1);
  const pdf = harness.record.saved[0]!;
  expect(pdf).toMatch(/Harbour Light Dental - Business canvass - \d{4}-\d{2}-\d{2}\.pdf$/);
  // Compared without spaces and hyphens: notes wrap wherever their box ends, and pdftotext joins a word hyphenated at a line end.
  const bare = (text: string) => text.replace(/[\s-]+/g, '');
  const firstPage = bare(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString());
  for (const key of CANVASS_BLOCKS) expect(firstPage).toContain(bare(CANVASS_BLOCK_LABELS[key].toUpperCase()));
  const now = (await dataFile(harness)).data.canvasses[0]!;
  for (const key of CANVASS_BLOCKS) for (const note of now.blocks[key]) expect(firstPage).toContain(bare(note.text));
  expect(firstPage).not.toContain(bare('Dentrix support desk'));
  const whole = execFileSync('pdftotext', [pdf, '-']).toString();
  expect(whole).not.toContain('sell in 2029');
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+792 x 612 pts/);
});

test('notes move between blocks by drag and drop and by keyboard, and a removal can be undone', async ({ app, harness }) => {
  test.setTimeout(120_000);
  const clientId = await newClient(harness, 'Old Mill Bakery');
  await app.goto(`${harness.url}#/clients/${clientId}/canvass`);
  await addNotes(app, 'keyResources', ['Stone oven', 'Head baker']);
  await addNotes(app, 'keyPartners', ['Flour mill']);

  const oven = block(app, 'keyResources').getByRole('button', { name: /^Move note “Stone oven”/ });
  const target = block(app, 'keyPartners').getByTestId('canvass-note').first();
  await oven.hover();
  await app.mouse.down();
  const box = (await target.boundingBox())!;
  await app.mouse.move(box.x + box.width / 2, box.y + 4, { steps: 12 });
  await app.mouse.move(box.x + box.width / 2, box.y + 2, { steps: 4 });
  await app.mouse.up();
  await expect(block(app, 'keyPartners').getByTestId('canvass-note')).toHaveText(['Stone oven', 'Flour mill']);
  await expect.poll(() => storedNotes(harness, clientId, 'keyResources')).toEqual(['Head baker']);

  // Alt+Right sends a note to the end of the next block.
  await block(app, 'keyPartners').getByRole('button', { name: 'Flour mill', exact: true }).focus();
  await app.keyboard.press('Alt+ArrowRight');
  await expect(block(app, 'keyActivities').getByTestId('canvass-note')).toHaveText(['Flour mill']);
  await expect(block(app, 'keyActivities').getByRole('button', { name: 'Flour mill', exact: true })).toBeFocused();

  await block(app, 'keyResources').getByRole('button', { name: 'Remove note “Head baker”' }).click();
  await expect(block(app, 'keyResources').getByTestId('canvass-note')).toHaveCount(0);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(block(app, 'keyResources').getByTestId('canvass-note')).toHaveText(['Head baker']);
  await expect.poll(() => storedNotes(harness, clientId, 'keyResources')).toEqual(['Head baker']);

  // Dragging by keyboard: Space picks the note up by its handle, an arrow moves it, Space drops it.
  await addNotes(app, 'channels', ['Walk-ins', 'Website', 'Farmers market']);
  const walkIns = block(app, 'channels').getByRole('button', { name: 'Move note “Walk-ins”', exact: true });
  await walkIns.focus();
  await app.keyboard.press('Space');
  // The drag starts listening for arrows a moment after the pick-up; an arrow pressed before is lost.
  await expect(walkIns).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(block(app, 'channels').getByTestId('canvass-note')).toHaveText(['Website', 'Walk-ins', 'Farmers market']);
  await expect.poll(() => storedNotes(harness, clientId, 'channels')).toEqual(['Website', 'Walk-ins', 'Farmers market']);

  // Escape leaves an edit without saving it.
  await block(app, 'keyResources').getByRole('button', { name: 'Head baker', exact: true }).click();
  await block(app, 'keyResources').getByRole('textbox', { name: 'Edit note in Key resources' }).fill('Nobody');
  await app.keyboard.press('Escape');
  await expect(block(app, 'keyResources').getByTestId('canvass-note')).toHaveText(['Head baker']);
  expect(await storedNotes(harness, clientId, 'keyResources')).toEqual(['Head baker']);
});

test('discovery answers save as the consultant types, keep their place, and refuse an answer that is too long next to it', async ({ app, harness }) => {
  const clientId = await newClient(harness, 'Cedar Law');
  await app.goto(`${harness.url}#/clients/${clientId}/canvass`);
  await app.getByRole('tab', { name: 'Discovery questions' }).click();
  const customers = app.getByRole('textbox', { name: 'Answer: Customers and why they buy' });
  await expect(app.getByTestId('discovery-customers')).toContainText('Who buys from you');
  await customers.fill('Families planning their estates; referrals from accountants.');
  await app.getByRole('radiogroup', { name: 'The business is' }).getByText('Growing').click();
  await expect(app.getByTestId('discovery-save-state')).toHaveText('All answers saved');
  const stored = async () => (await dataFile(harness)).data.canvasses.find((item) => item.clientId === clientId);
  await expect.poll(async () => (await stored())?.discovery.customers).toBe('Families planning their estates; referrals from accountants.');
  expect((await stored())?.trajectory).toBe('growing');

  const risks = app.getByRole('textbox', { name: 'Answer: Risks and obstacles' });
  await risks.fill('x'.repeat(10_001));
  await app.keyboard.press('Control+S');
  await expect(app.getByTestId('discovery-risksAndObstacles')).toContainText('Answer can be at most 10000 characters');
  await expect(risks).toHaveValue('x'.repeat(10_001));
  expect((await stored())?.discovery.risksAndObstacles).toBe('');

  await app.getByRole('tab', { name: 'Canvas' }).click();
  await app.getByRole('tab', { name: 'Discovery questions' }).click();
  await expect(customers).toHaveValue('Families planning their estates; referrals from accountants.');
});

test('goals are kept with the canvass and chosen in the initiative editor', async ({ app, harness }) => {
  const clientId = await newClient(harness, 'Ridgeline Builders');
  await harness.practice.registry.invoke('initiatives.create', { clientId, initiative: { title: 'Managed 5G routers for the site trailers' } });
  await app.goto(`${harness.url}#/clients/${clientId}/canvass`);
  await app.getByRole('tab', { name: 'Goals' }).click();
  await expect(app.getByText('No business goals yet')).toBeVisible();
  await app.getByRole('button', { name: 'New goal' }).click();
  const editor = app.getByRole('dialog', { name: 'New business goal' });
  await expect(editor.getByRole('textbox', { name: 'Goal' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Goal' }).fill('Run six sites at once');
  await editor.getByLabel('Measure of success').fill('Six trailers online by spring');
  await app.keyboard.press('Control+S');
  await expect(editor).toBeHidden();
  await expect(app.getByTestId('goal-row')).toContainText('Run six sites at once');
  await expect(app.getByTestId('goal-row')).toContainText('Within 3 years');
  // The status reads in full: a badge is never cut to "Op…".
  const badge = app.getByTestId('goal-row').getByText('Open', { exact: true });
  expect(await badge.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);

  await app.goto(`${harness.url}#/clients/${clientId}/initiatives`);
  await app.getByTestId('initiative-row').click();
  const drawer = app.getByRole('dialog', { name: 'Edit initiative' });
  await drawer.getByRole('combobox', { name: 'Goals it serves' }).click();
  await app.getByRole('option', { name: 'Run six sites at once' }).click();
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  await expect(drawer).toBeHidden();
  const goalId = (await dataFile(harness)).data.goals[0]!.id;
  expect((await dataFile(harness)).data.initiatives[0]!.why.goalIds).toEqual([goalId]);

  await app.goto(`${harness.url}#/clients/${clientId}/canvass`);
  await app.getByRole('tab', { name: 'Goals' }).click();
  await expect(app.getByTestId('goal-row')).toContainText('Managed 5G routers for the site trailers');

  // Closing with unsaved changes asks first.
  await app.getByRole('button', { name: 'Run six sites at once' }).click();
  await app.getByRole('dialog', { name: 'Edit goal' }).getByRole('textbox', { name: 'Goal' }).fill('Run eight sites');
  await app.keyboard.press('Escape');
  await app.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(app.getByTestId('goal-row')).toContainText('Run six sites at once');
});

const LONG_NOTE = `${'A very long note about the client’s plans for the coming years, written in one go. '.repeat(130).slice(0, 9_999)}.`;
const UNICODE_NOTES = ['Café crème brûlée — Zürich', '東京の顧客サービス', 'שירות לקוחות בעברית', 'خدمة العملاء', 'Emoji 🚀🦷 support', 'x'.repeat(300)];

async function loadLongTextFixture(harness: Harness, clientId: string) {
  const add = (key: CanvassBlock, text: string, id: string) => harness.practice.registry.invoke('canvass.addNote', { clientId, block: key, note: { id, text } });
  for (let index = 0; index < 200; index += 1) await add('keyPartners', `Partner number ${index + 1}`, `p${index}`);
  await add('valuePropositions', LONG_NOTE, 'long');
  for (const [index, text] of UNICODE_NOTES.entries()) await add('customerSegments', text, `u${index}`);
}

test('the long-text fixture stays inside the canvas at 1024 × 768 and in the PDF', async ({ app, harness }) => {
  test.setTimeout(180_000);
  const clientId = await newClient(harness, 'Tidewater Outfitters');
  await loadLongTextFixture(harness, clientId);
  await app.setViewportSize({ width: 1024, height: 768 });
  await app.goto(`${harness.url}#/clients/${clientId}/canvass`);
  // Two hundred notes take a moment to draw on a busy machine: wait for them rather than fail.
  await expect(block(app, 'keyPartners').getByTestId('canvass-note')).toHaveCount(200, { timeout: 30_000 });
  await expect(block(app, 'customerSegments')).toContainText('東京の顧客サービス');
  await expect(block(app, 'valuePropositions')).toContainText('Show all 10,000 characters');
  const sideways = () => app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  for (const key of CANVASS_BLOCKS) {
    const overflow = await block(app, key).evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, key).toBeLessThanOrEqual(0);
  }
  await block(app, 'valuePropositions').getByText('Show all 10,000 characters').click();
  expect(await sideways()).toBeLessThanOrEqual(0);
  for (const tab of ['Discovery questions', 'Goals', 'Snapshots and changes']) {
    await app.getByRole('tab', { name: tab }).click();
    expect(await sideways(), tab).toBeLessThanOrEqual(0);
  }

  await app.getByRole('tab', { name: 'Canvas' }).click();
  await app.getByRole('button', { name: 'Canvass PDF' }).click();
  await app.getByRole('dialog', { name: 'Export the business canvass' }).getByRole('button', { name: 'Save PDF…' }).click();
  await expect.poll(() => harness.record.saved.length, { timeout: 60_000 }).toBe(1);
  const text = execFileSync('pdftotext', [harness.record.saved[0]!, '-']).toString();
  expect(text).toContain('Key partners (continued)');
  expect(text).toContain('Partner number 200');
  expect(text).toContain('Café crème brûlée');
});

test('the canvass screens are accessible in the light and dark themes', async ({ app, harness }) => {
  test.setTimeout(180_000);
  const clientId = await newClient(harness, 'Pemberton Hale CPAs');
  for (const [index, text] of [...UNICODE_NOTES, LONG_NOTE].entries()) {
    await harness.practice.registry.invoke('canvass.addNote', { clientId, block: CANVASS_BLOCKS[index % CANVASS_BLOCKS.length]!, note: { id: `n${index}`, text } });
  }
  await harness.practice.registry.invoke('canvass.updateDiscovery', { clientId, answers: { customers: 'Small businesses needing payroll' }, trajectory: 'stable' });
  await harness.practice.registry.invoke('goals.create', { clientId, goal: { title: 'Pass the SOC 2 audit', measureOfSuccess: 'A clean report by June' } });
  await harness.practice.registry.invoke('canvass.snapshot', { clientId, label: 'Last year' });
  await harness.practice.registry.invoke('canvass.addNote', { clientId, block: 'channels', note: { id: 'new1', text: 'Client portal' } });
  await app.goto(`${harness.url}#/clients/${clientId}/canvass`);
  for (const scheme of ['light', 'dark']) {
    if (scheme === 'dark') await app.getByRole('button', { name: 'Switch theme' }).click();
    await expect(app.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    for (const tab of ['Canvas', 'Discovery questions', 'Goals', 'Snapshots and changes']) {
      await app.getByRole('tab', { name: tab }).click();
      await expect(app.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      // The canvass page itself; the app's frame around it is checked by the shell's own tests.
      const results = await new AxeBuilder({ page: app }).include('[data-testid="canvass-page"]').analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(describe(serious), `${scheme} ${tab}`).toEqual([]);
    }
    const dialogs: Array<[open: () => Promise<void>, name: string | RegExp]> = [
      [() => app.getByRole('button', { name: 'Take snapshot' }).click(), 'Take a snapshot'],
      [() => app.getByRole('button', { name: 'Canvass PDF' }).click(), 'Export the business canvass'],
      [() => app.getByRole('button', { name: /^View snapshot/ }).click(), /^Snapshot: Last year/],
      [
        async () => {
          await app.getByRole('tab', { name: 'Goals' }).click();
          await app.getByRole('button', { name: 'Pass the SOC 2 audit' }).click();
        },
        'Edit goal',
      ],
    ];
    for (const [open, name] of dialogs) {
      await open();
      const dialog = app.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      const results = await new AxeBuilder({ page: app }).include('[role="dialog"]').analyze();
      expect(describe(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')), `${scheme} ${String(name)}`).toEqual([]);
      await app.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await app.getByRole('tab', { name: 'Snapshots and changes' }).click();
    }
  }
});

function describe(violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>): string[] {
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
