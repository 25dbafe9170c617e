import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { planYearDates } from '../../src-main/domain/cadence';
import { isoDateOfLocalDate } from '../../src-main/domain/months';
import type { Harness } from '../harness/harness';
import { dataFile, expect, test } from './fixtures';

function localDay(offsetDays: number): Date {
  const day = new Date();
  day.setHours(12, 0, 0, 0);
  day.setDate(day.getDate() + offsetDays);
  return day;
}

async function setUp(harness: Harness) {
  const registry = harness.practice.registry;
  const created = await registry.invoke('clients.create', {
    client: {
      name: 'Harbour Light Dental',
      complexity: 5,
      mrrCents: 300_000,
      users: 24,
      contacts: [
        { name: 'Dr. Maya Chen', role: 'Owner', email: 'maya@harbourlight.example', decisionMaker: true },
        { name: 'Sam Ortiz', role: 'Office manager' },
      ],
    },
  });
  if (!created.ok) throw new Error(created.error.message);
  const client = created.value.client;
  const service = await registry.invoke('services.create', { clientId: client.id, service: { name: 'Microsoft 365', unitCostCents: 2_200, quantity: 24, startDate: '2025-01-01' } });
  if (!service.ok) throw new Error(service.error.message);
  // A meeting held two months ago, so the prep pack has something to say "since our last meeting".
  const held = await registry.invoke('meetings.create', {
    clientId: client.id,
    meeting: { type: 'strategy', date: isoDateOfLocalDate(localDay(-60)), status: 'held', attendeeIds: [client.contacts[0]!.id] },
  });
  if (!held.ok) throw new Error(held.error.message);
  const action = await registry.invoke('actionItems.create', { clientId: client.id, actionItem: { text: 'Check the backup retention', owner: 'Dana', meetingId: held.value.meeting.id } });
  if (!action.ok) throw new Error(action.error.message);
  return client;
}

async function openDashboard(app: Page, harness: Harness) {
  await app.goto(`${harness.url}#/`);
  await expect(app.getByText('Where your practice stands today.')).toBeVisible();
}

/** A stat card: its figure with the label and hint around it. */
function statCard(app: Page, testId: string) {
  return app.getByTestId(testId).locator('xpath=..');
}

test('plan a year, prepare the next meeting, follow up, and see the dashboard follow each step', async ({ app, harness }) => {
  // A long journey on a shared two-core machine.
  test.setTimeout(240_000);
  const client = await setUp(harness);
  const base = harness.url;
  // The page opened on an empty practice: start again with the client in it.
  await app.reload();

  // The dashboard before: the held meeting's action item is open; the client is still owed this month's touch.
  await openDashboard(app, harness);
  await expect(app.getByTestId('stat-action-items')).toHaveText('1');
  await expect(app.getByTestId('attention-touches')).toContainText('Harbour Light Dental');
  await expect(statCard(app, 'stat-meetings')).toContainText('0 planned in the next 30 days');

  // Monthly strategy meetings for this client (an override of its quarterly cadence), then plan the year.
  await app.goto(`${base}#/clients/${client.id}/meetings`);
  await expect(app.getByTestId('cadence')).toHaveText('Quarterly');
  await app.getByRole('button', { name: 'Change the cadence' }).click();
  const cadence = app.getByRole('dialog', { name: /Cadence for/ });
  await cadence.getByLabel('Strategy meetings a year').fill('12');
  await cadence.getByLabel('Touches a month').fill('1');
  await cadence.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByTestId('cadence')).toHaveText('Monthly');

  // The first meeting falls tomorrow: the same weekday and week of the month.
  const tomorrow = localDay(1);
  const weekday = ((tomorrow.getDay() + 6) % 7) + 1;
  const weekOfMonth = tomorrow.getDate() > 28 ? 5 : Math.ceil(tomorrow.getDate() / 7);
  const startDate = isoDateOfLocalDate(tomorrow);
  const expected = planYearDates({ startDate, meetingsPerYear: 12, weekday, weekOfMonth });
  expect(expected[0]).toBe(startDate);

  await app.getByRole('button', { name: 'Plan the year' }).click();
  const plan = app.getByRole('dialog', { name: /Plan the year/ });
  await expect(plan.getByLabel('Meetings in the year')).toHaveValue('12');
  await plan.getByLabel('From').fill(startDate);
  await plan.getByRole('combobox', { name: 'Week of the month' }).click();
  await app.getByRole('option', { name: ['First', 'Second', 'Third', 'Fourth', 'Last'][weekOfMonth - 1]!, exact: true }).click();
  await plan.getByRole('combobox', { name: 'Weekday' }).click();
  await app.getByRole('option', { name: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][weekday - 1]!, exact: true }).click();
  await plan.getByLabel('Time').fill('10:30');
  await plan.getByLabel('Duration').fill('75');
  await plan.getByRole('button', { name: 'Show the dates' }).click();
  await expect(plan.getByTestId('plan-date')).toHaveCount(12);
  // Skipping a date and changing one's mind.
  await plan.getByRole('button', { name: `Skip ${expected[3]}` }).click();
  await expect(plan.getByRole('button', { name: 'Create 11 meetings' })).toBeVisible();
  await plan.getByRole('button', { name: `Keep ${expected[3]}` }).click();
  await plan.getByRole('button', { name: 'Create 12 meetings' }).click();
  await expect(plan.getByText('12 meetings planned')).toBeVisible();
  await plan.getByRole('button', { name: 'Save as a calendar file (.ics)' }).click();
  await expect(app.getByText('The calendar file is saved')).toBeVisible();
  await plan.getByRole('button', { name: 'Done' }).click();

  const icsFile = harness.record.saved.find((file) => file.endsWith('.ics'))!;
  const calendar = new ICAL.Component(ICAL.parse(await readFile(icsFile, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  expect(events).toHaveLength(12);
  expect(events.map((event) => event.startDate.toString())).toEqual(expected.map((date) => `${date}T10:30:00`));
  expect(events.map((event) => event.endDate.toString())).toEqual(expected.map((date) => `${date}T11:45:00`));
  expect(new Set(events.map((event) => event.uid)).size).toBe(12);

  await expect(app.getByTestId('meeting-row')).toHaveCount(13);
  await expect(app.getByTestId('next-meeting').locator('xpath=..')).toContainText('Strategy meeting at 10:30 AM');
  await openDashboard(app, harness);
  await expect(statCard(app, 'stat-meetings')).toContainText(/[1-9] planned in the next 30 days/);

  // Open the next meeting and build its agenda from the template; reorder an item with the keyboard; save with Ctrl+S.
  await app.goto(`${base}#/clients/${client.id}/meetings`);
  await app.getByTestId('meeting-row').first().click();
  await expect(app.getByRole('heading', { name: 'Strategy meeting' })).toBeVisible();
  await expect(app.getByText('No agenda yet')).toBeVisible();
  await app.getByRole('button', { name: 'Build the agenda from this template' }).click();
  const items = app.getByTestId('agenda-item');
  await expect(items).toHaveCount(7);
  await expect(items.nth(0).getByLabel('Item 1')).toHaveValue('What has changed in the business');
  await app.getByRole('button', { name: 'Reorder What has changed in the business' }).focus();
  // The screen-reader announcements say when each step has been taken.
  await app.keyboard.press('Space');
  await expect(app.getByText(/^(Picked up What has changed in the business, item 1 of 7|What has changed in the business is over position 1 of 7)\.$/)).toBeAttached();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByText('What has changed in the business is over position 2 of 7.')).toBeAttached();
  await app.keyboard.press('Space');
  await expect(app.getByText('What has changed in the business dropped at position 2 of 7.')).toBeAttached();
  await expect(items.nth(0).getByLabel('Item 1')).toHaveValue('Action items from our last meeting');
  await expect(items.nth(1).getByLabel('Item 2')).toHaveValue('What has changed in the business');
  await app.getByLabel('Send the pre-meeting questionnaire with the agenda').check();
  await app.keyboard.press('Control+s');
  await expect(app.getByText('Meeting saved.')).toBeVisible();
  const stored = (await dataFile(harness)).data.meetings.find((meeting) => meeting.date === expected[0])!;
  expect(stored.agenda.map((item) => item.title).slice(0, 2)).toEqual(['Action items from our last meeting', 'What has changed in the business']);
  expect(stored.includeQuestionnaire).toBe(true);

  // Two action items.
  const add = app.getByTestId('add-action-item');
  await add.getByLabel('New action item').fill('Send the firewall quote');
  await add.getByRole('combobox', { name: 'Owner' }).fill('Dana Whitfield');
  await add.getByLabel('Due').fill(isoDateOfLocalDate(localDay(14)));
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(app.getByTestId('action-item-row')).toHaveCount(1);
  await add.getByLabel('New action item').fill('Confirm the staff list for the audit');
  await add.getByRole('combobox', { name: 'Owner' }).fill('Sam Ortiz');
  await add.getByLabel('New action item').press('Enter');
  await expect(app.getByTestId('action-item-row')).toHaveCount(2);
  await openDashboard(app, harness);
  await expect(app.getByTestId('stat-action-items')).toHaveText('3');

  // A touch logged with the shortcut, from the meeting page.
  await app.goto(`${base}#/clients/${client.id}/meetings/${stored.id}`);
  await expect(app.getByRole('heading', { name: 'Strategy meeting' })).toBeVisible();
  await app.keyboard.press('Control+t');
  const touch = app.getByRole('dialog', { name: 'Log a touch with Harbour Light Dental' });
  await expect(touch.getByLabel('Date')).toBeFocused();
  await expect(touch.getByRole('combobox', { name: 'Decision maker' })).toHaveValue('Dr. Maya Chen, Owner');
  await touch.getByLabel('Summary').fill('Called about the agenda for the strategy meeting.');
  await touch.getByRole('button', { name: 'Log the touch' }).click();
  await expect(app.getByText('Touch logged.')).toBeVisible();
  await app.goto(`${base}#/clients/${client.id}/meetings`);
  await expect(app.getByTestId('touches-this-month')).toHaveText('1 of 1');
  await expect(app.getByTestId('touches-met')).toHaveText('Cadence met');
  await expect(app.getByTestId('last-touch')).not.toHaveText('None yet');
  await openDashboard(app, harness);
  await expect(app.getByTestId('attention-touches')).not.toContainText('Harbour Light Dental');

  // Close an action item: the resolution is asked for, and required.
  await app.goto(`${base}#/clients/${client.id}/meetings/${stored.id}`);
  const firewall = app.getByTestId('action-item-row').filter({ hasText: 'Send the firewall quote' });
  await firewall.getByRole('button', { name: 'Close: Send the firewall quote' }).click();
  const closing = app.getByRole('dialog', { name: 'Close the action item' });
  await closing.getByRole('button', { name: 'Close the item' }).click();
  await expect(closing.getByText('Say how it was resolved')).toBeVisible();
  await closing.getByLabel('Resolution').fill('Quote sent by email; Maya will decide next week.');
  await closing.getByRole('button', { name: 'Close the item' }).click();
  await expect(firewall).toContainText('Resolution: Quote sent by email');
  await expect(firewall).toContainText('Done');
  const closed = (await dataFile(harness)).data.actionItems.find((item) => item.text === 'Send the firewall quote')!;
  expect(closed).toMatchObject({ status: 'done', resolution: 'Quote sent by email; Maya will decide next week.' });
  expect(closed.closedAt).not.toBeNull();
  await openDashboard(app, harness);
  await expect(app.getByTestId('stat-action-items')).toHaveText('2');

  // The prep pack, with every section that has something to show.
  await app.goto(`${base}#/clients/${client.id}/meetings/${stored.id}`);
  await app.getByRole('button', { name: 'Export' }).click();
  await app.getByRole('menuitem', { name: 'Prep pack (PDF)…' }).click();
  const pack = app.getByRole('dialog', { name: 'Meeting prep pack' });
  await expect(pack.getByTestId('prep-pack-section')).toHaveCount(6);
  await expect(pack.getByTestId('prep-pack-section').filter({ hasText: 'Alignment summary' })).toContainText('Nothing to show yet');
  await pack.getByRole('button', { name: 'Move Open action items earlier' }).click();
  await pack.getByRole('button', { name: 'Export the prep pack' }).click();
  await expect(app.getByText('The prep pack is saved')).toBeVisible();
  await expect(pack).toBeHidden();

  const packFile = harness.record.saved.find((file) => file.includes('Meeting prep pack'))!;
  const text = execFileSync('pdftotext', ['-layout', packFile, '-']).toString();
  for (const heading of ['Meeting prep pack', 'In this pack', 'Since our last meeting', 'Agenda', 'Open action items', 'Budget summary']) expect(text).toContain(heading);
  // Open action items came before the budget, as ordered.
  expect(text.lastIndexOf('Open action items')).toBeLessThan(text.lastIndexOf('Budget summary'));
  for (const item of stored.agenda) expect(text).toContain(item.title);
  expect(text).toContain('Confirm the staff list for the audit');
  expect(text).toContain('Check the backup retention');
  // Closed items are not open ones, and the sections without data are left out.
  expect(text).not.toContain('Alignment summary');
  const remembered = (await dataFile(harness)).data.clients.find((entry) => entry.id === client.id)!.prepPackSections;
  expect(remembered).toEqual(['sinceLastMeeting', 'agenda', 'alignment', 'roadmap', 'actionItems', 'budget']);

  // The agenda with its questionnaire, and the summary with the action items, owners and dates.
  await app.getByRole('button', { name: 'Export' }).click();
  await app.getByRole('menuitem', { name: 'Agenda with questionnaire (PDF)' }).click();
  await expect.poll(() => harness.record.saved.some((file) => file.includes('Meeting agenda'))).toBe(true);
  const agendaText = execFileSync('pdftotext', ['-layout', harness.record.saved.find((file) => file.includes('Meeting agenda'))!, '-']).toString();
  expect(agendaText).toContain('Before we meet');
  expect(agendaText).toContain('Which open items matter most to you right now?');
  await app.getByRole('button', { name: 'Export' }).click();
  await app.getByRole('menuitem', { name: 'Meeting summary (PDF)' }).click();
  await expect.poll(() => harness.record.saved.some((file) => file.includes('Meeting summary'))).toBe(true);
  const summaryText = execFileSync('pdftotext', ['-layout', harness.record.saved.find((file) => file.includes('Meeting summary'))!, '-']).toString();
  expect(summaryText).toContain('Send the firewall quote');
  expect(summaryText).toContain('Dana Whitfield');
  expect(summaryText).toContain('Resolution: Quote sent by email');
});

test('leaving a meeting with unsaved edits asks first', async ({ app, harness }) => {
  const client = await setUp(harness);
  await app.reload();
  const meeting = (await dataFile(harness)).data.meetings[0]!;
  await app.goto(`${harness.url}#/clients/${client.id}/meetings/${meeting.id}`);
  await app.getByLabel('Minutes').fill('We talked about the firewall.');
  await app.getByRole('link', { name: 'Dashboard' }).or(app.getByText('Dashboard', { exact: true })).first().click();
  const ask = app.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByLabel('Minutes')).toHaveValue('We talked about the firewall.');
  await app.getByRole('button', { name: 'Save' }).first().click();
  await expect(app.getByText('Meeting saved.')).toBeVisible();
  await app.getByText('Dashboard', { exact: true }).first().click();
  await expect(app.getByText('Where your practice stands today.')).toBeVisible();
});
