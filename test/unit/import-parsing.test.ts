import { describe, expect, it } from 'vitest';
import {
  categoryFromText,
  interpretAssetRows,
  mappingFits,
  suggestMapping,
  type ImportMapping,
  type ImportTable,
} from '../../src-main/domain/asset-import';
import { decodeText, parseCsv } from '../../src-main/domain/csv';
import { parseMoney } from '../../src-main/domain/format';
import { dateFromSpreadsheetSerial, detectDateOrder, parseImportDate } from '../../src-main/domain/import-dates';

function centsOf(text: string): number | string {
  const result = parseMoney(text);
  return result.ok ? result.cents : `refused: ${result.message}`;
}

function refusal(text: string): string {
  const result = parseMoney(text);
  if (result.ok) throw new Error(`"${text}" was read as ${result.cents} cents`);
  return result.message;
}

describe('reading money from import files', () => {
  it('reads US style "$1,234.50" as 123,450 cents', () => {
    expect(centsOf('$1,234.50')).toBe(123_450);
  });

  it('reads European style "1.234,50 €" as 123,450 cents', () => {
    expect(centsOf('1.234,50 €')).toBe(123_450);
  });

  it('reads French style "1 234,5" (space grouping, one decimal) as 123,450 cents', () => {
    expect(centsOf('1 234,5')).toBe(123_450);
    expect(centsOf('1\u00a0234,50')).toBe(123_450);
  });

  it("reads Swiss style \"CHF 1'234.50\" as 123,450 cents", () => {
    expect(centsOf("CHF 1'234.50")).toBe(123_450);
  });

  it('reads "1,234" as one thousand two hundred thirty-four dollars, never 1.234', () => {
    expect(centsOf('1,234')).toBe(123_400);
    expect(centsOf('1.234')).toBe(123_400);
  });

  it('reads a single separator followed by one or two digits as decimals', () => {
    expect(centsOf('1,5')).toBe(150);
    expect(centsOf('12.3')).toBe(1_230);
    expect(centsOf('€ 0,99')).toBe(99);
  });

  it('reads plain numbers and large grouped numbers', () => {
    expect(centsOf('900')).toBe(90_000);
    expect(centsOf('1,234,567.89')).toBe(123_456_789);
    expect(centsOf('USD 45')).toBe(4_500);
  });

  it('refuses accounting negatives "(12.00)" and "-5" as negative', () => {
    expect(refusal('(12.00)')).toMatch(/negative/);
    expect(refusal('-5')).toMatch(/negative/);
    expect(refusal('5-')).toMatch(/negative/);
  });

  it('refuses "12.345,6.7" with two decimal separators', () => {
    expect(refusal('12.345,6.7')).toMatch(/separator/);
  });

  it('refuses text that is not an amount', () => {
    expect(refusal('abc')).toBe('"abc" is not an amount');
    expect(refusal('$')).toMatch(/not an amount/);
    expect(refusal('   ')).toBe('No amount given');
  });

  it('refuses more than two decimals', () => {
    expect(refusal('12,3456')).toMatch(/more than two decimals/);
    expect(refusal('1,234.567')).toMatch(/more than two decimals/);
  });

  it('refuses misplaced group separators such as "12,34,567"', () => {
    expect(refusal('12,34,567')).toMatch(/misplaced separators/);
  });

  it('refuses an amount that ends with a separator', () => {
    expect(refusal('1,234.')).toMatch(/ends with a separator/);
  });
});

describe('reading dates from import files', () => {
  function dateOf(text: string, order: 'MDY' | 'DMY'): string {
    const result = parseImportDate(text, order);
    return result.ok ? result.date : `refused: ${result.message}`;
  }

  it('reads ISO dates whatever the order, with or without a time', () => {
    expect(dateOf('2024-03-31', 'MDY')).toBe('2024-03-31');
    expect(dateOf('2024-03-31', 'DMY')).toBe('2024-03-31');
    expect(dateOf('2024-03-31T10:20:30Z', 'DMY')).toBe('2024-03-31');
    expect(dateOf('2024/3/5', 'DMY')).toBe('2024-03-05');
  });

  it('reads US 03/31/2024 month first', () => {
    expect(dateOf('03/31/2024', 'MDY')).toBe('2024-03-31');
    expect(dateOf('03/31/2024 4:05 PM', 'MDY')).toBe('2024-03-31');
  });

  it('reads European 31/03/2024 and 31.03.2024 day first', () => {
    expect(dateOf('31/03/2024', 'DMY')).toBe('2024-03-31');
    expect(dateOf('31.03.2024', 'DMY')).toBe('2024-03-31');
    expect(dateOf('31-03-2024', 'DMY')).toBe('2024-03-31');
  });

  it('reads the same ambiguous date 03/04/24 as 4 March or 3 April depending on the order', () => {
    expect(dateOf('03/04/24', 'MDY')).toBe('2024-03-04');
    expect(dateOf('03/04/24', 'DMY')).toBe('2024-04-03');
  });

  it('reads two-digit years below 70 as 20xx and from 70 as 19xx', () => {
    expect(dateOf('1/2/69', 'MDY')).toBe('2069-01-02');
    expect(dateOf('1/2/70', 'MDY')).toBe('1970-01-02');
    expect(dateOf('12/31/99', 'MDY')).toBe('1999-12-31');
  });

  it('reads month names: "31 Mar 2024", "March 31, 2024", "Sept 5 2024", "5-Sep-24"', () => {
    expect(dateOf('31 Mar 2024', 'MDY')).toBe('2024-03-31');
    expect(dateOf('March 31, 2024', 'DMY')).toBe('2024-03-31');
    expect(dateOf('Sept 5 2024', 'DMY')).toBe('2024-09-05');
    expect(dateOf('5-Sep-24', 'MDY')).toBe('2024-09-05');
  });

  it('refuses impossible dates: 02/30/2024, 2023-02-29, 31/04/2024', () => {
    expect(dateOf('02/30/2024', 'MDY')).toBe('refused: "02/30/2024" is not a real date');
    expect(dateOf('2023-02-29', 'MDY')).toMatch(/not a real date/);
    expect(dateOf('31/04/2024', 'DMY')).toMatch(/not a real date/);
  });

  it('refuses a day-first date read month first (month 31)', () => {
    expect(dateOf('31/03/2024', 'MDY')).toMatch(/not a real date/);
  });

  it('accepts 29 February in a leap year', () => {
    expect(dateOf('02/29/2024', 'MDY')).toBe('2024-02-29');
  });

  it('refuses empty and unreadable dates with a hint of the formats it reads', () => {
    expect(dateOf('', 'MDY')).toBe('refused: No date given');
    expect(dateOf('next spring', 'MDY')).toMatch(/2024-03-31, 03\/31\/2024 or 31\/03\/2024/);
    expect(dateOf('Smarch 3, 2024', 'MDY')).toMatch(/not a date this import understands/);
  });
});

describe('detecting the date order of a column', () => {
  it('detects day first when a first part is above 12', () => {
    expect(detectDateOrder(['03/04/2024', '31/03/2024'])).toEqual({ order: 'DMY', conflicting: false });
  });

  it('detects month first when a second part is above 12', () => {
    expect(detectDateOrder(['03/31/2024', '03/04/2024'])).toEqual({ order: 'MDY', conflicting: false });
  });

  it('cannot decide from ambiguous dates only', () => {
    expect(detectDateOrder(['03/04/2024', '11/12/2023'])).toEqual({ order: undefined, conflicting: false });
    expect(detectDateOrder([])).toEqual({ order: undefined, conflicting: false });
  });

  it('reports a column that mixes both orders as conflicting', () => {
    expect(detectDateOrder(['31/03/2024', '03/31/2024'])).toEqual({ order: undefined, conflicting: true });
  });

  it('ignores ISO dates and text when detecting', () => {
    expect(detectDateOrder(['2024-03-31', 'n/a', '13.01.2024'])).toEqual({ order: 'DMY', conflicting: false });
  });
});

describe('spreadsheet date serials', () => {
  it('reads 45382 as 31 March 2024 and ignores the time of day', () => {
    expect(dateFromSpreadsheetSerial(45382)).toEqual({ ok: true, date: '2024-03-31' });
    expect(dateFromSpreadsheetSerial(45382.75)).toEqual({ ok: true, date: '2024-03-31' });
  });

  it('reads 61 as 1 March 1900 (after the spreadsheet leap-year quirk)', () => {
    expect(dateFromSpreadsheetSerial(61)).toEqual({ ok: true, date: '1900-03-01' });
  });

  it('refuses 0, negative, non-finite and absurdly large serials', () => {
    for (const serial of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 500_000]) {
      expect(dateFromSpreadsheetSerial(serial).ok, String(serial)).toBe(false);
    }
  });
});

describe('CSV files as RMM and PSA tools export them', () => {
  it('keeps commas inside quoted fields', () => {
    expect(parseCsv('Name,Location\n"Dell OptiPlex, 7090","Suite 200, Reception"\n')).toEqual({
      headers: ['Name', 'Location'],
      rows: [['Dell OptiPlex, 7090', 'Suite 200, Reception']],
    });
  });

  it('turns doubled quotes into one quote', () => {
    expect(parseCsv('Name,Notes\nMonitor,"27"" screen, ""curved"""\n').rows).toEqual([['Monitor', '27" screen, "curved"']]);
  });

  it('keeps line breaks inside quoted fields in one cell', () => {
    expect(parseCsv('Name,Notes\r\nNAS,"Line one\r\nLine two"\r\nUPS,ok\r\n').rows).toEqual([
      ['NAS', 'Line one\r\nLine two'],
      ['UPS', 'ok'],
    ]);
  });

  it('reads semicolon-separated files, keeping decimal commas in amounts', () => {
    expect(parseCsv('Gerät;Kosten;Kaufdatum\nLaptop;1.234,50;31.03.2024\n')).toEqual({
      headers: ['Gerät', 'Kosten', 'Kaufdatum'],
      rows: [['Laptop', '1.234,50', '31.03.2024']],
    });
  });

  it('reads tab-separated files', () => {
    expect(parseCsv('Device\tSerial\tCost\nFW-01\tFGT60F123\t$899.00\n')).toEqual({
      headers: ['Device', 'Serial', 'Cost'],
      rows: [['FW-01', 'FGT60F123', '$899.00']],
    });
  });

  it('handles CRLF line ends, a missing final line end and skips blank lines', () => {
    expect(parseCsv('A,B\r\n1,2\r\n\r\n,\r\n3,4')).toEqual({ headers: ['A', 'B'], rows: [['1', '2'], ['3', '4']] });
  });

  it('trims spaces around headers but keeps cell text as written', () => {
    expect(parseCsv(' Device Name , Cost \nPC-1 , 10\n')).toEqual({ headers: ['Device Name', 'Cost'], rows: [['PC-1 ', ' 10']] });
  });

  it('reads an empty file as no headers and no rows', () => {
    expect(parseCsv('')).toEqual({ headers: [], rows: [] });
  });

  it('drops the UTF-8 byte-order mark so the first header is clean', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Device Name,Cost\nPC-1,10\n')]);
    const table = parseCsv(decodeText(bytes));
    expect(table.headers[0]).toBe('Device Name');
    expect(table.headers[0]?.charCodeAt(0)).toBe('D'.charCodeAt(0));
  });

  it('decodes UTF-8 accented text as is', () => {
    expect(decodeText(new TextEncoder().encode('Café Düsseldorf'))).toBe('Café Düsseldorf');
  });

  it('decodes Windows-1252 bytes from older exports: é, €, curly quotes and dashes', () => {
    // "Café – 5 €" and “Lobby” as Windows-1252: é = E9, – = 96, € = 80, “ = 93, ” = 94.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x2c, 0x93, 0x4c, 0x6f, 0x62, 0x62, 0x79, 0x94]);
    expect(decodeText(bytes)).toBe('Café – 5 €,“Lobby”');
  });

  it('decodes Excel\'s "Unicode text": UTF-16LE with a byte-order mark, tab-separated, CRLF lines', () => {
    const text = 'Device Name\tSerial Number\tCost\r\nCafé-PC\tSN-1\t1.234,50 €\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(parseCsv(decodeText(bytes))).toEqual({ headers: ['Device Name', 'Serial Number', 'Cost'], rows: [['Café-PC', 'SN-1', '1.234,50 €']] });
  });

  it('decodes UTF-16 big-endian with its mark, and UTF-16LE without one', () => {
    const text = 'Device Name,Cost\nPC-1,10\n';
    const bigEndian = new Uint8Array(Buffer.from(text, 'utf16le')).map((_, index, all) => all[index % 2 === 0 ? index + 1 : index - 1]!);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...bigEndian]))).toBe(text);
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le')))).toBe(text);
  });

  it('decodes every Windows-1252 byte from 0x80 to 0x9F as the Encoding Standard maps it', () => {
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const bytes = new Uint8Array(32).map((_, index) => 0x80 + index);
    expect(decodeText(bytes)).toBe(expected);
  });
});

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
    });
  });

  it('recognises headers whatever their case, underscores or extra spaces', () => {
    const mapping = suggestMapping(['HOSTNAME', 'serial_number', 'Install  Date', 'qty', 'Unit Price', 'Assigned To', 'Model']);
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

  it('accepts the category names themselves and returns nothing for the unknown', () => {
    expect(categoryFromText('backupAppliance')).toBe('backupAppliance');
    expect(categoryFromText('Gizmo')).toBeUndefined();
  });
});

describe('interpreting asset rows', () => {
  const headers = ['Device Name', 'Serial Number', 'Purchase Date', 'Warranty Expiration', 'Device Type', 'Cost'];
  const mapping: ImportMapping = suggestMapping(headers);
  const context = { existingSerials: new Set(['sn-900']), locale: 'en-US' };

  const table: ImportTable = {
    headers,
    rows: [
      ['FRONT-DESK-01', 'SN-100', '03/31/2021', '03/31/2024', 'Desktop', '$1,200.00'],
      ['', 'SN-101', '03/15/2021', '', 'Laptop', '900'],
      ['LAPTOP-7', 'sn-100', '04/15/2022', '', 'Laptop', '1,100.50'],
      ['NAS-1', 'SN-200', '', '', 'Storage', ''],
      ['FW-1', 'SN-300', '02/30/2022', '', 'Firewall', 'abc'],
      ['OLD-SRV', 'SN-900', '01/10/2019', '', 'Server', 5000],
      ['Mystery box', '', '06/01/2020', '', 'Gizmo', '10'],
    ],
  };
  const result = interpretAssetRows(table, mapping, context);
  const row = (rowNumber: number) => result.rows.find((entry) => entry.rowNumber === rowNumber);

  it('numbers rows as the consultant sees them in the file: the header is row 1', () => {
    expect(result.rows.map((entry) => entry.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('makes a ready asset from a complete row', () => {
    expect(row(2)).toEqual({
      rowNumber: 2,
      label: 'FRONT-DESK-01',
      status: 'ready',
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

  it('refuses a row without a name or model', () => {
    expect(row(3)).toMatchObject({ status: 'error', asset: null, label: '', errors: ['No name or model'] });
  });

  it('marks a serial already seen earlier in the file (any case) as a duplicate', () => {
    expect(row(4)?.status).toBe('duplicate');
    expect(row(4)?.errors).toEqual(['Serial sn-100 is already on row 2 of this file']);
  });

  it('marks a serial the client already has as a duplicate', () => {
    expect(row(7)?.status).toBe('duplicate');
    expect(row(7)?.errors).toEqual([expect.stringMatching(/is already recorded for this client$/)]);
    expect(row(7)?.asset?.unitCostCents).toBe(500_000);
  });

  it('imports a row without cost or purchase date, with a warning for each', () => {
    expect(row(5)?.status).toBe('ready');
    expect(row(5)?.asset).toMatchObject({ name: 'NAS-1', category: 'storage', unitCostCents: 0, purchaseDate: null });
    expect(row(5)?.warnings).toEqual(['No unit cost; imported as 0', 'No purchase date: the replacement month is unknown']);
  });

  it('lists every problem of a row, naming the column', () => {
    expect(row(6)).toMatchObject({
      status: 'error',
      errors: ['Unit cost: "abc" is not an amount', 'Purchase date: "02/30/2022" is not a real date'],
    });
  });

  it('uses the default category with a warning when the type is not recognised', () => {
    expect(row(8)?.asset?.category).toBe('other');
    expect(row(8)?.warnings).toEqual(['Category "Gizmo" not recognised; using other']);
  });

  it('counts ready, error and duplicate rows', () => {
    expect([result.readyCount, result.errorCount, result.duplicateCount]).toEqual([3, 2, 2]);
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
    const interpreted = interpretAssetRows(european, suggestMapping(european.headers), context);
    expect(interpreted.dateOrder).toBe('DMY');
    expect(interpreted.dateOrderDetected).toBe(true);
    expect(interpreted.rows.map((entry) => entry.asset?.purchaseDate)).toEqual(['2022-04-03', '2021-12-25']);
  });

  it('uses day first for a non-US locale when the dates do not decide, and the order the consultant chose over both', () => {
    const ambiguous: ImportTable = { headers: ['Name', 'Purchase Date'], rows: [['PC-1', '03/04/2022']] };
    const base = suggestMapping(ambiguous.headers);
    const british = interpretAssetRows(ambiguous, base, { existingSerials: new Set(), locale: 'en-GB' });
    expect(british.dateOrder).toBe('DMY');
    expect(british.dateOrderDetected).toBe(false);
    expect(british.rows[0]?.asset?.purchaseDate).toBe('2022-04-03');
    const chosen = interpretAssetRows(ambiguous, { ...base, dateOrder: 'MDY' }, { existingSerials: new Set(), locale: 'en-GB' });
    expect(chosen.rows[0]?.asset?.purchaseDate).toBe('2022-03-04');
  });

  it('infers the category from the name when there is no category column', () => {
    const noType: ImportTable = { headers: ['Name'], rows: [['Lenovo ThinkPad T14'], ['Front office printer'], ['Widget']] };
    const interpreted = interpretAssetRows(noType, { ...suggestMapping(noType.headers), defaultCategory: 'workstation' }, context);
    expect(interpreted.rows.map((entry) => entry.asset?.category)).toEqual(['laptop', 'printer', 'workstation']);
  });

  it('reads spreadsheet numbers: cost in dollars, dates as serials, quantity as a number', () => {
    const xlsx: ImportTable = {
      headers: ['Name', 'Qty', 'Unit Cost', 'Purchase Date'],
      rows: [
        ['Yealink desk phone', 12, 189.99, 45382],
        ['Switch', 1.5, 300, 45382],
        ['Cable', 1, 10.005, 45382],
      ],
    };
    const interpreted = interpretAssetRows(xlsx, suggestMapping(xlsx.headers), context);
    expect(interpreted.rows[0]).toMatchObject({
      status: 'ready',
      asset: { quantity: 12, unitCostCents: 18_999, purchaseDate: '2024-03-31', category: 'phoneSystem' },
    });
    expect(interpreted.rows[1]?.status).toBe('error');
    expect(interpreted.rows[1]?.errors).toEqual(['Quantity "1.5" must be a whole number from 1 to 1000000']);
    expect(interpreted.rows[2]?.errors).toEqual(['Unit cost: 10.005 has more than two decimals']);
  });

  it('joins name and model, and keeps the name alone when it already contains the model', () => {
    const withModel: ImportTable = {
      headers: ['Name', 'Model'],
      rows: [
        ['RECEPTION-PC', 'OptiPlex 7090'],
        ['OptiPlex 7090 spare', 'OptiPlex 7090'],
        ['', 'Latitude 5440'],
      ],
    };
    const interpreted = interpretAssetRows(withModel, suggestMapping(withModel.headers), context);
    expect(interpreted.rows.map((entry) => entry.asset?.name)).toEqual(['RECEPTION-PC (OptiPlex 7090)', 'OptiPlex 7090 spare', 'Latitude 5440']);
  });

  it('refuses negative amounts and lifespans out of range', () => {
    const bad: ImportTable = {
      headers: ['Name', 'Cost', 'Lifespan'],
      rows: [
        ['PC-1', '(100.00)', '48'],
        ['PC-2', '100', '0'],
      ],
    };
    const interpreted = interpretAssetRows(bad, suggestMapping(bad.headers), context);
    expect(interpreted.rows[0]?.errors).toEqual(['Unit cost: "(100.00)" is negative; amounts cannot be negative']);
    expect(interpreted.rows[1]?.errors).toEqual(['Lifespan "0" must be a whole number from 1 to 600']);
  });
});
