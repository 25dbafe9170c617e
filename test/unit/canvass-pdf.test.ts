import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANVASS_BLOCK_LABELS, CANVASS_BLOCKS, DISCOVERY_TOPICS, emptyCanvassContent, type CanvassBlock, type CanvassContent } from '../../src-main/domain/canvass';
import { DISCOVERY_QUESTIONS } from '../../src-main/domain/discovery-questions';
import { goal, type Goal } from '../../src-main/domain/goal';
import { DEFAULT_SETTINGS, type Settings } from '../../src-main/domain/settings';
import { brandFor, type Brand } from '../../src-main/export/brand';
import { canvassDocument, type CanvassPdfInput } from '../../src-main/export/pdf/canvass';
import { BLOCK_INSET, canvassBoxes, NOTE_SIZES, planCanvassPage } from '../../src-main/export/pdf/canvass-page';
import { breakable } from '../../src-main/export/pdf/long-text';
import { questionnaireDocument } from '../../src-main/export/pdf/questionnaire';
import { measureHeights, renderPdf } from '../../src-main/export/pdf/render';
import { makeClient, makeInitiative, STAMP } from './factories';

/**
 * The canvass PDF and the business questions, read back as text (pdftotext) and as word positions
 * (pdftotext -bbox), with the bad input of the issue: notes of 10,000 characters, 200 notes in a
 * block, accents, CJK, right-to-left scripts and emoji. KEEP_PDFS=/some/folder keeps the files.
 */

const FONTS = 'resources/fonts';
const measure = (groups: Parameters<typeof measureHeights>[0]) => measureHeights(groups, FONTS);
const PRIVATE_PHRASE = 'selling the practice to a dental group';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, consultant: { ...DEFAULT_SETTINGS.consultant, company: 'Northwind vCIO Partners' } };

function brand(settings: Settings = SETTINGS, documentTitle = 'Business canvass'): Brand {
  return brandFor(settings, null, { clientName: 'Harbourview Dental Group', documentTitle, date: new Date(2026, 10, 20) });
}

const CLIENT = makeClient({ name: 'Harbourview Dental Group', privateNotes: `The owner is ${PRIVATE_PHRASE} next year.` });

/** Short codes that start every word of a block's notes, so each word can be traced to its block on the page. */
const CODES: Record<CanvassBlock, string> = {
  keyPartners: 'qkp',
  keyActivities: 'qka',
  keyResources: 'qkr',
  valuePropositions: 'qvp',
  customerRelationships: 'qcr',
  channels: 'qch',
  customerSegments: 'qcs',
  costStructure: 'qco',
  revenueStreams: 'qrs',
};

/** A note of `words` words, each made of the block's code and a run of letters of varying length. */
function codedNote(block: CanvassBlock, index: number, words: number): string {
  return Array.from({ length: words }, (_, word) => `${CODES[block]}${'abcdefghij'.slice(0, 1 + ((index + word * 7) % 10))}`).join(' ');
}

function canvassWith(notes: Partial<Record<CanvassBlock, string[]>>): CanvassContent {
  const content = emptyCanvassContent();
  for (const block of CANVASS_BLOCKS) content.blocks[block] = (notes[block] ?? []).map((text, index) => ({ id: `${CODES[block]}-${index}`, text }));
  return content;
}

function input(content: CanvassContent, overrides: Partial<CanvassPdfInput> = {}): CanvassPdfInput {
  return { client: CLIENT, content, goals: [], initiatives: [], includePrivateNotes: false, ...overrides };
}

// ---------------------------------------------------------------------------------------------
// Reading the files back.

let folder = '';

interface Word {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface ReadBack {
  file: string;
  pages: number;
  text: string;
  pageText(page: number): string;
  /** The text between the header and the footer of a page (what the document says, not its frame). */
  bodyText(page: number): string;
  pageSize(page: number): { width: number; height: number };
  words: Word[];
}

function pdftotext(args: string[]): string {
  return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

async function readBack(name: string, bytes: Uint8Array): Promise<ReadBack> {
  const file = path.join(folder, `${name}.pdf`);
  writeFileSync(file, bytes);
  const keep = process.env['KEEP_PDFS'];
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(path.join(keep, `${name}.pdf`), bytes);
  }
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  const sizes = new Map([...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => [Number(match[1]), { width: Number(match[2]), height: Number(match[3]) }]));
  const words: Word[] = [];
  const html = pdftotext(['-bbox', file, '-']);
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) words.push({ page, xMin: Number(word[1]), yMin: Number(word[2]), xMax: Number(word[3]), yMax: Number(word[4]), text: word[5]! });
  }
  return {
    file,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    text: pdftotext([file, '-']),
    pageText: (number) => pdftotext(['-f', String(number), '-l', String(number), file, '-']),
    bodyText: (number) => {
      const size = sizes.get(number)!;
      const crop = ['-x', '0', '-y', '56', '-W', String(Math.ceil(size.width)), '-H', String(Math.floor(size.height - 56 - 46))];
      return pdftotext(['-f', String(number), '-l', String(number), ...crop, file, '-']);
    },
    pageSize: (number) => sizes.get(number)!,
    words,
  };
}

async function canvassPdf(name: string, pdfInput: CanvassPdfInput, pdfBrand = brand()): Promise<ReadBack> {
  return readBack(name, await renderPdf(await canvassDocument(pdfInput, pdfBrand, measure), FONTS));
}

/** Without spaces and hyphens: notes wrap wherever their box ends, and pdftotext joins a word hyphenated at a line end. */
function bare(text: string): string {
  return text.replace(/[\s\u200B-]+/g, '');
}

/**
 * Every word of the canvas page that belongs to a block (by its code) lies inside that block's box,
 * found from where the block's heading is printed and the box size the builder uses.
 */
function expectEveryWordInsideItsBlock(pdf: ReadBack, pdfBrand: Brand) {
  const boxes = canvassBoxes(pdfBrand);
  const firstPage = pdf.words.filter((word) => word.page === 1);
  for (const block of CANVASS_BLOCKS) {
    const [first, second] = CANVASS_BLOCK_LABELS[block].toUpperCase().split(' ');
    const heading = firstPage.find(
      (word) => word.text === first && (!second || firstPage.some((next) => next.text === second && Math.abs(next.yMin - word.yMin) < 0.5 && next.xMin > word.xMax && next.xMin - word.xMax < 6)),
    );
    expect(heading, `${block} heading`).toBeDefined();
    const left = heading!.xMin - BLOCK_INSET;
    const top = heading!.yMin - BLOCK_INSET - 2;
    const box = boxes[block];
    const mine = firstPage.filter((word) => word.text.startsWith(CODES[block]));
    for (const word of mine) {
      expect(word.xMin, `${block} "${word.text}" left`).toBeGreaterThanOrEqual(left);
      expect(word.xMax, `${block} "${word.text}" right`).toBeLessThanOrEqual(left + box.width + 0.5);
      expect(word.yMax, `${block} "${word.text}" bottom`).toBeLessThanOrEqual(top + box.height + 0.5);
    }
  }
}

beforeAll(() => {
  execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  folder = mkdtempSync(path.join(os.tmpdir(), 'vcio-canvass-pdf-'));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

const GOALS: Goal[] = [
  goal.parse({ id: 'g-site', clientId: CLIENT.id, title: 'Open a second site', horizon: 'twoYears', measureOfSuccess: 'Forty patients a day at the new site', status: 'open', createdAt: STAMP, updatedAt: STAMP }),
  goal.parse({ id: 'g-hipaa', clientId: CLIENT.id, title: 'Pass the HIPAA risk assessment', horizon: 'thisYear', measureOfSuccess: '', status: 'achieved', createdAt: STAMP, updatedAt: STAMP }),
];
const SERVING = [makeInitiative({ id: 'i-fw', title: 'Replace the end-of-life firewall', why: { standardIds: [], reviewIds: [], goalIds: ['g-hipaa'], assetIds: [], clientRequest: '' } })];

describe('canvass PDF', () => {
  it('puts the nine blocks with their headings and notes on one landscape page, then the answers and goals in portrait', async () => {
    const content = canvassWith(Object.fromEntries(CANVASS_BLOCKS.map((block) => [block, [codedNote(block, 0, 6), codedNote(block, 1, 3)]])));
    content.discovery.customers = 'Families from the harbour district who want evening appointments.';
    content.discovery.growth = 'Two new chairs this year.';
    content.trajectory = 'growing';
    const pdf = await canvassPdf('typical', input(content, { goals: GOALS, initiatives: SERVING }));

    expect(pdf.pageSize(1)).toEqual({ width: 792, height: 612 });
    expect(pdf.pageSize(2)).toEqual({ width: 612, height: 792 });
    const canvasPage = bare(pdf.pageText(1));
    for (const block of CANVASS_BLOCKS) {
      expect(canvasPage).toContain(bare(CANVASS_BLOCK_LABELS[block].toUpperCase()));
      for (const note of content.blocks[block]) expect(canvasPage).toContain(bare(note.text));
    }
    expect(canvasPage).toContain(bare('18 notes · as of November 20, 2026'));
    expect(canvasPage).not.toContain('continued');
    expectEveryWordInsideItsBlock(pdf, brand());

    const rest = bare(pdf.text.slice(pdf.text.indexOf('Discovery answers')));
    for (const topic of DISCOVERY_TOPICS) expect(rest).toContain(bare(DISCOVERY_QUESTIONS[topic].question));
    expect(rest).toContain(bare('Families from the harbour district who want evening appointments.'));
    expect(rest).toContain(bare('Growing. Two new chairs this year.'));
    expect(rest).toContain(bare('Not discussed yet.'));
    expect(rest).toContain(bare('Open a second site'));
    expect(rest).toContain(bare('Forty patients a day at the new site'));
    expect(rest).toContain(bare('Replace the end-of-life firewall'));
    expect(rest.indexOf(bare('Open a second site'))).toBeLessThan(rest.indexOf(bare('Pass the HIPAA risk assessment')));
    expect(pdf.text).toContain('Northwind vCIO Partners');
    expect(pdf.text).toContain(`Page 1 of ${pdf.pages}`);
    expect(pdf.text).not.toContain(PRIVATE_PHRASE);
  });

  it('shows the private notes only when the consultant ticks them', async () => {
    const content = canvassWith({ keyPartners: ['Dentrix support'] });
    const without = await canvassPdf('private-off', input(content));
    expect(without.text).not.toContain(PRIVATE_PHRASE);
    expect(without.text).not.toContain('Sensitive context');
    const withNotes = await canvassPdf('private-on', input(content, { includePrivateNotes: true }));
    expect(withNotes.text).toContain('Sensitive context');
    expect(bare(withNotes.text)).toContain(bare(PRIVATE_PHRASE));
  });

  it('uses the largest type at which every note fits, and smaller type for a fuller canvas', async () => {
    const light = await planCanvassPage(canvassWith({ keyPartners: ['A few words'] }), brand(), measure);
    expect(light).toMatchObject({ noteSize: NOTE_SIZES[0], continues: false });
    const full = canvassWith(Object.fromEntries(CANVASS_BLOCKS.map((block) => [block, Array.from({ length: 7 }, (_, index) => codedNote(block, index, 4))])));
    const plan = await planCanvassPage(full, brand(), measure);
    expect(plan.continues).toBe(false);
    expect(plan.noteSize).toBeLessThan(NOTE_SIZES[0]);
    expectEveryWordInsideItsBlock(await canvassPdf('full', input(full)), brand());
  });

  it('continues a block of 200 notes after the canvas, in order, marked, and keeps every other block whole on the canvas', async () => {
    const notes = Array.from({ length: 200 }, (_, index) => `${codedNote('keyPartners', index, 2)} n${index + 1}`);
    const content = canvassWith({ keyPartners: notes, channels: ['qchaaa qchbooking'], revenueStreams: ['qrsab qrsclaims'] });
    const plan = await planCanvassPage(content, brand(), measure);
    const shown = plan.blocks.keyPartners.shown;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(200);
    expect(plan.blocks.channels.shown).toBe(1);
    // Only the overflowing block pays: the rest of the canvas keeps the largest type.
    expect(plan.noteSize).toBe(NOTE_SIZES[0]);

    const pdf = await canvassPdf('two-hundred', input(content));
    const canvasPage = pdf.pageText(1);
    expect(bare(canvasPage)).toContain(bare(`+ ${200 - shown} more notes, continued after the canvas`));
    expect(canvasPage).toMatch(new RegExp(`n${shown}\\b`));
    expect(canvasPage).not.toMatch(new RegExp(`n${shown + 1}\\b`));
    expectEveryWordInsideItsBlock(pdf, brand());
    const after = pdf.text.slice(pdf.text.indexOf('Key partners (continued)'));
    expect(pdf.text.indexOf('Key partners (continued)')).toBeGreaterThan(pdf.text.indexOf('REVENUE STREAMS'));
    let last = -1;
    for (let index = shown + 1; index <= 200; index += 1) {
      const at = after.search(new RegExp(`n${index}\\b`));
      expect(at, `note ${index}`).toBeGreaterThan(last);
      last = at;
    }
    expect(pdf.pageSize(2)).toEqual({ width: 612, height: 792 });
  });

  it('never cuts a note of 10,000 characters: it continues whole after the canvas, and words without spaces wrap inside the page', async () => {
    const essay = Array.from({ length: 1_200 }, (_, index) => `qvpword${index % 10}`).join(' ').slice(0, 10_000);
    const unbroken = `qvp${'x'.repeat(9_997)}`;
    const content = canvassWith({ valuePropositions: ['qvpshort qvpvisits', essay, unbroken], keyActivities: ['qkaabc qkacleanings'] });
    const pdfBrand = brand();
    const pdf = await canvassPdf('ten-thousand', input(content), pdfBrand);
    expectEveryWordInsideItsBlock(pdf, pdfBrand);
    expect(bare(pdf.pageText(1))).toContain(bare('+ 2 more notes, continued after the canvas'));
    const body = bare(Array.from({ length: pdf.pages - 1 }, (_, index) => pdf.bodyText(index + 2)).join('\n'));
    expect(body).toContain(bare(essay));
    expect(body).toContain(unbroken);
    for (const word of pdf.words.filter((candidate) => candidate.page > 1)) {
      const size = pdf.pageSize(word.page);
      expect(word.xMax, `"${word.text.slice(0, 20)}" on page ${word.page}`).toBeLessThanOrEqual(size.width - 40 + 0.5);
    }
  });

  it('renders accents, CJK, Hebrew, Arabic and emoji without failing, and keeps the letters the font has', async () => {
    const content = canvassWith({
      customerSegments: ['Café crème brûlée — Zürich, São Paulo', '東京の顧客サービス', 'שירות לקוחות בעברית', 'خدمة العملاء', 'Emoji 🚀🦷 support'],
    });
    content.discovery.marketPosition = 'Leader à Montréal; 市場シェア 20%; 🚀';
    const pdf = await canvassPdf('unicode', input(content, { goals: [{ ...GOALS[0]!, title: 'Ouvrir un deuxième cabinet 🦷' }] }));
    expect(bare(pdf.text)).toContain(bare('Café crème brûlée — Zürich, São Paulo'));
    expect(bare(pdf.text)).toContain(bare('Leader à Montréal'));
    expect(bare(pdf.text)).toContain(bare('Ouvrir un deuxième cabinet'));
    expect(pdf.pageText(1)).toContain('Emoji');
  });

  it('fits the canvas on one landscape A4 page too', async () => {
    const a4 = brand({ ...SETTINGS, pageSize: 'A4' });
    const content = canvassWith(Object.fromEntries(CANVASS_BLOCKS.map((block) => [block, Array.from({ length: 6 }, (_, index) => codedNote(block, index, 6))])));
    const pdf = await canvassPdf('a4', input(content), a4);
    expect(pdf.pageSize(1)).toEqual({ width: 841.89, height: 595.28 });
    expectEveryWordInsideItsBlock(pdf, a4);
    expect(bare(pdf.pageText(1))).toContain(bare(content.blocks.revenueStreams[5]!.text));
  });

  it('says what belongs in an empty block and that nothing is noted yet', async () => {
    const pdf = await canvassPdf('empty', input(emptyCanvassContent()));
    const canvasPage = pdf.pageText(1);
    expect(canvasPage).toContain('Nothing noted yet.');
    expect(canvasPage).toContain('Who the customers are');
    expect(canvasPage).toContain('0 notes');
    expect(pdf.text).toContain('No business goals recorded yet.');
  });
});

describe('long text', () => {
  it('gives a long run without spaces a break every few letters and leaves ordinary words alone', () => {
    expect(breakable('Dentrix support desk')).toBe('Dentrix support desk');
    const url = 'https://portal.example.com/very/long/path/to/a/document';
    const broken = breakable(url);
    expect(broken.replace(/\u200B/g, '')).toBe(url);
    expect(broken.split('\u200B').every((piece) => piece.length <= 12)).toBe(true);
    // An emoji is one character: never split between its two halves.
    expect(breakable('🦷'.repeat(30)).replace(/\u200B/g, '')).toBe('🦷'.repeat(30));
    expect(() => encodeURIComponent(breakable('🦷'.repeat(30)))).not.toThrow();
  });
});

describe('business questions PDF', () => {
  it('prints every discovery question with room to answer, for the client named in the header', async () => {
    const pdf = await readBack('questions', await renderPdf(questionnaireDocument({ client: CLIENT }, brand(SETTINGS, 'Business questions')), FONTS));
    expect(pdf.pageSize(1)).toEqual({ width: 612, height: 792 });
    const text = bare(pdf.text);
    expect(text).toContain(bare('For Harbourview Dental Group'));
    DISCOVERY_TOPICS.forEach((topic, index) => {
      expect(text).toContain(bare(`${index + 1}. ${DISCOVERY_QUESTIONS[topic].title}`));
      expect(text).toContain(bare(DISCOVERY_QUESTIONS[topic].question));
    });
    expect(text).toContain(bare('Growing Stable Shrinking'));
    expect(text).toContain('COMPLETEDBY');
    expect(text).not.toContain(bare(PRIVATE_PHRASE));
    // Each question starts on the page where its answer lines are: no question is split from its space.
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pdf.pages; page += 1) expect(pdf.pageText(page)).toContain(`Page ${page} of ${pdf.pages}`);
  });
});
