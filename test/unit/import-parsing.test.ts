import { describe, expect, it } from 'vitest';
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

  it('reads serials before the quirk exactly: 1 is 1 January 1900, 59 is 28 February 1900', () => {
    expect(dateFromSpreadsheetSerial(1)).toEqual({ ok: true, date: '1900-01-01' });
    expect(dateFromSpreadsheetSerial(32)).toEqual({ ok: true, date: '1900-02-01' });
    expect(dateFromSpreadsheetSerial(59)).toEqual({ ok: true, date: '1900-02-28' });
  });

  it('refuses serial 60, the 29 February 1900 that spreadsheets count but never was', () => {
    expect(dateFromSpreadsheetSerial(60)).toEqual({ ok: false, message: '60 is 29 February 1900, a date that never was' });
  });

  it('agrees with the spreadsheet on well-known days: 36526 is 1 January 2000, 44197 is 1 January 2021', () => {
    expect(dateFromSpreadsheetSerial(36526)).toEqual({ ok: true, date: '2000-01-01' });
    expect(dateFromSpreadsheetSerial(44197)).toEqual({ ok: true, date: '2021-01-01' });
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

