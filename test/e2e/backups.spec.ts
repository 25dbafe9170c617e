import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dataFile, expect, test } from './fixtures';

test('back up, change, restore the backup, then undo the restore', async ({ app, harness }) => {
  await harness.practice.registry.invoke('clients.create', { client: { name: 'Saltmarsh Marine Supply' } });
  await app.goto(`${harness.url}#/settings/data`);
  await app.getByRole('button', { name: 'Back up now' }).click();
  await expect(app.getByText('Backup made.')).toBeVisible();
  const manual = app.getByTestId('backup-row').filter({ hasText: 'Made by you' });
  await expect(manual).toHaveCount(1);

  await harness.practice.registry.invoke('clients.create', { client: { name: 'Added after the backup' } });
  expect((await dataFile(harness)).data.clients).toHaveLength(2);

  await manual.getByRole('button', { name: 'Restore…' }).click();
  await app.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByText(/Backup restored/)).toBeVisible();
  expect((await dataFile(harness)).data.clients.map((client) => client.name)).toEqual(['Saltmarsh Marine Supply']);

  await app.getByRole('button', { name: 'Undo last restore' }).click();
  await expect(app.getByText(/Restore undone/)).toBeVisible();
  expect((await dataFile(harness)).data.clients.map((client) => client.name)).toEqual(['Saltmarsh Marine Supply', 'Added after the backup']);
  await expect(app.getByRole('button', { name: 'Undo last restore' })).toHaveCount(0);
});

test('the data folder can be moved; the old folder is left as it was', async ({ app, harness }) => {
  const target = await mkdtemp(path.join(os.tmpdir(), 'vcio-moved-'));
  try {
    await harness.practice.registry.invoke('clients.create', { client: { name: 'Quarry Lane Veterinary' } });
    const oldFile = await dataFile(harness);
    harness.record.nextChosenFolder = target;
    await app.goto(`${harness.url}#/settings/data`);
    await app.getByRole('button', { name: 'Move to another folder…' }).click();
    await expect(app.getByTestId('data-dir')).toHaveText(target);
    expect(harness.record.rememberedDataDirs).toEqual([target]);
    expect(await readdir(target)).toEqual(expect.arrayContaining(['practice.json', 'backups']));
    expect(await dataFile(harness)).toEqual(oldFile);

    await harness.practice.registry.invoke('clients.create', { client: { name: 'Written to the new folder' } });
    const status = await harness.practice.registry.invoke('app.status', {});
    expect(status.ok && status.value.dataFile).toBe(path.join(target, 'practice.json'));
    expect((await dataFile(harness)).data.clients).toHaveLength(1);
  } finally {
    await rm(target, { recursive: true, force: true });
  }
});
