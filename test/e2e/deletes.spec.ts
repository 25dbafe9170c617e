import type { Harness } from '../harness/harness';
import { dataFile, expect, test } from './fixtures';

async function invoke<T>(harness: Harness, channel: string, input: unknown): Promise<T> {
  const result = await harness.practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

// Deleting what a page shows refreshes every query: the page's own query then fails, and the
// consultant must land on the list, not on "Nothing here".
test('deleting a meeting or a proposal from its own page returns to the client’s list, and the data file follows', async ({ app, harness }) => {
  await invoke(harness, 'sample.load', {});
  const before = (await dataFile(harness)).data;
  const ridgeline = before.clients.find((item) => item.name === 'Ridgeline Builders Inc.')!;
  const meeting = before.meetings.find((item) => item.clientId === ridgeline.id)!;
  const proposal = before.proposals.find((item) => item.clientId === ridgeline.id)!;

  await app.goto(`${harness.url}#/clients/${ridgeline.id}/meetings/${meeting.id}`);
  await app.getByRole('button', { name: 'Delete meeting' }).click();
  await app.getByRole('dialog', { name: 'Delete this meeting?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(app).toHaveURL(new RegExp(`#/clients/${ridgeline.id}/meetings$`));
  await expect(app.getByText('Nothing here')).toBeHidden();
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  expect((await dataFile(harness)).data.meetings.some((item) => item.id === meeting.id)).toBe(false);

  await app.goto(`${harness.url}#/clients/${ridgeline.id}/proposals/${proposal.id}`);
  await app.getByRole('button', { name: 'More actions' }).click();
  await app.getByRole('menuitem', { name: 'Delete…' }).click();
  await app.getByRole('dialog', { name: 'Delete this proposal?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(app).toHaveURL(new RegExp(`#/clients/${ridgeline.id}/proposals$`));
  await expect(app.getByText('This proposal is not here')).toBeHidden();
  await expect(app.getByTestId('proposal-row').first()).toBeVisible();
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  expect((await dataFile(harness)).data.proposals.some((item) => item.id === proposal.id)).toBe(false);
});
