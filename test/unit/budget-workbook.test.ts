import ExcelJS, { type Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetTable } from '../../src-main/domain/budget-views';
import type { BudgetEvent } from '../../src-main/domain/forecast';
import { monthLabel } from '../../src-main/domain/months';
import { priceWithMarkup } from '../../src-main/domain/money';
import type { BudgetWorkbookInput } from '../../src-main/export/budget-export-input';
import { budgetWorkbookBytes } from '../../src-main/export/xlsx/budget-workbook';
import { moneyFormat } from '../../src-main/export/xlsx/xlsx-cells';
import { readWorkbookTables } from '../../src-main/export/xlsx/read-tables';
import {
  allCells,
  columnWithHeader,
  FormulaEvaluator,
  formulaOf,
  loadWorkbook,
  rowWithLabel,
  zipParts,
} from '../fixtures/budget-workbook-reading';
import { sampleAssets, sampleBrand, sampleBudgetInput } from '../fixtures/budget-workbook-sample';
import { makeAsset } from './factories';

/**
 * The budget workbook read back with exceljs and as raw XML: its sheets and layout, that its live
 * formulas give the engine's prices line by line, that the client's copy hides every cost, markup
 * and margin, that user text stays text, and its print setup.
 */

const SHEETS = ['Summary', 'Monthly plan', 'Assets', 'Services', 'Initiatives', 'Roadmap', 'Assumptions'];
const PLAN_HEADER_ROW = 4;
const FIRST_MONTH_COLUMN = 5;
const FORMULA_LIKE = { client: '=HYPERLINK("http://x","y")', asset: '+1+2', other: '@SUM(A1)' };

interface Built {
  bytes: Uint8Array;
  workbook: Workbook;
}

async function build(input: BudgetWorkbookInput, internal: boolean, logo = true): Promise<Built> {
  const bytes = await budgetWorkbookBytes(input, sampleBrand(input, { internal, logo }), { internal });
  return { bytes, workbook: await loadWorkbook(bytes) };
}

function lineKey(event: Pick<BudgetEvent, 'sourceId' | 'kind'>): string {
  return `${event.sourceId}:${event.kind}`;
}

const input = sampleBudgetInput();
let client: Built;
let internal: Built;

beforeAll(async () => {
  client = await build(input, false);
  internal = await build(input, true);
});

describe('budget workbook: layout', () => {
  it('has its seven sheets in reading order, in both copies', () => {
    expect(client.workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
    expect(internal.workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
  });

  it('gives the Monthly plan one column per plan month, a Total, and one row per budget line', () => {
    const plan = client.workbook.getWorksheet('Monthly plan')!;
    const months = input.forecast.months;
    expect(months).toHaveLength(36);
    const headers = months.map((_month, offset) => plan.getCell(PLAN_HEADER_ROW, FIRST_MONTH_COLUMN + offset).value);
    expect(headers).toEqual(months.map(monthLabel));
    expect(headers[0]).toBe('Jul 2026');
    expect(plan.getCell(PLAN_HEADER_ROW, FIRST_MONTH_COLUMN + months.length).value).toBe('Total');
    expect(plan.getCell(PLAN_HEADER_ROW - 1, FIRST_MONTH_COLUMN).value).toBe('FY2027');
    expect(plan.getCell(PLAN_HEADER_ROW - 1, FIRST_MONTH_COLUMN + 35).value).toBe('FY2029');

    const lines = budgetTable(input.forecast, { granularity: 'month', grouping: 'line', fiscalYearStartMonth: 7 }).rows;
    expect(lines.length).toBeGreaterThan(15);
    expect(rowWithLabel(plan, 'Total', PLAN_HEADER_ROW + 1)).toBe(PLAN_HEADER_ROW + lines.length + 1);
  });

  it('puts the logo, the title, the client, the consultant and the date on the Summary', async () => {
    const summary = client.workbook.getWorksheet('Summary')!;
    expect(summary.getImages()).toHaveLength(1);
    const texts = allCells(client.workbook).filter((found) => found.sheet === 'Summary').map((found) => found.cell.value);
    expect(texts).toEqual(expect.arrayContaining(['Budget workbook', 'Harbor Dental Group', 'Northwind vCIO Partners & Co', 'November 20, 2026']));
    const withoutLogo = await build(input, false, false);
    expect(withoutLogo.workbook.getWorksheet('Summary')!.getImages()).toHaveLength(0);
    expect(withoutLogo.workbook.getWorksheet('Summary')!.getCell('A1').value).toBe('Northwind vCIO Partners & Co');
  });

  it('describes itself: creator, title, and a full recalculation when opened', () => {
    expect(client.workbook.creator).toBe('Northwind vCIO Partners & Co');
    expect(client.workbook.title).toBe('Budget workbook - Harbor Dental Group');
    expect(zipParts(client.bytes).get('xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('writes every formula without a cached result', () => {
    const sheets = [...zipParts(internal.bytes)].filter(([name]) => name.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(SHEETS.length);
    expect(sheets.filter(([, xml]) => xml.includes('<f>')).length).toBe(6);
    expect(sheets.filter(([, xml]) => /<\/f>\s*<v>/.test(xml)).map(([name]) => name)).toEqual([]);
  });

  it('formats money in the consultant currency, the symbol where the locale puts it', () => {
    expect(moneyFormat({ currency: 'USD', locale: 'en-US' })).toBe('"$"#,##0.00');
    expect(moneyFormat({ currency: 'EUR', locale: 'de-DE' })).toBe('#,##0.00\\ "€"');
    const price = client.workbook.getWorksheet('Assets')!.getCell(5, columnWithHeader(client.workbook.getWorksheet('Assets')!, 4, 'Price per replacement'));
    expect(price.numFmt).toBe('"$"#,##0.00');
  });
});

describe('budget workbook: live formulas give the engine figures', () => {
  for (const copy of ['client', 'internal'] as const) {
    it(`${copy} copy: every line's month cells and total equal the engine's prices`, () => {
      const built = copy === 'client' ? client : internal;
      const plan = built.workbook.getWorksheet('Monthly plan')!;
      const evaluator = new FormulaEvaluator(built.workbook);
      const lines = budgetTable(input.forecast, { granularity: 'month', grouping: 'line', fiscalYearStartMonth: 7 }).rows;
      const months = input.forecast.months.length;
      lines.forEach((line, index) => {
        const row = PLAN_HEADER_ROW + 1 + index;
        const events = input.forecast.events.filter((event) => lineKey(event) === `${line.sourceId}:${line.kind}`);
        for (let offset = 0; offset < months; offset += 1) {
          const cell = plan.getCell(row, FIRST_MONTH_COLUMN + offset);
          const event = events.find((candidate) => candidate.monthOffset === offset);
          if (event) expect(Math.round(evaluator.cell('Monthly plan', cell.address) * 100), `${line.label} ${offset}`).toBe(event.priceCents);
          else expect(cell.value, `${line.label} ${offset}`).toBeNull();
        }
        const total = evaluator.cell('Monthly plan', plan.getCell(row, FIRST_MONTH_COLUMN + months).address);
        expect(Math.round(total * 100), line.label).toBe(line.total.priceCents);
      });
      const totalRow = PLAN_HEADER_ROW + lines.length + 1;
      const grandTotal = evaluator.cell('Monthly plan', plan.getCell(totalRow, FIRST_MONTH_COLUMN + months).address);
      expect(Math.round(grandTotal * 100)).toBe(input.forecast.events.reduce((sum, event) => sum + event.priceCents, 0));
    });
  }

  it('makes a sound workbook for a client with nothing planned', async () => {
    const empty = sampleBudgetInput({ assets: [], services: [], initiatives: [] });
    const built = await build(empty, false);
    const plan = built.workbook.getWorksheet('Monthly plan')!;
    expect(plan.getCell(PLAN_HEADER_ROW + 1, 1).value).toBe('Nothing is planned in these months.');
    const totalRow = rowWithLabel(plan, 'Total', PLAN_HEADER_ROW + 1);
    const grandTotal = plan.getCell(totalRow, FIRST_MONTH_COLUMN + empty.forecast.months.length);
    expect(new FormulaEvaluator(built.workbook).cell('Monthly plan', grandTotal.address)).toBe(0);
    const summary = built.workbook.getWorksheet('Summary')!;
    expect(formulaOf(summary.getCell(rowWithLabel(summary, 'Capex (capital)'), 2).value)).toMatch(/^SUMPRODUCT\(/);
    // With no category rows, the total is a plain zero rather than a sum of itself.
    expect(summary.getCell(rowWithLabel(summary, 'Total'), 2).value).toBe(0);
  });

  it('rounds the unit price half up to the cent, as the engine does (1,008.45 × 1.30 = 1,310.985 → 1,310.99)', () => {
    const evaluator = new FormulaEvaluator(client.workbook);
    const assets = client.workbook.getWorksheet('Assets')!;
    const row = rowWithLabel(assets, 'APC Smart-UPS 1500');
    const price = evaluator.cell('Assets', assets.getCell(row, columnWithHeader(assets, 4, 'Price per replacement')).address);
    expect(price).toBe(1310.99);
    expect(assets.getCell(row, columnWithHeader(assets, 4, 'Replacement unit price')).value).toBe(1310.99);
    // Three access points at 149.15 with 10%: 3 × 164.07 (164.065 rounded up) = 492.21, not 492.195 rounded.
    const wifi = rowWithLabel(assets, 'Ubiquiti U6 Pro');
    expect(assets.getCell(wifi, columnWithHeader(assets, 4, 'Replacement unit price')).value).toBe(164.07);
    expect(evaluator.cell('Assets', assets.getCell(wifi, columnWithHeader(assets, 4, 'Price per replacement')).address)).toBe(492.21);
    const internalAssets = internal.workbook.getWorksheet('Assets')!;
    const internalWifi = rowWithLabel(internalAssets, 'Ubiquiti U6 Pro');
    const internalPrice = new FormulaEvaluator(internal.workbook).cell('Assets', internalAssets.getCell(internalWifi, columnWithHeader(internalAssets, 4, 'Price per replacement')).address);
    expect(internalPrice).toBe(492.21);
  });

  it('stores no figure with more than two decimals in the client copy', () => {
    const values = allCells(client.workbook).flatMap(({ cell }) => (typeof cell.value === 'number' ? [cell.value] : []));
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((value) => Math.abs(value * 100 - Math.round(value * 100)) > 1e-9)).toEqual([]);
  });
});

describe('budget workbook: the client copy shows prices only', () => {
  /** Every cost the consultant pays that differs from what the client is charged for it. */
  function secretFigures(): number[] {
    const markups = input.settings.markups;
    const figures: number[] = [];
    const add = (costCents: number, markup: number) => {
      if (priceWithMarkup(costCents, markup) !== costCents) figures.push(costCents / 100);
    };
    for (const asset of input.assets) {
      const markup = asset.markupPercent ?? markups.asset;
      add(asset.unitCostCents, markup);
      add(asset.replacementUnitCostCents ?? asset.unitCostCents, markup);
      add(asset.quantity * (asset.replacementUnitCostCents ?? asset.unitCostCents), markup);
    }
    for (const service of input.services) {
      const markup = service.markupPercent ?? markups.service;
      add(service.unitCostCents, markup);
      add(service.quantity * service.unitCostCents, markup);
    }
    for (const initiative of input.initiatives) {
      add(initiative.oneTimeCostCents, initiative.oneTimeMarkupPercent ?? markups.initiativeOneTime);
      add(initiative.recurringMonthlyCostCents, initiative.recurringMarkupPercent ?? markups.recurring);
    }
    return figures;
  }

  function markupFractions(): number[] {
    const markups = input.settings.markups;
    const percents = [
      ...Object.values(markups),
      ...input.assets.map((asset) => asset.markupPercent),
      ...input.services.map((service) => service.markupPercent),
      ...input.initiatives.flatMap((initiative) => [initiative.oneTimeMarkupPercent, initiative.recurringMarkupPercent]),
    ];
    return percents.filter((value): value is number => value !== null && value > 0).map((value) => value / 100);
  }

  function numbersIn(workbook: Workbook): number[] {
    return allCells(workbook).flatMap(({ cell }) => {
      if (typeof cell.value === 'number') return [cell.value];
      const formula = formulaOf(cell.value);
      return formula ? [...formula.replace(/\$?[A-Z]{1,3}\$?\d+/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0])) : [];
    });
  }

  function textsIn(workbook: Workbook): string[] {
    const texts = allCells(workbook).flatMap(({ cell }) => [typeof cell.value === 'string' ? cell.value : '', formulaOf(cell.value) ?? '']);
    workbook.eachSheet((sheet) => texts.push(sheet.name, sheet.headerFooter.oddHeader ?? '', sheet.headerFooter.oddFooter ?? ''));
    return [...texts, workbook.title, workbook.subject, workbook.creator].filter(Boolean);
  }

  it('has no markup, margin or cost anywhere, not even in a hidden place', () => {
    const texts = textsIn(client.workbook);
    expect(texts.filter((value) => /markup|margin|\bcosts?\b/i.test(value))).toEqual([]);
    // Every part of the file, less the XML namespace names ("markup-compatibility"); element names like pageMargins are no words.
    const parts = [...zipParts(client.bytes)].map(([name, xml]) => [name, xml.replace(/\s(?:xmlns(?::\w+)?|mc:Ignorable)="[^"]*"/g, '')]);
    expect(parts.filter(([, xml]) => /\b(?:markup|margins?)\b/i.test(xml!)).map(([name]) => name)).toEqual([]);
    const hidden = client.workbook.worksheets.filter((sheet) => sheet.state !== 'visible');
    expect(hidden).toEqual([]);
  });

  it('has no unit cost or markup figure that differs from a price', () => {
    const secrets = secretFigures();
    expect(secrets.length).toBeGreaterThan(10);
    const numbers = new Set(numbersIn(client.workbook));
    expect(secrets.filter((figure) => numbers.has(figure))).toEqual([]);
    expect(markupFractions().filter((fraction) => numbers.has(fraction))).toEqual([]);
  });

  it('the internal copy does show cost, markup and margin, side by side', () => {
    const texts = textsIn(internal.workbook);
    for (const header of ['Markup', 'Margin it gives', 'Cost per replacement', 'Price per replacement', 'Margin per replacement', 'Unit cost', 'Cost per charge']) {
      expect(texts, header).toContain(header);
    }
    const summary = internal.workbook.getWorksheet('Summary')!;
    expect(() => rowWithLabel(summary, 'Cost')).not.toThrow();
    expect(() => rowWithLabel(summary, 'Margin')).not.toThrow();
    const numbers = new Set(numbersIn(internal.workbook));
    expect(numbers.has(1299.95)).toBe(true);
    expect(numbers.has(0.3)).toBe(true);
    expect(texts.some((value) => /30% markup = 23\.08% margin/.test(value))).toBe(true);
  });
});

describe('budget workbook: user text is written as text', () => {
  it('keeps formula-like names as string cells, never formulas', async () => {
    const tricky = sampleBudgetInput({
      clientName: FORMULA_LIKE.client,
      assets: [
        ...sampleAssets(),
        makeAsset({ id: 'a-plus', name: FORMULA_LIKE.asset, category: 'other', unitCostCents: 10_000, purchaseDate: '2022-01-01' }),
        makeAsset({ id: 'a-at', name: FORMULA_LIKE.other, category: 'other', unitCostCents: 20_000, purchaseDate: '2022-01-01' }),
      ],
    });
    const built = await build(tricky, false);
    const found = allCells(built.workbook);
    for (const name of Object.values(FORMULA_LIKE)) {
      const cells = found.filter(({ cell }) => cell.value === name);
      expect(cells.length, name).toBeGreaterThan(0);
      for (const { cell } of cells) expect(cell.type, name).toBe(ExcelJS.ValueType.String);
    }
    const formulas = found.map(({ cell }) => formulaOf(cell.value)).filter((formula): formula is string => formula !== null);
    expect(formulas.filter((formula) => /HYPERLINK|A1\b|^\+1/.test(formula))).toEqual([]);
    const sharedStrings = zipParts(built.bytes).get('xl/sharedStrings.xml') ?? '';
    expect(sharedStrings).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
    expect(built.workbook.getWorksheet('Summary')!.getCell('B3').value).toBe(FORMULA_LIKE.client);
  });
});

describe('budget workbook: screen and print setup', () => {
  it('freezes the header rows and first column and puts filters on the data tables', () => {
    for (const name of ['Monthly plan', 'Assets', 'Services', 'Initiatives']) {
      const sheet = client.workbook.getWorksheet(name)!;
      expect(sheet.views[0], name).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: PLAN_HEADER_ROW });
      expect(sheet.autoFilter, name).toBeTruthy();
    }
    expect(client.workbook.getWorksheet('Assets')!.autoFilter).toMatch(/^A4:/);
  });

  it('prints every sheet landscape, fitted to the width, with its header rows repeated and page numbers', () => {
    for (const sheet of client.workbook.worksheets) {
      const setup = sheet.pageSetup;
      expect(setup.orientation, sheet.name).toBe('landscape');
      expect(setup.fitToPage, sheet.name).toBe(true);
      expect(setup.fitToHeight, sheet.name).toBe(0);
      // The Monthly plan is one page wide per fiscal year: 36 months on one page cannot be read.
      expect(setup.fitToWidth, sheet.name).toBe(sheet.name === 'Monthly plan' ? 3 : 1);
      expect(setup.printTitlesRow, sheet.name).toMatch(/^\d+:\d+$/);
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain('&P');
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain('Northwind vCIO Partners && Co');
      expect(sheet.headerFooter.oddHeader, sheet.name).toContain('Harbor Dental Group');
    }
    expect(client.workbook.getWorksheet('Monthly plan')!.pageSetup.printTitlesRow).toBe('3:4');
    expect(client.workbook.getWorksheet('Monthly plan')!.pageSetup.printTitlesColumn).toBe('A:A');
    expect(client.workbook.getWorksheet('Assets')!.pageSetup.printTitlesRow).toBe('4:4');
  });
});

describe('reading tables from an RMM or PSA export', () => {
  async function exportLike(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Devices');
    workbook.addWorksheet('Empty');
    sheet.getCell('A2').value = '  Device name ';
    sheet.getCell('B2').value = 'Serial';
    sheet.getCell('C2').value = 'Purchased';
    sheet.getCell('D2').value = 'Cost';
    sheet.getCell('E2').value = 'Managed';
    sheet.getCell('F2').value = { richText: [{ text: 'Site ' }, { font: { bold: true }, text: 'name' }] };
    sheet.getCell('G2').value = 'Link';
    sheet.getRow(3).values = ['  LAPTOP-01 ', 'SN1', new Date(Date.UTC(2024, 8, 1)), 1349.99, true, 'HQ', { text: 'portal', hyperlink: 'https://rmm.example/1' }];
    sheet.getCell('A5').value = { richText: [{ text: 'DESK' }, { text: 'TOP-02' }] };
    sheet.getCell('C5').value = { formula: 'DATE(2023,1,15)', result: new Date(Date.UTC(2023, 0, 15)) };
    sheet.getCell('D5').value = { formula: 'D3*2', result: 2699.98 };
    sheet.getCell('E5').value = false;
    sheet.getCell('A6').value = 'SERVER-01';
    sheet.getCell('D6').value = { error: '#N/A' };
    sheet.mergeCells('F6:G6');
    sheet.getCell('F6').value = 'Branch';
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('takes the first non-empty row as headers and reads each kind of cell as the import expects', async () => {
    const tables = await readWorkbookTables(await exportLike());
    expect(tables.sheets).toEqual(['Devices', 'Empty']);
    const table = tables.table('Devices');
    expect(table.headers).toEqual(['Device name', 'Serial', 'Purchased', 'Cost', 'Managed', 'Site name', 'Link']);
    expect(table.rows).toEqual([
      ['LAPTOP-01', 'SN1', '2024-09-01', 1349.99, 'TRUE', 'HQ', 'portal'],
      ['DESKTOP-02', null, '2023-01-15', 2699.98, 'FALSE', null, null],
      ['SERVER-01', null, null, null, null, 'Branch', null],
    ]);
    expect(tables.table('Empty')).toEqual({ headers: [], rows: [] });
    expect(() => tables.table('Nope')).toThrow(/no sheet named "Nope"/);
  });

  it('reads the budget workbook it writes, sheet by sheet', async () => {
    const tables = await readWorkbookTables(client.bytes);
    expect(tables.sheets).toEqual(SHEETS);
    // The first non-empty row of a budget sheet is its title.
    expect(tables.table('Assets').headers).toEqual(['Assets and their replacements']);
  });
});
