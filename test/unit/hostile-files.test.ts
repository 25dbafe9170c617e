import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { serializePractice } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME } from '../../src-main/store/practice-store';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { solidPng } from '../fixtures/budget-workbook-sample';
import { folderPlatform } from '../harness/test-platform';
import { makeClient, makePractice } from './factories';

/**
 * Files a consultant may hand the app by mistake, or that someone crafted: each is refused (or read)
 * with a clear message, writes nothing, and leaves the app answering.
 */

let folder = '';
let practice: OpenPractice;
let clientId = '';

beforeEach(async () => {
  folder = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'vcio-hostile-files-'));
  practice = await openPractice({ dataDir: path.join(folder, 'data'), platform: folderPlatform(path.join(folder, 'exports')).platform });
  const created = await practice.registry.invoke('clients.create', { client: { name: 'Harbour Light Dental' } });
  if (!created.ok) throw new Error(created.error.message);
  clientId = created.value.client.id;
});

afterEach(async () => {
  await practice.close();
  await nodeFs.rm(folder, { recursive: true, force: true });
});

const file = (name: string, bytes: Uint8Array | string) => ({ name, dataBase64: Buffer.from(bytes).toString('base64') });

/** Invokes a channel and expects a refusal in words, with the data file unchanged and the app still answering. */
async function expectRefused(channel: string, input: unknown, message: RegExp): Promise<void> {
  const before = await nodeFs.readFile(practice.store.dataFile);
  const result = await practice.registry.invoke(channel, input);
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect((await nodeFs.readFile(practice.store.dataFile)).equals(before)).toBe(true);
  const listed = await practice.registry.invoke('clients.list', {});
  expect(listed.ok).toBe(true);
}

async function putBackup(name: string, content: string): Promise<void> {
  const shelf = path.join(practice.store.dataDir, BACKUP_FOLDER_NAME);
  await nodeFs.mkdir(shelf, { recursive: true });
  await nodeFs.writeFile(path.join(shelf, name), content);
}

describe('hostile logos', () => {
  it('refuses an SVG that carries a script', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>fetch("https://example.com")</script><rect width="10" height="10"/></svg>';
    await expectRefused('settings.setLogo', { file: file('logo.svg', svg) }, /PNG or JPEG/);
  });

  it('refuses a 50 MB image before reading it, naming the limit', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(solidPng(10, 10, [0, 0, 0]));
    await expectRefused('settings.setLogo', { file: file('huge.png', big) }, /20 MB|2 MB/);
  });
});

describe('hostile imports', () => {
  it('reads a CSV whose cells are 1 MB long without taking them whole into an asset', async () => {
    const long = 'x'.repeat(1024 * 1024);
    const csv = `Name,Category,Quantity,Unit cost\n${long},workstation,1,100\nReception PC,workstation,1,900\n`;
    const result = await practice.registry.invoke('assets.importPreview', { clientId, file: file('long-cells.csv', csv) });
    // Either the row is refused with its reason, or the name is cut to what an asset can hold; the other row comes through.
    if (result.ok) {
      const value = result.value as { rows: Array<{ asset: { name: string } | null; problems?: string[] }> };
      const named = value.rows.filter((row) => row.asset).map((row) => row.asset!.name);
      expect(named).toContain('Reception PC');
      for (const name of named) expect(name.length).toBeLessThanOrEqual(200);
    } else {
      expect(result.error.message.length).toBeGreaterThan(10);
    }
    expect((await practice.registry.invoke('clients.list', {})).ok).toBe(true);
  });

  it('refuses a CSV far over the size limit in words (a 200 MB export)', async () => {
    const header = 'Name,Category,Quantity,Unit cost\n';
    const line = 'Workstation for the front desk and the reception area,workstation,1,900\n';
    const bytes = Buffer.alloc(200 * 1024 * 1024, line);
    bytes.write(header);
    await expectRefused('assets.importPreview', { clientId, file: { name: 'huge.csv', dataBase64: bytes.toString('base64') } }, /larger than 20 MB/);
  });
});

describe('hostile backups', () => {
  it('refuses to restore a backup written by a newer version, and changes nothing', async () => {
    const name = 'practice-2026-03-01T10-00-00-000Z-manual.json';
    const newer = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, data: { clients: [] } });
    await putBackup(name, newer);
    await expectRefused('backups.restore', { id: name }, /newer version/);
  });

  it('refuses to restore a backup in which a client id appears twice, and changes nothing', async () => {
    const name = 'practice-2026-03-02T10-00-00-000Z-manual.json';
    const twice = makeClient({ id: 'client-twice', name: 'Twice' });
    await putBackup(name, serializePractice({ ...makePractice(), clients: [twice, { ...twice, name: 'Twice again' }], assets: [], services: [], initiatives: [] }));
    await expectRefused('backups.restore', { id: name }, /appears twice/);
  });
});
