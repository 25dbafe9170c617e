import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { Harness } from '../harness/harness';
import { formatMoney } from '../../src-main/domain/format';
import { addQuarters, fiscalQuarterOfMonth, monthOfLocalDate, quarterLabel } from '../../src-main/domain/months';
import { priceProposal } from '../../src-main/domain/proposal-pricing';
import { dataFile, expect, test } from './fixtures';

const MONEY = { currency: 'USD', locale: 'en-US' };
const money = (cents: number) => formatMoney(cents, MONEY);

async function invoke<T>(harness: Harness, channel: string, input: unknown): Promise<T> {
  const result = await harness.practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function pick(app: Page, label: string, option: RegExp | string) {
  await app.getByRole('combobox', { name: label, exact: true }).click();
  await app.getByRole('option', { name: option }).first().click();
}

test('a proposal from an initiative: catalogue builds and labour, totals and margin, the client PDF, then accepted into the roadmap and the budget', async ({ app, harness }) => {
  const { client } = await invoke<{ client: { id: string } }>(harness, 'clients.create', {
    client: { name: 'Harbour Light Dental', fiscalYearStartMonth: 1, contacts: [{ name: 'Dr. Maya Chen', role: 'Owner', email: '', phone: '', decisionMaker: true }] },
  });
  const { initiative } = await invoke<{ initiative: { id: string } }>(harness, 'initiatives.create', { clientId: client.id, initiative: { title: 'Front desk refresh', description: 'New PCs and a supported firewall for the front desk.' } });

  await app.goto(`${harness.url}#/clients/${client.id}/proposals`);
  await expect(app.getByText('No proposals yet')).toBeVisible();
  await app.getByRole('button', { name: 'New proposal' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'New proposal' });
  await pick(app, 'Initiative', 'Front desk refresh');
  await dialog.getByRole('button', { name: 'Create proposal' }).click();

  // Creating writes the practice to disk before the editor opens: give a busy disk its time.
  await expect(app.getByRole('heading', { name: 'Front desk refresh', level: 3 })).toBeVisible({ timeout: 30_000 });
  await expect(app.getByLabel('Summary')).toHaveValue('New PCs and a supported firewall for the front desk.');

  await pick(app, 'Add from your catalogue', /Office workstation \(standard build\)/);
  await pick(app, 'Add from your catalogue', /Next-generation firewall/);
  await pick(app, 'Add from your catalogue', /Microsoft 365 Business Premium/);
  await expect(app.getByTestId('line-item')).toHaveCount(3);
  await app.getByLabel('Quantity, line 1').fill('5');
  await app.getByLabel('Quantity, line 3').fill('5');
  await app.getByLabel('Project management').fill('2');
  await app.getByLabel('Implementation').fill('12.5');
  await app.getByRole('button', { name: 'Add step' }).click();
  await app.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Image the new PCs at our office');

  // 5 × $1,233.70 + $2,457.00 + 14.5 h × $150.00 one-time; 5 × $22.00 a month.
  await expect(app.getByTestId('total-one-time')).toHaveText('$10,800.50');
  await expect(app.getByTestId('total-monthly')).toHaveText('$110.00');
  await expect(app.getByTestId('total-first-year')).toHaveText('$12,120.50');
  await expect(app.getByTestId('labour-line')).toContainText('14.5 h × $150.00 = $2,175.00');
  const internal = app.getByTestId('internal-panel');
  await expect(internal.getByTestId('internal-one-time')).toContainText('$6,635.00');
  await expect(internal.getByTestId('internal-one-time')).toContainText('$1,990.50');
  await expect(internal.getByTestId('internal-one-time')).toContainText('23.08%');
  await expect(app.getByTestId('below-target')).toContainText('Microsoft 365 Business Premium licence');
  await expect(app.getByTestId('below-target')).toContainText('11.11% markup = 10% margin');
  await expect(app.locator('[data-below-target]')).toHaveCount(1);

  await app.keyboard.press('Control+s');
  await expect(app.getByText('Front desk refresh saved.')).toBeVisible();
  const stored = (await dataFile(harness)).data.proposals[0]!;
  expect(stored.lineItems.map((line) => [line.catalogueItemId, line.quantity])).toEqual([
    ['catalogue-workstation-standard', 5],
    ['catalogue-firewall', 1],
    ['catalogue-m365-business-premium', 5],
  ]);
  expect(stored.steps.map((step) => step.title)).toEqual(['Image the new PCs at our office']);
  const pricing = priceProposal(stored, (await dataFile(harness)).data.settings);
  expect(pricing.firstYearTotalCents).toBe(1_212_050);

  await app.getByRole('button', { name: 'Proposal PDF' }).click();
  await expect(app.locator('.mantine-Notification-root').filter({ hasText: 'The proposal PDF is saved' })).toBeVisible();
  const pdf = harness.record.saved.find((file) => file.endsWith('.pdf'))!;
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('$12,120.50');
  expect(text).toContain('$10,800.50');
  for (const internalFigure of ['949.00', '1,890.00', '19.80', '6,635.00', '1,990.50', '4,745.00', '11.11', '30%', '23.08', 'margin', 'markup']) {
    expect(text, internalFigure).not.toContain(internalFigure);
  }
  expect((text.match(/\$[\d,]+\.\d{3,}/g) ?? []).length).toBe(0);

  const nextQuarter = quarterLabel(addQuarters(fiscalQuarterOfMonth(monthOfLocalDate(new Date()), 1), 1));
  await app.getByRole('button', { name: 'Client accepted' }).click();
  const accept = app.getByRole('dialog', { name: 'The client accepted this proposal' });
  await expect(accept.getByLabel('Decided by')).toHaveValue('Dr. Maya Chen');
  await expect(accept.getByText('The initiative has no quarter yet')).toBeVisible();
  await pick(app, 'Start quarter', nextQuarter);
  await expect(accept.getByTestId('accept-effects')).toContainText('One-time cost $0.00 → $6,635.00');
  await expect(accept.getByTestId('accept-effects')).toContainText(`Status Proposed → Scheduled, starting ${nextQuarter}`);
  await accept.getByRole('button', { name: 'Accept proposal' }).click();
  await expect(app.getByTestId('decision-banner')).toContainText('Accepted');
  await expect(app.getByRole('button', { name: 'Client accepted' })).toHaveCount(0);

  const saved = await dataFile(harness);
  const updated = saved.data.initiatives.find((item) => item.id === initiative.id)!;
  expect(updated).toMatchObject({ status: 'scheduled', oneTimeCostCents: 663_500, recurringMonthlyCostCents: 9_900, labourHours: 14.5, clientDecision: { by: 'Dr. Maya Chen' } });
  expect(updated.history.map((entry) => entry.kind)).toEqual(['created', 'proposal', 'costs', 'moved', 'approved']);

  await app.getByRole('link', { name: 'Initiatives' }).first().click();
  const row = app.getByTestId('initiative-row').filter({ hasText: 'Front desk refresh' });
  await expect(row).toContainText('Scheduled');
  await expect(row).toContainText(nextQuarter);
  await expect(row).toContainText('$6,635.00');

  await app.getByRole('link', { name: 'Budget' }).first().click();
  const forecast = await invoke<{ totals: { priceCents: number }; events: Array<{ sourceId: string; kind: string; priceCents: number }> }>(harness, 'budget.forecast', { clientId: client.id });
  const fromProposal = forecast.events.filter((event) => event.sourceId === initiative.id);
  expect(fromProposal.find((event) => event.kind === 'oneTime')?.priceCents).toBe(862_550);
  expect(fromProposal.find((event) => event.kind === 'labour')?.priceCents).toBe(217_500);
  await expect(app.getByTestId('budget-total')).toContainText(money(forecast.totals.priceCents).replace(/\.\d\d$/, ''));
});

test('steps reorder with the keyboard, a decline records the reason, and leaving unsaved edits asks first', async ({ app, harness }) => {
  const { client } = await invoke<{ client: { id: string } }>(harness, 'clients.create', { client: { name: 'Cedar Law' } });
  const { initiative } = await invoke<{ initiative: { id: string } }>(harness, 'initiatives.create', { clientId: client.id, initiative: { title: 'Client portal', oneTimeCostCents: 120_000 } });
  const { proposal } = await invoke<{ proposal: { id: string } }>(harness, 'proposals.create', { clientId: client.id, from: { kind: 'initiative', initiativeId: initiative.id } });
  await invoke(harness, 'proposals.update', {
    id: proposal.id,
    changes: { steps: ['Plan', 'Build', 'Train'].map((title, index) => ({ id: `s${index}`, title, detail: '' })) },
  });
  await app.goto(`${harness.url}#/clients/${client.id}/proposals/${proposal.id}`);
  // The first screen of a fresh page waits for the whole app to load.
  await expect(app.getByRole('textbox', { name: 'Step 1', exact: true })).toHaveValue('Plan', { timeout: 30_000 });

  await app.getByRole('button', { name: 'Move step 1', exact: true }).focus();
  const announced = app.locator('[id^="DndLiveRegion"]');
  await app.keyboard.press('Space');
  await expect(announced).toHaveText('Step 1, Plan is over position 1 of 3.');
  await app.keyboard.press('ArrowDown');
  await expect(announced).toHaveText('Step 1, Plan is over position 2 of 3.');
  await app.keyboard.press('ArrowDown');
  await expect(announced).toHaveText('Step 1, Plan is over position 3 of 3.');
  await app.keyboard.press('Space');
  await expect(announced).toHaveText('Step 1, Plan dropped at position 3 of 3.');
  await expect(app.getByRole('textbox', { name: 'Step 1', exact: true })).toHaveValue('Build');
  await expect(app.getByRole('textbox', { name: 'Step 3', exact: true })).toHaveValue('Plan');

  await app.getByRole('link', { name: 'Budget' }).first().click();
  const leave = app.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('textbox', { name: 'Step 1', exact: true })).toHaveValue('Build');

  await app.getByRole('button', { name: 'Client declined' }).click();
  const decline = app.getByRole('dialog', { name: 'The client declined this proposal' });
  await decline.getByRole('button', { name: 'Record the decline' }).click();
  await expect(decline.getByText('Write down why')).toBeVisible();
  await decline.getByLabel('Reason').fill('Clients are happy with encrypted email for now.');
  await decline.getByRole('checkbox').uncheck();
  await decline.getByRole('button', { name: 'Record the decline' }).click();
  await expect(app.getByTestId('decision-banner')).toContainText('Declined');

  const { data } = await dataFile(harness);
  expect(data.proposals[0]!.steps.map((step) => step.title)).toEqual(['Build', 'Train', 'Plan']);
  expect(data.proposals[0]!).toMatchObject({ status: 'declined', decision: { note: 'Clients are happy with encrypted email for now.' } });
  const kept = data.initiatives.find((item) => item.id === initiative.id)!;
  expect(kept.status).toBe('proposed');
  expect(kept.history.at(-1)).toMatchObject({ kind: 'declined', note: 'Clients are happy with encrypted email for now.' });
});

test('the sample practice marks expired proposals, and a build added in settings is offered in proposals', async ({ app, harness }) => {
  await invoke(harness, 'sample.load', {});
  const { clients } = await invoke<{ clients: Array<{ id: string; name: string }> }>(harness, 'clients.list', {});
  const ridgeline = clients.find((item) => item.name === 'Ridgeline Builders Inc.')!;
  await app.goto(`${harness.url}#/clients/${ridgeline.id}/proposals`);
  const expiredRow = app.getByTestId('proposal-row').filter({ hasText: 'Managed 5G routers for the site trailers' });
  await expect(expiredRow.getByTestId('expired-badge')).toHaveText('Expired');
  await expect(expiredRow).toContainText(/Expired \d+ days ago/);
  await expect(app.getByTestId('proposal-row').filter({ hasText: 'Head-office switch upgrade' })).toContainText('Accepted on');

  await app.goto(`${harness.url}#/settings/catalogue`);
  await app.getByRole('button', { name: 'Add a build' }).click();
  const rows = app.getByTestId('catalogue-row');
  const last = await rows.count();
  await app.getByLabel(`Name, build ${last}`).fill('Label printer for the site office');
  await app.getByLabel(`Unit cost, build ${last}`).fill('289');
  await app.getByLabel(`Markup, build ${last}`).fill('25');
  await expect(rows.last()).toContainText('$361.25');
  await expect(rows.last()).toContainText('20% margin');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();

  await app.goto(`${harness.url}#/clients/${ridgeline.id}/proposals`);
  await app.getByRole('link', { name: 'Managed 5G routers for the site trailers' }).click();
  await pick(app, 'Add from your catalogue', /Label printer for the site office/);
  await expect(app.getByLabel(/Description, line \d/).last()).toHaveValue('Label printer for the site office');
});
