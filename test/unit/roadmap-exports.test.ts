import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src-main/domain/format';
import type { Initiative } from '../../src-main/domain/initiative';
import { NO_LINK_TARGETS, type LinkTargets } from '../../src-main/domain/initiative-links';
import { initiativePrices } from '../../src-main/domain/initiative-prices';
import type { FiscalQuarter } from '../../src-main/domain/months';
import { roadmapHandout } from '../../src-main/domain/roadmap-handout';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { brandFor } from '../../src-main/export/brand';
import { renderPdf } from '../../src-main/export/pdf/render';
import { roadmapHandoutDocument } from '../../src-main/export/pdf/roadmap';
import { budgetWorkbookBytes } from '../../src-main/export/xlsx/budget-workbook';
import { columnWithHeader, FormulaEvaluator, formulaOf, loadWorkbook } from '../fixtures/budget-workbook-reading';
import { sampleBudgetInput } from '../fixtures/budget-workbook-sample';
import { isUnderHeading, pdfWords, type PdfWord } from '../fixtures/pdf-words';
import { makeClient, makeInitiative } from './factories';

/**
 * The roadmap handout read back as a person would see it (every initiative under its quarter, the
 * totals, the legend, nothing off the page, no cost or markup) and the Roadmap sheet of the budget
 * workbook read back with exceljs. KEEP_PDFS=/some/folder keeps the files to look at.
 */

const FONTS = 'resources/fonts';
const TODAY = '2026-11';
const SETTINGS = { ...DEFAULT_SETTINGS, labourRateCents: 15_000, consultant: { ...DEFAULT_SETTINGS.consultant, company: 'Northwind vCIO Partners' } };
const MONEY = { currency: SETTINGS.currency, locale: SETTINGS.locale };
const q = (fiscalYear: number, quarter: number): FiscalQuarter => ({ fiscalYear, quarter });
const client = makeClient({ name: 'Harbor Dental Group', fiscalYearStartMonth: 7, budgetPlan: { startMonth: null, horizonYears: 3, spendingLimitPerQuarterCents: 500_000 } });
const TARGETS: LinkTargets = { ...NO_LINK_TARGETS, goals: [{ id: 'g1', label: 'Open a second office in 2028' }], standards: [{ id: 's1', label: 'Firewall firmware is supported' }] };

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'vcio-roadmap-pdf-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function item(id: string, overrides: Partial<Initiative>): Initiative {
  return makeInitiative({ id, status: 'proposed', ...overrides });
}

async function handoutFile(name: string, initiatives: Initiative[]): Promise<{ file: string; words: PdfWord[]; text: string; pages: number }> {
  const input = { client, assets: [], services: [], initiatives, settings: SETTINGS, targets: TARGETS, today: TODAY };
  const brand = brandFor(SETTINGS, null, { clientName: client.name, documentTitle: 'Roadmap', date: new Date(2026, 10, 22) });
  const bytes = await renderPdf(roadmapHandoutDocument(roadmapHandout(input), brand), FONTS);
  const file = path.join(process.env.KEEP_PDFS ?? scratch, `${name}.pdf`);
  writeFileSync(file, bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  return { file, words: pdfWords(file), text: execFileSync('pdftotext', ['-layout', file, '-']).toString(), pages };
}

/** Every word inside the page's margins: nothing is cut off or runs off the paper. */
function offThePage(words: readonly PdfWord[]): PdfWord[] {
  return words.filter((word) => word.xMin < 39 || word.xMax > 792 - 39 || word.yMax > 612);
}

describe('the roadmap handout', () => {
  const initiatives = [
    item('fw', {
      title: 'Replace the end-of-life firewall',
      priority: 'high',
      status: 'approved',
      startQuarter: q(2027, 3),
      oneTimeCostCents: 300_000,
      labourHours: 6,
      why: { standardIds: ['s1'], reviewIds: [], goalIds: [], assetIds: [], clientRequest: '' },
    }),
    item('wifi', { title: 'Guest Wi-Fi for the waiting room', priority: 'low', startQuarter: q(2027, 3), oneTimeCostCents: 35_000, rank: 1 }),
    item('mfa', { title: 'MFA for everyone', status: 'scheduled', startQuarter: q(2027, 4), recurringMonthlyCostCents: 7_200, recurringMarkupPercent: 0 }),
    item('office', {
      title: 'Network and phones for the second office',
      startQuarter: q(2028, 2),
      oneTimeCostCents: 1_200_000,
      why: { standardIds: [], reviewIds: [], goalIds: ['g1'], assetIds: [], clientRequest: '' },
    }),
    item('portal', { title: 'Client portal', status: 'declined', startQuarter: q(2027, 4), oneTimeCostCents: 900_000 }),
    item('training', { title: 'Security awareness training', startQuarter: null, oneTimeCostCents: 80_000 }),
  ];
  let read: Awaited<ReturnType<typeof handoutFile>>;
  beforeAll(async () => {
    read = await handoutFile('roadmap', initiatives);
  });

  it('is landscape, one page per fiscal year, then the work not yet scheduled', () => {
    const info = execFileSync('pdfinfo', [read.file]).toString();
    expect(info).toMatch(/Page size:\s+792 x 612/);
    expect(read.pages).toBe(3);
    expect(read.text).toContain('Roadmap FY2027');
    expect(read.text).toContain('Roadmap FY2028');
    expect(read.text).toContain('Not yet scheduled');
    expect(read.text).toContain('Security awareness training');
  });

  it('puts every scheduled initiative under its quarter, and leaves out declined work', () => {
    expect(isUnderHeading(read.words, 'Replace the end-of-life firewall', 'Q3 FY2027')).toBe(true);
    expect(isUnderHeading(read.words, 'Guest Wi-Fi for the waiting room', 'Q3 FY2027')).toBe(true);
    expect(isUnderHeading(read.words, 'MFA for everyone', 'Q4 FY2027')).toBe(true);
    expect(isUnderHeading(read.words, 'Network and phones for the second office', 'Q2 FY2028')).toBe(true);
    expect(isUnderHeading(read.words, 'MFA for everyone', 'Q3 FY2027')).toBe(false);
    expect(read.text).not.toContain('Client portal');
  });

  it('shows client prices, a short why, quarter totals and the year total; never a cost or a markup', () => {
    // $3,000 at 30% markup is $3,900, plus 6 hours of labour at $150: $4,800.
    expect(read.text).toContain(formatMoney(480_000, MONEY));
    expect(read.text).not.toContain(formatMoney(300_000, MONEY));
    expect(read.text).not.toMatch(/markup|margin|\bcost\b/i);
    expect(read.text).toContain('Closes: Firewall firmware is supported');
    expect(read.text).toContain('Serves: Open a second office in 2028');
    // Q3 FY2027: the firewall's $4,800 and the Wi-Fi's $455. Q4: three months of MFA at $72.
    expect(read.text).toContain(formatMoney(525_500, MONEY));
    expect(read.text).toContain(`FY2027 total: ${formatMoney(525_500 + 21_600, MONEY)}`);
  });

  it('reads in black and white: status and priority are written, with a legend', () => {
    expect(read.text).toContain('APPROVED');
    expect(read.text).toContain('High priority');
    expect(read.text).toContain('Priority, shown by the bar at the left of each card');
    expect(read.text).toContain('Status, written on each card');
  });

  it('keeps every word on the page', () => {
    expect(offThePage(read.words)).toEqual([]);
  });
});

describe('a busy quarter', () => {
  const longTitle = (index: number) => `Item ${index + 1}: replace the ageing equipment in the treatment rooms and move their software to the current supported release`;
  const busy = Array.from({ length: 15 }, (_unused, index) => item(`busy${index}`, { title: longTitle(index), startQuarter: q(2027, 3), rank: index, oneTimeCostCents: 10_000 * (index + 1) }));
  const quiet = item('quiet', { title: 'Quarterly backup restore test', startQuarter: q(2027, 4), labourHours: 2 });
  let read: Awaited<ReturnType<typeof handoutFile>>;
  beforeAll(async () => {
    read = await handoutFile('busy-quarter', [...busy, quiet]);
  });

  it('fits fifteen long-titled initiatives: all under their quarter, continued on a marked following page', () => {
    for (const [index] of busy.entries()) expect(isUnderHeading(read.words, `Item ${index + 1}:`, 'Q3 FY2027'), `item ${index + 1}`).toBe(true);
    expect(isUnderHeading(read.words, 'Quarterly backup restore test', 'Q4 FY2027')).toBe(true);
    expect(read.text).toContain('Continues on the next page');
    expect(read.text).toMatch(/Roadmap FY2027 \(page 1 of \d for this year\)/);
    expect(read.text).toContain('continued from the previous page');
  });

  it('keeps the long titles whole and every word on the page', () => {
    expect(read.text.replace(/\s+/g, ' ')).toContain('and move their software to the current supported release');
    expect(offThePage(read.words)).toEqual([]);
  });

  it('gives the totals once, on the year’s last page', () => {
    const total = busy.reduce((sum, entry) => sum + Math.round(entry.oneTimeCostCents * 1.3), 0);
    expect(read.text.match(/FY2027 total/g)).toHaveLength(1);
    expect(read.text).toContain(formatMoney(total, MONEY));
  });
});

describe('the Roadmap sheet of the budget workbook', () => {
  const formulaLike = '=HYPERLINK("http://x","y")';
  const input = sampleBudgetInput({
    initiatives: [
      item('fw', { title: 'Firewall refresh', startQuarter: q(2027, 3), oneTimeCostCents: 300_000, labourHours: 6, priority: 'high', status: 'approved' }),
      item('mfa', { title: formulaLike, startQuarter: q(2027, 2), recurringMonthlyCostCents: 7_200 }),
      item('later', { title: 'Not yet planned', startQuarter: null, oneTimeCostCents: 50_000 }),
      item('no', { title: 'Declined portal', status: 'declined', startQuarter: q(2027, 2), oneTimeCostCents: 900_000 }),
    ],
  });

  async function sheet(internal: boolean) {
    const brand = brandFor(input.settings, null, { clientName: input.client.name, documentTitle: 'Budget workbook', date: new Date(2026, 10, 20) });
    const workbook = await loadWorkbook(await budgetWorkbookBytes(input, brand, { internal }));
    return { workbook, roadmap: workbook.getWorksheet('Roadmap')! };
  }

  it('lists the plan in roadmap order with text as text and prices that follow the Initiatives sheet', async () => {
    const { workbook, roadmap } = await sheet(false);
    const header = 4;
    const title = columnWithHeader(roadmap, header, 'Initiative');
    const quarter = columnWithHeader(roadmap, header, 'Quarter');
    const upfront = columnWithHeader(roadmap, header, 'Upfront price (one-time and labour)');
    const monthly = columnWithHeader(roadmap, header, 'Monthly price');
    const rows = [5, 6, 7].map((row) => [roadmap.getCell(row, quarter).value, roadmap.getCell(row, title).value]);
    expect(rows).toEqual([
      ['Q2 FY2027', formulaLike],
      ['Q3 FY2027', 'Firewall refresh'],
      ['Not yet scheduled', 'Not yet planned'],
    ]);
    expect(roadmap.getCell(8, title).value).toBeNull();
    expect(formulaOf(roadmap.getCell(6, upfront).value)).toMatch(/^'Initiatives'!\$[A-Z]+\$\d+\+'Initiatives'!\$[A-Z]+\$\d+$/);
    const evaluator = new FormulaEvaluator(workbook);
    const firewall = initiativePrices(input.initiatives.find((entry) => entry.id === 'fw')!, input.settings);
    expect(evaluator.cell('Roadmap', roadmap.getCell(6, upfront).address)).toBe(firewall.upfrontCents / 100);
    const mfa = initiativePrices(input.initiatives.find((entry) => entry.id === 'mfa')!, input.settings);
    expect(evaluator.cell('Roadmap', roadmap.getCell(5, monthly).address)).toBe(mfa.monthlyCents / 100);
  });

  it('has prices only in the client’s copy', async () => {
    const { roadmap } = await sheet(false);
    const headers = (roadmap.getRow(4).values as unknown[]).filter(Boolean).map(String);
    expect(headers.some((text) => /cost|markup|margin/i.test(text))).toBe(false);
  });
});
