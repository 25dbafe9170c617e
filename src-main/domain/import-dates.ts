import { isValidIsoDate, type IsoDate } from './months';

/** Dates as RMM and PSA tools export them: ISO, US (month first) and European (day first). */

export type DateOrder = 'MDY' | 'DMY';
export type DateParse = { ok: true; date: IsoDate } | { ok: false; message: string };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

function isoOf(year: number, monthNumber: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(text: string): number {
  const value = Number(text);
  if (text.length === 4) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}

function checked(original: string, year: number, monthNumber: number, day: number): DateParse {
  const iso = isoOf(year, monthNumber, day);
  return isValidIsoDate(iso) ? { ok: true, date: iso } : { ok: false, message: `"${original}" is not a real date` };
}

/** Splits "03/04/2023" style dates; undefined when the text is not of that form. */
function numericParts(text: string): [number, number, string] | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), match[3]!];
}

/**
 * Which order a column of day/month dates uses: a first part above 12 means day first, a second
 * part above 12 means month first; undefined when no value decides (or values contradict).
 */
export function detectDateOrder(values: readonly string[]): { order: DateOrder | undefined; conflicting: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const parts = numericParts(value.trim());
    if (!parts) continue;
    if (parts[0] > 12 && parts[1] <= 12) dayFirst = true;
    if (parts[1] > 12 && parts[0] <= 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return { order: undefined, conflicting: true };
  return { order: dayFirst ? 'DMY' : monthFirst ? 'MDY' : undefined, conflicting: false };
}

export function parseImportDate(text: string, order: DateOrder): DateParse {
  const original = text.trim();
  if (original === '') return { ok: false, message: 'No date given' };
  const withoutTime = original.replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[AP]M|[+-]\d{2}:?\d{2})?$/i, '');

  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(withoutTime);
  if (iso) return checked(original, Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const parts = numericParts(withoutTime);
  if (parts) {
    const [first, second, yearText] = parts;
    const [monthNumber, day] = order === 'MDY' ? [first, second] : [second, first];
    return checked(original, fullYear(yearText), monthNumber, day);
  }

  const dayMonthYear = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-,]+(\d{4}|\d{2})$/.exec(withoutTime);
  if (dayMonthYear && MONTHS[dayMonthYear[2]!.toLowerCase()]) {
    return checked(original, fullYear(dayMonthYear[3]!), MONTHS[dayMonthYear[2]!.toLowerCase()]!, Number(dayMonthYear[1]));
  }
  const monthDayYear = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(withoutTime);
  if (monthDayYear && MONTHS[monthDayYear[1]!.toLowerCase()]) {
    return checked(original, Number(monthDayYear[3]), MONTHS[monthDayYear[1]!.toLowerCase()]!, Number(monthDayYear[2]));
  }
  return { ok: false, message: `"${original}" is not a date this import understands (use 2024-03-31, 03/31/2024 or 31/03/2024)` };
}

/**
 * Spreadsheet serial day numbers (1900 date system) as ISO dates. Serial 1 is 1 January 1900, and
 * spreadsheets count a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3), so
 * serials from 61 on are one day ahead of a plain count of days and serial 60 is no date at all.
 */
export function dateFromSpreadsheetSerial(serial: number): DateParse {
  if (!Number.isFinite(serial) || serial < 1 || serial > 120_000) return { ok: false, message: `${serial} is not a date` };
  const day = Math.floor(serial);
  if (day === 60) return { ok: false, message: '60 is 29 February 1900, a date that never was' };
  const daysAfter1899_12_31 = day < 60 ? day : day - 1;
  return { ok: true, date: new Date(Date.UTC(1899, 11, 31) + daysAfter1899_12_31 * 86_400_000).toISOString().slice(0, 10) };
}
