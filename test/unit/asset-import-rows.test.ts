import { describe, expect, it } from 'vitest';
import type { Asset } from '../../src-main/domain/asset';
import { categoryFromText, mappingFits, suggestMapping, typeKey, type ImportMapping, type ImportTable } from '../../src-main/domain/asset-import';
import { interpretAssetRows, type ImportContext } from '../../src-main/domain/asset-import-rows';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { makeAsset } from './factories';

function context(existing: Asset[] = [], locale = 'en-US'): ImportContext {
  return { existing, locale, replacementCosts: DEFAULT_SETTINGS.replacementCosts };
}

describe('suggesting a column mapping', () => {
  const RMM_HEADERS = ['Device Name', 'Serial Number', 'Purchase Date', 'Warranty Expiration', 'Device Type', 'Cost'];

  it('maps typical RMM headers to asset fields', () => {
    expect(suggestMapping(RMM_HEADERS)).toEqual({
      columns: {
        name: 'Device Name',
        serial: 'Serial Number',
        purchaseDate: 'Purchase Date',
        warrantyEnd: 'Warranty Expiration',
        category: 'Device Type',
        unitCost: 'Cost',
      },
      dateOrder: 'auto',
      defaultCategory: 'other',
      categoryMap: {},
    });
  });

  it('recognises headers whatever their case, underscores, hyphens or extra spaces', () => {
    const mapping = suggestMapping(['HOSTNAME', 'serial_number', 'Install  Date', 'qty', 'Unit Price', 'Assigned To', 'Model', 'Last-Logged-In User']);
    expect(mapping.columns).toEqual({
      name: 'HOSTNAME',
      serial: 'serial_number',
      purchaseDate: 'Install  Date',
      quantity: 'qty',
      unitCost: 'Unit Price',
      location: 'Assigned To',
      model: 'Model',
    });
  });

  it('maps the manufacturer, a device role and a warranty start as RMM tools write them', () => {
    const mapping = suggestMapping(['Display Name', 'Device Role', 'Manufacturer', 'Model', 'Warranty Start Date', 'Warranty End Date', 'Last Logged In User']);
    expect(mapping.columns).toEqual({
      name: 'Display Name',
      category: 'Device Role',
      manufacturer: 'Manufacturer',
      model: 'Model',
      purchaseDate: 'Warranty Start Date',
      warrantyEnd: 'Warranty End Date',
      location: 'Last Logged In User',
    });
  });

  it('never maps one column to two fields', () => {
    const mapping = suggestMapping(['Name', 'Notes']);
    const used = Object.values(mapping.columns);
    expect(new Set(used).size).toBe(used.length);
    expect(mapping.columns).toEqual({ name: 'Name', notes: 'Notes' });
  });

  it('maps nothing from headers it does not know', () => {
    expect(suggestMapping(['Foo', 'Bar']).columns).toEqual({});
  });

  it('offers a remembered mapping again only when every header it uses is in the file', () => {
    const mapping = suggestMapping(RMM_HEADERS);
    expect(mappingFits(mapping, [...RMM_HEADERS, 'Site'])).toBe(true);
    expect(mappingFits(mapping, RMM_HEADERS.filter((header) => header !== 'Cost'))).toBe(false);
    expect(mappingFits({ ...mapping, columns: {} }, RMM_HEADERS)).toBe(false);
  });
});

describe('inferring the asset category', () => {
  it('recognises common device descriptions', () => {
    expect(categoryFromText('HP EliteBook 840 G8')).toBe('laptop');
    expect(categoryFromText('Dell OptiPlex 7090')).toBe('workstation');
    expect(categoryFromText('Dell PowerEdge R750')).toBe('server');
    expect(categoryFromText('FortiGate 60F')).toBe('firewall');
    expect(categoryFromText('UniFi Access Point')).toBe('wireless');
    expect(categoryFromText('APC UPS 1500')).toBe('ups');
    expect(categoryFromText('Synology NAS')).toBe('storage');
    expect(categoryFromText('Datto BDR')).toBe('backupAppliance');
    expect(categoryFromText('Yealink VoIP phone')).toBe('phoneSystem');
    expect(categoryFromText('HP LaserJet MFP')).toBe('printer');
    expect(categoryFromText('Microsoft 365 licence')).toBe('softwareLicence');
  });

  it('reads plural and RMM type names: Laptops, Notebook, Desktop, NAS, Access point, UPSs and more', () => {
    const expected = {
      Laptops: 'laptop',
      Notebook: 'laptop',
      'Windows Laptop': 'laptop',
      'Mac Laptop': 'laptop',
      Desktop: 'workstation',
      Desktops: 'workstation',
      'Windows Desktop': 'workstation',
      Workstations: 'workstation',
      NAS: 'storage',
      'Access point': 'wireless',
      'Access Points': 'wireless',
      UPS: 'ups',
      UPSs: 'ups',
      UPSes: 'ups',
      Servers: 'server',
      'Windows Server': 'server',
      'ESXi Host': 'server',
      Firewalls: 'firewall',
      Switches: 'switch',
      Printers: 'printer',
      Phones: 'phoneSystem',
    } as const;
    for (const [text, category] of Object.entries(expected)) expect(categoryFromText(text), text).toBe(category);
  });

  it('accepts the category names themselves and returns nothing for the unknown', () => {
    expect(categoryFromText('backupAppliance')).toBe('backupAppliance');
    expect(categoryFromText('Gizmo')).toBeUndefined();
    expect(categoryFromText('Network Device')).toBeUndefined();
  });
});

describe('interpreting asset rows', () => {
  const headers = ['Device Name', 'Serial Number', 'Purchase Date', 'Warranty Expiration', 'Device Type', 'Cost'];
  const mapping: ImportMapping = suggestMapping(headers);
  const table: ImportTable = {
    headers,
    rows: [
      ['FRONT-DESK-01', 'SN-100', '03/31/2021', '03/31/2024', 'Desktop', '$1,200.00'],
      ['', 'SN-101', '03/15/2021', '', 'Laptop', '900'],
      ['LAPTOP-7', 'sn-100', '04/15/2022', '', 'Laptop', '1,100.50'],
      ['NAS-1', 'SN-200', '', '', 'Storage', ''],
      ['FW-1', 'SN-300', '02/30/2022', '', 'Firewall', 'abc'],
      ['', '', '06/01/2020', '', 'Laptop', '10'],
      ['Mystery box', '', '06/01/2020', '', 'Gizmo', '10'],
    ],
  };
  const result = interpretAssetRows(table, mapping, context());
  const row = (rowNumber: number) => result.rows.find((entry) => entry.rowNumber === rowNumber);

  it('numbers rows as the consultant sees them in the file: the header is row 1', () => {
    expect(result.rows.map((entry) => entry.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('makes a new asset from a complete row', () => {
    expect(row(2)).toEqual({
      rowNumber: 2,
      label: 'FRONT-DESK-01',
      status: 'new',
      matchId: null,
      changes: [],
      errors: [],
      warnings: [],
      asset: {
        name: 'FRONT-DESK-01',
        category: 'workstation',
        quantity: 1,
        unitCostCents: 120_000,
        purchaseDate: '2021-03-31',
        warrantyEnd: '2024-03-31',
        lifespanMonths: null,
        replacementUnitCostCents: null,
        plannedReplacementMonth: null,
        markupPercent: null,
        status: 'active',
        serial: 'SN-100',
        location: '',
        notes: '',
      },
    });
  });

  it('imports a row with a serial but no name, named after its serial', () => {
    expect(row(3)).toMatchObject({ status: 'new', asset: { name: 'Device SN-101', category: 'laptop' }, warnings: ['No name or model: named after its serial number'] });
  });

  it('rejects only a row with nothing to identify a device', () => {
    expect(row(7)).toMatchObject({ status: 'error', asset: null, label: '', errors: ['Nothing identifies this device: no name, model or serial number'] });
    expect(result.rows.filter((entry) => entry.status === 'error').map((entry) => entry.rowNumber)).toEqual([7]);
  });

  it('marks a serial already seen earlier in the file (any case) as a repeat', () => {
    expect(row(4)?.status).toBe('duplicate');
    expect(row(4)?.errors).toEqual(['Serial sn-100 is already on row 2 of this file']);
  });

  it('imports a row without price or purchase date, with its age unknown and a warning for each', () => {
    expect(row(5)?.status).toBe('new');
    expect(row(5)?.asset).toMatchObject({ name: 'NAS-1', category: 'storage', unitCostCents: 0, replacementUnitCostCents: null, purchaseDate: null });
    expect(row(5)?.warnings).toEqual(['No price', 'No purchase date: age unknown']);
  });

  it('imports a row with a bad date and a bad amount, warning about each and leaving them out', () => {
    expect(row(6)).toMatchObject({ status: 'new', asset: { name: 'FW-1', unitCostCents: 0, purchaseDate: null } });
    expect(row(6)?.warnings).toEqual(['Unit cost: "abc" is not an amount; left without a price', 'Purchase date: "02/30/2022" is not a real date; age unknown']);
  });

  it('uses the default category with a warning when the type is not recognised', () => {
    expect(row(8)?.asset?.category).toBe('other');
    expect(row(8)?.warnings).toEqual(['Type "Gizmo" not recognised; using other']);
  });

  it('counts the rows by what happens to them', () => {
    expect(result.counts).toEqual({ new: 5, update: 0, unchanged: 0, error: 1, duplicate: 1 });
  });

  it('says how many rows have no price: estimated at a category default, or unpriced', () => {
    // NAS-1 (storage) and FW-1 (firewall) have defaults; the mystery box ("other") has none but has a price.
    expect(result.noPrice).toEqual({ estimated: 2, unpriced: 0 });
    const licences: ImportTable = { headers: ['Name', 'Type'], rows: [['Office 2021', 'Software licence'], ['Router', 'Network Device']] };
    expect(interpretAssetRows(licences, suggestMapping(licences.headers), context()).noPrice).toEqual({ estimated: 0, unpriced: 2 });
  });

  it('lists the type names of the file with the category each maps to, and the consultant’s choice wins', () => {
    expect(result.types.map((type) => [type.text, type.count, type.category, type.source])).toEqual([
      ['Desktop', 1, 'workstation', 'recognised'],
      ['Firewall', 1, 'firewall', 'recognised'],
      ['Gizmo', 1, null, 'default'],
      ['Laptop', 2, 'laptop', 'recognised'],
      ['Storage', 1, 'storage', 'recognised'],
    ]);
    const chosen = interpretAssetRows(table, { ...mapping, categoryMap: { [typeKey(' gizmo ')]: 'printer', laptop: 'workstation' } }, context());
    expect(chosen.rows.find((entry) => entry.rowNumber === 8)?.asset?.category).toBe('printer');
    expect(chosen.rows.find((entry) => entry.rowNumber === 8)?.warnings).toEqual([]);
    expect(chosen.rows.find((entry) => entry.rowNumber === 3)?.asset?.category).toBe('workstation');
    expect(chosen.types.find((type) => type.key === 'gizmo')).toMatchObject({ category: 'printer', source: 'chosen' });
  });

  it('falls back to month first for an en-US consultant when the dates do not decide', () => {
    expect(result.dateOrder).toBe('MDY');
    expect(result.dateOrderDetected).toBe(true);
  });

  it('detects day-first dates from the file even for an en-US consultant', () => {
    const european: ImportTable = {
      headers: ['Name', 'Purchase Date'],
      rows: [
        ['PC-1', '03/04/2022'],
        ['PC-2', '25/12/2021'],
      ],
    };
    const interpreted = interpretAssetRows(european, suggestMapping(european.headers), context());
    expect(interpreted.dateOrder).toBe('DMY');
    expect(interpreted.dateOrderDetected).toBe(true);
    expect(interpreted.rows.map((entry) => entry.asset?.purchaseDate)).toEqual(['2022-04-03', '2021-12-25']);
  });

  it('uses day first for a non-US locale when the dates do not decide, and the order the consultant chose over both', () => {
    const ambiguous: ImportTable = { headers: ['Name', 'Purchase Date'], rows: [['PC-1', '03/04/2022']] };
    const base = suggestMapping(ambiguous.headers);
    const british = interpretAssetRows(ambiguous, base, context([], 'en-GB'));
    expect(british.dateOrder).toBe('DMY');
    expect(british.dateOrderDetected).toBe(false);
    expect(british.rows[0]?.asset?.purchaseDate).toBe('2022-04-03');
    const chosen = interpretAssetRows(ambiguous, { ...base, dateOrder: 'MDY' }, context([], 'en-GB'));
    expect(chosen.rows[0]?.asset?.purchaseDate).toBe('2022-03-04');
  });

  it('infers the category from the name when there is no category column', () => {
    const noType: ImportTable = { headers: ['Name'], rows: [['Lenovo ThinkPad T14'], ['Front office printer'], ['Widget']] };
    const interpreted = interpretAssetRows(noType, { ...suggestMapping(noType.headers), defaultCategory: 'workstation' }, context());
    expect(interpreted.rows.map((entry) => entry.asset?.category)).toEqual(['laptop', 'printer', 'workstation']);
  });

  it('reads spreadsheet numbers: cost in dollars, dates as serials, quantity as a number; a bad one is left out with a warning', () => {
    const xlsx: ImportTable = {
      headers: ['Name', 'Qty', 'Unit Cost', 'Purchase Date'],
      rows: [
        ['Yealink desk phone', 12, 189.99, 45382],
        ['Switch', 1.5, 300, 45382],
        ['Cable', 1, 10.005, 45382],
      ],
    };
    const interpreted = interpretAssetRows(xlsx, suggestMapping(xlsx.headers), context());
    expect(interpreted.rows[0]).toMatchObject({
      status: 'new',
      asset: { quantity: 12, unitCostCents: 18_999, purchaseDate: '2024-03-31', category: 'phoneSystem' },
    });
    expect(interpreted.rows[1]).toMatchObject({ status: 'new', asset: { quantity: 1 } });
    expect(interpreted.rows[1]?.warnings).toEqual(['Quantity "1.5" must be a whole number from 1 to 1000000; using 1']);
    expect(interpreted.rows[2]?.warnings).toEqual(['Unit cost: 10.005 has more than two decimals; left without a price']);
  });

  it('joins name, manufacturer and model, and keeps the name alone when it already contains the model', () => {
    const withModel: ImportTable = {
      headers: ['Name', 'Manufacturer', 'Model'],
      rows: [
        ['RECEPTION-PC', 'Dell', 'OptiPlex 7090'],
        ['OptiPlex 7090 spare', 'Dell', 'OptiPlex 7090'],
        ['', 'Lenovo', 'Latitude 5440'],
        ['NAS-02', 'Synology', 'Synology DS923+'],
        ['', 'HP', ''],
      ],
    };
    const interpreted = interpretAssetRows(withModel, suggestMapping(withModel.headers), context());
    expect(interpreted.rows.map((entry) => entry.asset?.name ?? entry.status)).toEqual([
      'RECEPTION-PC (Dell OptiPlex 7090)',
      'OptiPlex 7090 spare',
      'Lenovo Latitude 5440',
      'NAS-02 (Synology DS923+)',
      'error',
    ]);
  });

  it('warns about negative amounts and lifespans out of range and imports the device anyway', () => {
    const bad: ImportTable = {
      headers: ['Name', 'Cost', 'Lifespan'],
      rows: [
        ['PC-1', '(100.00)', '48'],
        ['PC-2', '100', '0'],
      ],
    };
    const interpreted = interpretAssetRows(bad, suggestMapping(bad.headers), context());
    expect(interpreted.rows.map((entry) => entry.status)).toEqual(['new', 'new']);
    expect(interpreted.rows[0]?.warnings).toEqual(['Unit cost: "(100.00)" is negative; amounts cannot be negative; left without a price', 'No purchase date: age unknown']);
    expect(interpreted.rows[0]?.asset?.lifespanMonths).toBe(48);
    expect(interpreted.rows[1]?.warnings).toContain('Lifespan "0" must be a whole number from 1 to 600; using the category default');
    expect(interpreted.rows[1]?.asset?.lifespanMonths).toBeNull();
  });
});

describe('importing an updated export again', () => {
  const headers = ['Device Name', 'Model', 'Serial Number', 'Device Type', 'Purchase Date', 'Last User'];
  const mapping = suggestMapping(headers);
  const existing = [
    makeAsset({ id: 'pc-1', name: 'PC-1 (OptiPlex 7010)', serial: 'SN-1', category: 'workstation', purchaseDate: '2021-03-14', location: 'Reception', unitCostCents: 104_900 }),
    makeAsset({ id: 'pc-2', name: 'PC-2 (OptiPlex 7010)', serial: 'SN-2', category: 'workstation', purchaseDate: '2021-03-14', location: 'Reception' }),
    makeAsset({ id: 'ups', name: 'Back-office UPS', serial: '', category: 'ups', purchaseDate: '2020-01-01', location: '' }),
    makeAsset({ id: 'old', name: 'PC-9 (OptiPlex 3020)', serial: 'SN-9', category: 'workstation', purchaseDate: '2016-01-01' }),
    makeAsset({ id: 'gone', name: 'Printer (Brother)', serial: 'SN-GONE', category: 'printer', purchaseDate: '2019-01-01', status: 'retired' }),
  ];
  const table: ImportTable = {
    headers,
    rows: [
      ['PC-1', 'OptiPlex 7010', 'sn-1', 'Desktop', '03/14/2021', 'Reception'],
      ['PC-2-RENAMED', 'OptiPlex 7010', 'SN-2', 'Desktop', '03/14/2021', 'Dr. Chen'],
      ['Back-office UPS', '', 'UPS-77', 'UPS', '01/01/2020', ''],
      ['PC-3', 'OptiPlex 7020', 'SN-3', 'Desktop', '05/02/2024', 'Front desk'],
    ],
  };
  const result = interpretAssetRows(table, mapping, context(existing));

  it('leaves a device unchanged when the file says what is recorded, matching the serial in any case', () => {
    expect(result.rows[0]).toMatchObject({ status: 'unchanged', matchId: 'pc-1', changes: [] });
  });

  it('updates a device matched by serial, naming each field that changes', () => {
    expect(result.rows[1]).toMatchObject({
      status: 'update',
      matchId: 'pc-2',
      changes: [
        { field: 'name', from: 'PC-2 (OptiPlex 7010)', to: 'PC-2-RENAMED (OptiPlex 7010)' },
        { field: 'location', from: 'Reception', to: 'Dr. Chen' },
      ],
    });
  });

  it('matches by name and model a device recorded without a serial, and adds the serial', () => {
    expect(result.rows[2]).toMatchObject({ status: 'update', matchId: 'ups', changes: [{ field: 'serial', from: '', to: 'UPS-77' }] });
  });

  it('adds a device the client does not have yet', () => {
    expect(result.rows[3]).toMatchObject({ status: 'new', matchId: null, asset: { name: 'PC-3 (OptiPlex 7020)' } });
  });

  it('keeps a price the consultant entered when the file has none', () => {
    expect(result.rows[0]?.asset?.unitCostCents).toBe(104_900);
  });

  it('lists the active devices no longer in the file, not the retired ones', () => {
    expect(result.missing).toEqual([{ id: 'old', name: 'PC-9 (OptiPlex 3020)', serial: 'SN-9', category: 'workstation' }]);
    expect(result.counts).toEqual({ new: 1, update: 2, unchanged: 1, error: 0, duplicate: 0 });
  });

  it('does not match two devices of the same name that both have serials', () => {
    const twin: ImportTable = { headers, rows: [['PC-1', 'OptiPlex 7010', 'SN-OTHER', 'Desktop', '03/14/2021', 'Reception']] };
    expect(interpretAssetRows(twin, mapping, context(existing)).rows[0]).toMatchObject({ status: 'new' });
  });
});
