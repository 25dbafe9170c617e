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
  mapping: { columns: Record<string, string>; dateOrder: string; defaultCategory: string; categoryMap: Record<string, string> };
  mappingSource: string;
  counts: { new: number; update: number; unchanged: number; error: number; duplicate: number };
  noPrice: { estimated: number; unpriced: number };
  types: Array<{ text: string; key: string; count: number; category: string | null; source: string }>;
  missing: Array<{ id: string; name: string }>;
  sheets: string[];
  dateOrder: string;
  rows: Array<{
    rowNumber: number;
    status: string;
    label: string;
    errors: string[];
    warnings: string[];
    changes: Array<{ field: string; from: unknown; to: unknown }>;
    asset: { name: string; category: string; purchaseDate: string | null; noPrice: boolean } | null;
  }>;
}

interface Committed {
  created: number;
  updated: number;
  retired: number;
  skipped: number;
}

interface StoredAsset {
  id: string;
  name: string;
  serial: string;
  category: string;
  location: string;
  status: string;
  unitCostCents: number;
  purchaseDate: string | null;
}

async function fixture(name: string) {
  return { name, dataBase64: (await readFile(path.resolve(import.meta.dirname, '../fixtures/rmm', name))).toString('base64') };
}

async function storedAssets(): Promise<StoredAsset[]> {
  return (await call<{ assets: StoredAsset[] }>('assets.list', { clientId })).assets;
}

describe('asset import through the contract', () => {
  it('previews without writing, imports the ready rows, and remembers the mapping for the next file', async () => {
    const file = { name: 'rmm-assets.csv', dataBase64: (await readFile(CSV)).toString('base64') };
    const before = await readFile(path.join(folder, 'practice.json'));
    const first = await call<Preview>('assets.importPreview', { clientId, file });
    expect(first.mappingSource).toBe('suggested');
    expect(first.mapping.columns).toMatchObject({ name: 'Device Name', manufacturer: 'Manufacturer', model: 'Model', serial: 'Serial Number', unitCost: 'Cost', location: 'Last User' });
    // The access point with an impossible purchase date is imported with its age unknown; the repeated row is skipped.
    expect(first.counts).toEqual({ new: 9, update: 0, unchanged: 0, error: 0, duplicate: 1 });
    expect(first.dateOrder).toBe('MDY');
    expect(first.rows.find((row) => row.label.startsWith('AP-LOBBY'))).toMatchObject({
      status: 'new',
      asset: { purchaseDate: null },
      warnings: ['Purchase date: "13/13/2022" is not a real date; age unknown'],
    });
    expect((await readFile(path.join(folder, 'practice.json'))).equals(before)).toBe(true);

    const mapping = { ...first.mapping, columns: { ...first.mapping.columns } };
    delete mapping.columns.model;
    delete mapping.columns.manufacturer;
    const committed = await call<Committed>('assets.importCommit', { clientId, file, mapping });
    expect(committed).toEqual({ created: 9, updated: 0, retired: 0, skipped: 1 });
    expect((await storedAssets()).map((item) => item.name)).toContain('FS-01');

    const again = await call<Preview>('assets.importPreview', { clientId, file });
    expect(again.mappingSource).toBe('remembered');
    expect(again.mapping.columns.model).toBeUndefined();
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 9, error: 0, duplicate: 1 });
  });

  it('imports a NinjaOne export without prices: every device estimated at its category default, types mapped, dates read', async () => {
    const file = await fixture('ninjaone-devices.csv');
    const preview = await call<Preview>('assets.importPreview', { clientId, file });
    expect(preview.mapping.columns).toMatchObject({
      name: 'Display Name',
      category: 'Device Role',
      manufacturer: 'Manufacturer',
      model: 'Model',
      serial: 'Serial Number',
      purchaseDate: 'Warranty Start Date',
      warrantyEnd: 'Warranty End Date',
      location: 'Location',
    });
    expect(preview.counts).toEqual({ new: 14, update: 0, unchanged: 0, error: 0, duplicate: 0 });
    expect(preview.noPrice).toEqual({ estimated: 14, unpriced: 0 });
    const categories = Object.fromEntries(preview.types.map((type) => [type.text, type.category]));
    expect(categories).toEqual({
      Mac: null,
      NAS: 'storage',
      'NMS Access Point': 'wireless',
      'NMS Firewall': 'firewall',
      'NMS UPS': 'ups',
      Printer: 'printer',
      'Windows Desktop': 'workstation',
      'Windows Laptop': 'laptop',
      'Windows Server': 'server',
    });
    const rowNamed = (prefix: string) => preview.rows.find((row) => row.label.startsWith(prefix))!;
    expect(rowNamed('HLD-FRONT-01').asset).toMatchObject({ name: 'HLD-FRONT-01 (Dell Inc. OptiPlex 7010)', category: 'workstation', purchaseDate: '2021-03-14', noPrice: true });
    expect(rowNamed('OFFICE-MGR-MBP').asset?.category).toBe('laptop');
    expect(rowNamed('HLD-IMAGING').warnings).toContain('Purchase date: "N/A" is not a date this import understands (use 2024-03-31, 03/31/2024 or 31/03/2024); age unknown');

    // The consultant maps "Mac" once; the choice is remembered with the mapping for the next NinjaOne file.
    const mapping = { ...preview.mapping, categoryMap: { mac: 'laptop' } };
    await call<Committed>('assets.importCommit', { clientId, file, mapping });
    const next = await call<Preview>('assets.importPreview', { clientId, file: await fixture('ninjaone-devices-updated.csv') });
    expect(next.mappingSource).toBe('remembered');
    expect(next.types.find((type) => type.text === 'Mac')).toMatchObject({ category: 'laptop', source: 'chosen' });

    const forecast = await call<{ totals: { priceCents: number }; gaps: { estimated: number; unpriced: number } }>('budget.forecast', { clientId });
    expect(forecast.totals.priceCents).toBeGreaterThan(0);
    expect(forecast.gaps.estimated).toBeGreaterThan(0);
  });

  it('updates instead of adding twice when the updated export comes in, and retires what the consultant ticks', async () => {
    await call<Committed>('assets.importCommit', { clientId, file: await fixture('ninjaone-devices.csv'), mapping: (await call<Preview>('assets.importPreview', { clientId, file: await fixture('ninjaone-devices.csv') })).mapping });
    const laptop = (await storedAssets()).find((item) => item.serial === 'PF3XK2A1')!;
    await call('assets.update', { id: laptop.id, changes: { unitCostCents: 138_950 } });

    const file = await fixture('ninjaone-devices-updated.csv');
    const preview = await call<Preview>('assets.importPreview', { clientId, file });
    expect(preview.counts).toEqual({ new: 1, update: 2, unchanged: 11, error: 0, duplicate: 0 });
    const changes = Object.fromEntries(preview.rows.filter((row) => row.status === 'update').map((row) => [row.label.split(' ')[0], row.changes]));
    expect(changes).toEqual({
      'HLD-OP2': [{ field: 'location', from: 'Operatory 2', to: 'Operatory 3' }],
      'OFFICE-MGR-MBP': [
        { field: 'purchaseDate', from: null, to: '2024-02-10' },
        { field: 'warrantyEnd', from: null, to: '2025-02-10' },
      ],
    });
    expect(preview.rows.find((row) => row.status === 'new')?.label).toBe('DR-REYES-LT (LENOVO ThinkPad T14 Gen 5)');
    expect(preview.missing.map((item) => item.name)).toEqual(['DR-PATEL-LT (LENOVO ThinkPad T14 Gen 3)']);

    const committed = await call<Committed>('assets.importCommit', { clientId, file, mapping: preview.mapping, retireAssetIds: preview.missing.map((item) => item.id) });
    expect(committed).toEqual({ created: 1, updated: 2, retired: 1, skipped: 11 });
    const assets = await storedAssets();
    expect(assets).toHaveLength(15);
    expect(new Set(assets.map((item) => item.serial)).size).toBe(15);
    expect(assets.find((item) => item.serial === 'PF3XK2A2')?.status).toBe('retired');
    expect(assets.find((item) => item.serial === '9BX4L22')?.location).toBe('Operatory 3');
    expect(assets.find((item) => item.serial === 'PF3XK2A1')?.unitCostCents).toBe(138_950);

    const retireOther = await practice.registry.invoke('assets.importCommit', { clientId, file, mapping: preview.mapping, retireAssetIds: [laptop.id] });
    expect(retireOther).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('reads Datto RMM and ConnectWise exports: manufacturers, type names in any form, and rejects only rows that identify nothing', async () => {
    const datto = await call<Preview>('assets.importPreview', { clientId, file: await fixture('datto-rmm-devices.csv') });
    expect(datto.mapping.columns).toMatchObject({ name: 'Device Hostname', category: 'Device Type', manufacturer: 'Manufacturer', model: 'Model', serial: 'Serial Number', warrantyEnd: 'Warranty Expiry' });
    expect(datto.counts).toEqual({ new: 8, update: 0, unchanged: 0, error: 1, duplicate: 0 });
    expect(datto.rows.find((row) => row.status === 'error')?.errors).toEqual(['Nothing identifies this device: no name, model or serial number']);
    const dattoCategories = Object.fromEntries(datto.rows.filter((row) => row.asset).map((row) => [row.label.split(' ')[0], row.asset!.category]));
    expect(dattoCategories).toMatchObject({ 'RIDGE-PM-01': 'laptop', 'RIDGE-EST-WS1': 'workstation', 'RIDGE-HOST01': 'server', 'TRAILER-07-FW': 'firewall', 'PLAN-ROOM-PLOTTER': 'printer' });
    expect(datto.types.find((type) => type.text === 'Network Device')).toMatchObject({ category: null, source: 'default' });
    // Datto exports carry no purchase date: every device comes in with its age unknown, and says so.
    expect(datto.rows.filter((row) => row.asset).every((row) => row.warnings.includes('No purchase date: age unknown'))).toBe(true);

    const psa = await call<Preview>('assets.importPreview', { clientId, file: await fixture('connectwise-psa-configurations.csv') });
    expect(psa.mapping.columns).toMatchObject({ name: 'Configuration Name', category: 'Configuration Type', model: 'Model Number', purchaseDate: 'Purchase Date', warrantyEnd: 'Warranty Expiration Date' });
    expect(Object.fromEntries(psa.types.map((type) => [type.text, type.category]))).toEqual({
      'Access point': 'wireless',
      Desktop: 'workstation',
      Firewalls: 'firewall',
      Laptops: 'laptop',
      NAS: 'storage',
      Notebook: 'laptop',
      'Software licence': 'softwareLicence',
      Switches: 'switch',
      UPSs: 'ups',
    });
    expect(psa.noPrice).toEqual({ estimated: 8, unpriced: 1 });
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
    expect(devices.counts.new).toBe(2);
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
