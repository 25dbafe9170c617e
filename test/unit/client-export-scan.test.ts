import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { exportBuilders } from '../../src-main/api/handlers/exports';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import { formatMoney } from '../../src-main/domain/format';
import { linePrice } from '../../src-main/domain/money';
import { folderPlatform } from '../harness/test-platform';
import { EXPORT_CHANNELS, exportCalls } from './export-inputs';
import { fillStrings } from './fill-strings';

/**
 * Every document a client receives, read back the way a curious client would: the text of each PDF
 * and every cell of each workbook. The documents are every export channel of the contract with its
 * options off (the client's copy: no private notes, not the internal workbook), for every client of
 * the sample practice. No figure may carry more than two decimals; the cost and the markup of a
 * marker asset and a marker service must appear nowhere, while their prices do; and every private,
 * internal or engineer's text field of every record (found by its name, in whatever features the
 * practice holds) carries a marker that must appear in none of them.
 */

const USD = { currency: 'USD', locale: 'en-US' };
const MARKER = { name: 'Marker plotter', quantity: 3, unitCostCents: 123_457, markupPercent: 37.5 };
const MARKER_SERVICE = { name: 'Marker monitoring', quantity: 7, unitCostCents: 4_713, markupPercent: 17.25 };

/** Cost figures and markup numbers a client must never be able to read (cents or percent, as written anywhere). */
const SECRETS = {
  costs: [MARKER.unitCostCents, MARKER.quantity * MARKER.unitCostCents, MARKER_SERVICE.unitCostCents, MARKER_SERVICE.quantity * MARKER_SERVICE.unitCostCents],
  markups: [MARKER.markupPercent, MARKER_SERVICE.markupPercent],
};

/** Fields only the consultant reads: private notes, internal notes, engineer notes. */
const PRIVATE_FIELD = /private|internal|engineer/i;
const markerOf = (index: number) => `Pvtmark${index}q`;
const MARKERS = /Pvtmark\d+q/g;
let privateFields: string[] = [];

interface ClientDocument {
  name: string;
  channel: ChannelName;
  kind: 'pdf' | 'xlsx' | 'text';
  bytes: Uint8Array;
}

let folder = '';
let practice: OpenPractice;
const documents: ClientDocument[] = [];

function moneyWritings(cents: number): string[] {
  const major = (cents / 100).toFixed(2);
  return [formatMoney(cents, USD), major, formatMoney(cents, USD).replace('$', '')];
}

/** "37.5" and "12.5" as a markup shows up: 37.5, 37.50%, 0.375, 1.375, 137.5. */
function markupPattern(percent: number): RegExp {
  const fraction = String(percent / 100).replace('.', '\\.');
  const factor = String(1 + percent / 100).replace('.', '\\.');
  const whole = String(percent).replace('.', '\\.');
  return new RegExp(`(?<![\\d.,])(?:${whole}0?%?|${fraction}|${factor}|1${whole})(?![\\d])`);
}

function tooManyDecimals(text: string): string[] {
  return [...text.matchAll(/\d+\.\d{3,}/g)].map((match) => match[0]);
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-scan-'));
  practice = await openPractice({ dataDir: path.join(folder, 'data'), platform: folderPlatform(path.join(folder, 'exports')).platform, clock: () => new Date('2026-11-22T10:00:00Z') });
  const invoke = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await practice.registry.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  await invoke('sample.load', {});
  const { clients } = await invoke<{ clients: Array<{ id: string; name: string }> }>('clients.list', {});
  const ridgeline = clients.find((client) => client.name.startsWith('Ridgeline'))!;
  await invoke('assets.create', { clientId: ridgeline.id, asset: { ...MARKER, category: 'printer', purchaseDate: '2022-01-10' } });
  await invoke('services.create', { clientId: ridgeline.id, service: { ...MARKER_SERVICE, category: 'security', startDate: '2025-01-01' } });
  let markers = 0;
  const marked = fillStrings(practice.store.data, (key) => (PRIVATE_FIELD.test(key) ? markerOf((markers += 1)) : null));
  privateFields = marked.filled;
  await practice.store.mutate((draft) => void Object.assign(draft, marked.data));
  const counted = new Map<string, number>();
  for (const { channel, clientId, input } of exportCalls(practice.store.data, 'client')) {
    const saved = await invoke<{ savedTo: string | null }>(channel, input);
    if (!saved.savedTo) throw new Error(`${channel} saved nothing`);
    const kind = saved.savedTo.endsWith('.pdf') ? 'pdf' : saved.savedTo.endsWith('.xlsx') ? 'xlsx' : 'text';
    const owner = clients.find((client) => client.id === clientId)?.name ?? 'The practice';
    const name = `${owner} ${channel}`;
    counted.set(name, (counted.get(name) ?? 0) + 1);
    documents.push({ name: counted.get(name)! > 1 ? `${name} ${counted.get(name)}` : name, channel, kind, bytes: new Uint8Array(await readFile(saved.savedTo)) });
  }
}, 300_000);

afterAll(async () => {
  await practice?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function pdfText(document: ClientDocument): Promise<string> {
  const file = path.join(folder, `${documents.indexOf(document)}.pdf`);
  await writeFile(file, document.bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

interface CellReading {
  where: string;
  numbers: number[];
  texts: string[];
}

async function workbookCells(document: ClientDocument): Promise<CellReading[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(document.bytes) as unknown as ArrayBuffer);
  const readings: CellReading[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        const where = `${sheet.name}!${cell.address}`;
        if (typeof value === 'number') readings.push({ where, numbers: [value], texts: [] });
        else if (typeof value === 'string') readings.push({ where, numbers: [], texts: [value] });
        else if (value && typeof value === 'object' && 'formula' in value) {
          const constants = [...String(value.formula).replace(/\$?[A-Z]{1,3}\$?\d+/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
          readings.push({ where, numbers: constants, texts: [String(value.formula)] });
        }
      });
    });
  });
  return readings;
}

describe('every client export of the sample practice', () => {
  it('covers every export kind for each client, with the marker items priced in Ridgeline’s', () => {
    expect(documents.length).toBeGreaterThanOrEqual(27);
    for (const channel of EXPORT_CHANNELS) expect(documents.some((document) => document.channel === channel), channel).toBe(true);
    // The patterns find a markup however it is written, and not inside an ordinary amount.
    for (const written of ['a 37.5% markup', '37.50%', '=B4*1.375', '0.375', '137.5']) expect(markupPattern(37.5).test(written), written).toBe(true);
    for (const written of ['$2,537.50', '1,037.55', '37.55']) expect(markupPattern(37.5).test(written), written).toBe(false);
    expect(tooManyDecimals('$1,604.941 and 12.345')).toEqual(['604.941', '12.345']);
  });

  it('shows no figure with more than two decimals in any PDF', async () => {
    for (const document of documents.filter((entry) => entry.kind === 'pdf')) {
      expect(tooManyDecimals(await pdfText(document)), document.name).toEqual([]);
    }
  });

  it('stores no figure with more than two decimals in any workbook cell', async () => {
    for (const document of documents.filter((entry) => entry.kind === 'xlsx')) {
      const cells = await workbookCells(document);
      const numbers = cells.flatMap((cell) => cell.numbers.filter((value) => Math.abs(value * 100 - Math.round(value * 100)) > 1e-7).map((value) => `${cell.where}: ${value}`));
      expect(numbers, document.name).toEqual([]);
      expect(cells.flatMap((cell) => cell.texts.flatMap(tooManyDecimals)), document.name).toEqual([]);
    }
  });

  it('never shows the marker items’ costs or markups, in PDFs or in any workbook cell', async () => {
    const costTexts = SECRETS.costs.flatMap(moneyWritings);
    const costNumbers = new Set(SECRETS.costs.map((cents) => cents / 100));
    const markups = SECRETS.markups.map(markupPattern);
    // The marker items are Ridgeline's: another client's document may well show a 37.5% score.
    const mayHoldThem = documents.filter((document) => document.name.startsWith('Ridgeline') || document.name.startsWith('The practice'));
    expect(mayHoldThem.length).toBeGreaterThanOrEqual(3);
    for (const document of mayHoldThem) {
      if (document.kind !== 'xlsx') {
        const text = document.kind === 'pdf' ? await pdfText(document) : Buffer.from(document.bytes).toString('utf8');
        expect(costTexts.filter((written) => text.includes(written)), document.name).toEqual([]);
        expect(markups.filter((pattern) => pattern.test(text)).map(String), document.name).toEqual([]);
        continue;
      }
      const cells = await workbookCells(document);
      const fractions = new Set(SECRETS.markups.flatMap((percent) => [percent, percent / 100, 1 + percent / 100]));
      expect(cells.filter((cell) => cell.numbers.some((value) => costNumbers.has(value) || fractions.has(value))).map((cell) => cell.where), document.name).toEqual([]);
      const texts = cells.flatMap((cell) => cell.texts);
      expect(texts.filter((text) => costTexts.some((written) => text.includes(written)) || markups.some((pattern) => pattern.test(text))), document.name).toEqual([]);
    }
  });

  it('does show the marker items at their client prices, so the scan looked where they are', async () => {
    const unitPrice = linePrice(1, MARKER.unitCostCents, MARKER.markupPercent);
    expect(unitPrice).toBe(169_753);
    const report = await pdfText(documents.find((entry) => entry.name === 'Ridgeline Builders Inc. export.budgetPdf')!);
    expect(report).toContain(formatMoney(unitPrice, USD));
    expect(report).toContain(formatMoney(linePrice(MARKER.quantity, MARKER.unitCostCents, MARKER.markupPercent), USD));
    const cells = await workbookCells(documents.find((entry) => entry.name === 'Ridgeline Builders Inc. export.budgetWorkbook')!);
    const numbers = new Set(cells.flatMap((cell) => cell.numbers));
    expect(numbers.has(unitPrice / 100)).toBe(true);
    expect(numbers.has(linePrice(1, MARKER_SERVICE.unitCostCents, MARKER_SERVICE.markupPercent) / 100)).toBe(true);
    expect(cells.some((cell) => cell.texts.includes(MARKER.name))).toBe(true);
  });

  it('shows no private, internal or engineer’s note of any record in any document', async () => {
    expect(privateFields.filter((field) => field.endsWith('privateNotes')).length).toBeGreaterThanOrEqual(9);
    console.log(`privacy scan: ${documents.length} documents of ${EXPORT_CHANNELS.length} export kinds, ${privateFields.length} private fields marked`);
    for (const document of documents) {
      const texts =
        document.kind === 'pdf' ? [await pdfText(document)] : document.kind === 'text' ? [Buffer.from(document.bytes).toString('utf8')] : (await workbookCells(document)).flatMap((cell) => cell.texts);
      expect(texts.flatMap((text) => text.match(MARKERS) ?? []), document.name).toEqual([]);
    }
  });

  it('does show the private notes when the consultant includes them, so the scan can see a marker', async () => {
    const ridgeline = practice.store.data.clients.find((client) => client.name.startsWith('Ridgeline'))!;
    expect(ridgeline.privateNotes).toMatch(MARKERS);
    const withNotes = await exportBuilders.clientProfilePdf(practice.context, ridgeline.id, true);
    const document: ClientDocument = { name: 'with private notes', channel: 'export.clientProfilePdf', kind: 'pdf', bytes: withNotes.bytes };
    documents.push(document);
    expect(await pdfText(document)).toContain(ridgeline.privateNotes);
  });
});
