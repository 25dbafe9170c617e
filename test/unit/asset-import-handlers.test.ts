import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { folderPlatform } from '../harness/test-platform';

const CSV = path.resolve(import.meta.dirname, '../fixtures/rmm-assets.csv');

let folder = '';
let practice: OpenPractice;
let clientId = '';

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-import-'));
  let counter = 0;
  practice = await openPractice({
    dataDir: folder,
    platform: folderPlatform(path.join(folder, 'exports')).platform,
    clock: () => new Date('2026-11-22T10:00:00Z'),
    newId: () => `id${(counter += 1)}`,
  });
  clientId = (await call<{ client: { id: string } }>('clients.create', { client: { name: 'Harbour Light Dental' } })).client.id;
});

afterEach(async () => {
  await practice.close();
  await rm(folder, { recursive: true, force: true });
});

interface Preview {
  mapping: { columns: Record<string, string>; dateOrder: string; defaultCategory: string };
  mappingSource: string;
  readyCount: number;
  errorCount: number;
  duplicateCount: number;
  sheets: string[];
  dateOrder: string;
  rows: Array<{ rowNumber: number; status: string; errors: string[]; asset: { name: string; purchaseDate: string | null } | null }>;
}

describe('asset import through the contract', () => {
  it('previews without writing, imports the ready rows, and remembers the mapping for the next file', async () => {
    const file = { name: 'rmm-assets.csv', dataBase64: (await readFile(CSV)).toString('base64') };
    const before = await readFile(path.join(folder, 'practice.json'));
    const first = await call<Preview>('assets.importPreview', { clientId, file });
    expect(first.mappingSource).toBe('suggested');
    expect(first.mapping.columns).toMatchObject({ name: 'Device Name', model: 'Model', serial: 'Serial Number', unitCost: 'Cost', location: 'Last User' });
    expect([first.readyCount, first.errorCount, first.duplicateCount]).toEqual([8, 1, 1]);
    expect(first.dateOrder).toBe('MDY');
    expect(first.rows.find((row) => row.status === 'error')).toMatchObject({ rowNumber: 9 });
    expect((await readFile(path.join(folder, 'practice.json'))).equals(before)).toBe(true);

    const mapping = { ...first.mapping, columns: { ...first.mapping.columns } };
    delete mapping.columns.model;
    const committed = await call<{ created: number; skipped: number }>('assets.importCommit', { clientId, file, mapping });
    expect(committed).toEqual({ created: 8, skipped: 2 });
    const assets = (await call<{ assets: Array<{ name: string }> }>('assets.list', { clientId })).assets;
    expect(assets.map((item) => item.name)).toContain('FS-01');

    const again = await call<Preview>('assets.importPreview', { clientId, file });
    expect(again.mappingSource).toBe('remembered');
    expect(again.mapping.columns.model).toBeUndefined();
    expect(again.readyCount).toBe(0);
    expect(again.duplicateCount).toBe(9);
  });

  it('reads an XLSX export with real date cells, starting from the first sheet that has data', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Summary').addRow(['Exported by the RMM']);
    const sheet = workbook.addWorksheet('Devices');
    sheet.addRow(['Hostname', 'Type', 'Purchased', 'Price']);
    sheet.addRow(['NAS-01', 'NAS', new Date(Date.UTC(2021, 2, 31)), 2399]);
    sheet.addRow(['PRN-02', 'Printer', new Date(Date.UTC(2023, 0, 5)), 529.99]);
    const file = { name: 'devices.xlsx', dataBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };

    const devices = await call<Preview & { sheet: string }>('assets.importPreview', { clientId, file });
    expect(devices.sheets).toEqual(['Summary', 'Devices']);
    expect(devices.sheet).toBe('Devices');
    expect(devices.readyCount).toBe(2);
    const cover = await practice.registry.invoke('assets.importPreview', { clientId, file, sheet: 'Summary' });
    expect(cover).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED', message: 'The sheet "Summary" has a header row but no data rows.' } });
    expect(devices.rows.map((row) => row.asset?.purchaseDate)).toEqual(['2021-03-31', '2023-01-05']);
  });

  it('refuses a file that is neither CSV nor XLSX, and an empty one, with a clear message', async () => {
    const binary = await practice.registry.invoke('assets.importPreview', { clientId, file: { name: 'photo.jpg', dataBase64: Buffer.from([0xff, 0xd8, 0x00, 0x01]).toString('base64') } });
    expect(binary).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED', message: 'photo.jpg is neither a CSV nor an XLSX file.' } });
    const empty = await practice.registry.invoke('assets.importPreview', { clientId, file: { name: 'empty.csv', dataBase64: '' } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED', message: 'The file is empty.' } });
  });
});
