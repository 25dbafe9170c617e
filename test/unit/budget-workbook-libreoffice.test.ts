import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetTable } from '../../src-main/domain/budget-views';
import { parseCsv } from '../../src-main/domain/csv';
import { monthLabel } from '../../src-main/domain/months';
import { linePrice } from '../../src-main/domain/money';
import type { BudgetExportInput, BudgetWorkbookInput } from '../../src-main/export/budget-export-input';
import { budgetWorkbookBytes } from '../../src-main/export/xlsx/budget-workbook';
import { columnWithHeader, loadWorkbook, rowWithLabel } from '../fixtures/budget-workbook-reading';
import { SAMPLE_SETTINGS, sampleAssets, sampleBrand, sampleBudgetInput, sampleServices } from '../fixtures/budget-workbook-sample';
import { makeAsset } from './factories';

/**
 * The budget workbook opened by a real spreadsheet: LibreOffice computes every formula (the file
 * carries no cached results) and writes each sheet to CSV. Every total must equal the engine's
 * figure to the cent; then a quantity and a unit price are changed in the file, LibreOffice
 * recalculates, and the totals must move by exactly what the engine's rule says.
 */

const SHEETS = ['Summary', 'Monthly plan', 'Assets', 'Services', 'Initiatives', 'Assumptions'] as const;
type SheetName = (typeof SHEETS)[number];
type Csv = Record<SheetName, string[][]>;

const CLIENT_NAME = '=HYPERLINK("http://x","y")';
const ASSET_NAME = '+1+2';
// Every sheet to its own file (last token -1), raw values rather than as shown (9th token false), UTF-8.
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function requireLibreOffice(): void {
  const found = (process.env.PATH ?? '').split(path.delimiter).some((folder) => {
    try {
      accessSync(path.join(folder, 'soffice'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) {
    throw new Error(
      'LibreOffice (soffice) is not installed, and this test needs it to recalculate the budget workbook. ' +
        'Install it: apt-get install --no-install-recommends libreoffice-calc',
    );
  }
}

let scratch: string;

beforeAll(() => {
  requireLibreOffice();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'vcio-budget-lo-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Recalculates the workbook with LibreOffice and returns each sheet as CSV rows. */
function recalculate(bytes: Uint8Array, name: string): Csv {
  const folder = path.join(scratch, name);
  const home = path.join(folder, 'home');
  mkdirSync(home, { recursive: true });
  const file = path.join(folder, `${name}.xlsx`);
  writeFileSync(file, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${home}/profile`, '--headless', '--convert-to', CSV_FILTER, '--outdir', folder, file], {
    env: { ...process.env, HOME: home },
    stdio: 'pipe',
    timeout: 90_000,
  });
  const csv = {} as Csv;
  for (const sheet of SHEETS) {
    const table = parseCsv(readFileSync(path.join(folder, `${name}-${sheet}.csv`), 'utf8'));
    csv[sheet] = [table.headers, ...table.rows];
  }
  return csv;
}

function cents(text: string | undefined): number {
  if (text === undefined || text === '') return 0;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`"${text}" is not a number`);
  return Math.round(value * 100);
}

function rowOf(rows: string[][], label: string, from = 0): string[] {
  const index = rows.findIndex((row, at) => at >= from && row[0] === label);
  if (index < 0) throw new Error(`No row "${label}"`);
  return rows[index]!;
}

function checkMonthlyPlan(csv: Csv, input: BudgetExportInput): void {
  const rows = csv['Monthly plan'];
  const months = input.forecast.months;
  const headerIndex = rows.findIndex((row) => row[0] === 'Line');
  expect(rows[headerIndex]!.slice(4, 4 + months.length)).toEqual(months.map(monthLabel));
  const lines = budgetTable(input.forecast, { granularity: 'month', grouping: 'line', fiscalYearStartMonth: input.client.fiscalYearStartMonth }).rows;
  lines.forEach((line, index) => {
    const row = rows[headerIndex + 1 + index]!;
    const events = input.forecast.events.filter((event) => event.sourceId === line.sourceId && event.kind === line.kind);
    expect(row[0]!.startsWith(events[0]!.label), `${row[0]} is ${line.label}`).toBe(true);
    months.forEach((_month, offset) => {
      const event = events.find((candidate) => candidate.monthOffset === offset);
      const cell = row[4 + offset];
      if (event) expect(cents(cell), `${line.label}, month ${offset}`).toBe(event.priceCents);
      else expect(cell, `${line.label}, month ${offset}`).toBe('');
    });
    expect(cents(row[4 + months.length]), `${line.label} total`).toBe(line.total.priceCents);
  });

  const byMonth = budgetTable(input.forecast, { granularity: 'month', grouping: 'source', fiscalYearStartMonth: input.client.fiscalYearStartMonth });
  const totals = rowOf(rows, 'Total', headerIndex + 1);
  expect(totals.slice(4, 4 + months.length).map(cents)).toEqual(byMonth.totals.map((amount) => amount.priceCents));
  expect(cents(totals[4 + months.length])).toBe(grandTotalCents(input));
}

function checkSummary(csv: Csv, input: BudgetExportInput, internal: boolean): void {
  const rows = csv.Summary;
  const fiscalYearStartMonth = input.client.fiscalYearStartMonth;
  const byCategory = budgetTable(input.forecast, { granularity: 'fiscalYear', grouping: 'category', fiscalYearStartMonth });
  const years = byCategory.periods.length;
  const header = rowOf(rows, 'Client price by fiscal year');
  expect(header.slice(1, 1 + years)).toEqual(byCategory.periods.map((period) => period.label));
  const figures = (row: string[]) => row.slice(1, 2 + years).map(cents);

  for (const category of byCategory.rows) {
    expect(figures(rowOf(rows, category.label)), category.label).toEqual([...category.amounts.map((amount) => amount.priceCents), category.total.priceCents]);
  }
  const totalRow = rows.findIndex((row) => row[0] === 'Total');
  expect(totalRow - rows.indexOf(header) - 2, 'one row per category').toBe(byCategory.rows.length);
  expect(figures(rows[totalRow]!)).toEqual([...byCategory.totals.map((amount) => amount.priceCents), grandTotalCents(input)]);

  const bySpend = budgetTable(input.forecast, { granularity: 'fiscalYear', grouping: 'spend', fiscalYearStartMonth });
  for (const [key, label] of [['capex', 'Capex (capital)'], ['opex', 'Opex (operating)']] as const) {
    const engine = bySpend.rows.find((row) => row.key === key);
    const expected = engine ? [...engine.amounts.map((amount) => amount.priceCents), engine.total.priceCents] : new Array<number>(years + 1).fill(0);
    expect(figures(rowOf(rows, label)), label).toEqual(expected);
  }

  if (internal) {
    const costs = [...byCategory.totals.map((amount) => amount.costCents), byCategory.grandTotal.costCents];
    expect(figures(rowOf(rows, 'Cost'))).toEqual(costs);
    const prices = [...byCategory.totals.map((amount) => amount.priceCents), byCategory.grandTotal.priceCents];
    expect(figures(rowOf(rows, 'Margin'))).toEqual(prices.map((price, index) => price - costs[index]!));
  } else {
    expect(rows.some((row) => row[0] === 'Cost' || row[0] === 'Margin')).toBe(false);
  }
}

function grandTotalCents(input: BudgetExportInput): number {
  return input.forecast.events.reduce((sum, event) => sum + event.priceCents, 0);
}

function checkAgainstEngine(csv: Csv, input: BudgetExportInput, internal: boolean): void {
  checkMonthlyPlan(csv, input);
  checkSummary(csv, input, internal);
}

async function build(input: BudgetWorkbookInput, internal: boolean): Promise<Uint8Array> {
  return budgetWorkbookBytes(input, sampleBrand(input, { internal }), { internal });
}

/** What the client does in the file: 13 laptops instead of 12, and Microsoft 365 at 26.40 a seat instead of 24.20. */
async function editAsTheClientWould(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  const assets = workbook.getWorksheet('Assets')!;
  assets.getCell(rowWithLabel(assets, 'Lenovo ThinkPad T14'), columnWithHeader(assets, 4, 'Quantity')).value = 13;
  const services = workbook.getWorksheet('Services')!;
  services.getCell(rowWithLabel(services, 'Microsoft 365 Business Premium'), columnWithHeader(services, 4, 'Unit price')).value = 26.4;
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same edit made on the consultant's side: the engine then gives the figures the sheet must show. */
function editedInput(): BudgetWorkbookInput {
  const assets = sampleAssetsWithTrickyName().map((asset) => (asset.id === 'a-laptops' ? { ...asset, quantity: 13 } : asset));
  // 24.00 at the 10% service markup is 26.40 to the client.
  const services = sampleServices().map((service) => (service.id === 's-m365' ? { ...service, unitCostCents: 2_400 } : service));
  return sampleBudgetInput({ clientName: CLIENT_NAME, assets, services });
}

function sampleAssetsWithTrickyName() {
  return [...sampleAssets(), makeAsset({ id: 'a-tricky', name: ASSET_NAME, category: 'other', unitCostCents: 33_333, purchaseDate: '2021-12-01' })];
}

describe('budget workbook recalculated by LibreOffice', () => {
  it('shows the engine figures to the cent, keeps text as text, and follows an edit exactly', { timeout: 120_000 }, async () => {
    const input = sampleBudgetInput({ clientName: CLIENT_NAME, assets: sampleAssetsWithTrickyName() });

    const clientCsv = recalculate(await build(input, false), 'client');
    checkAgainstEngine(clientCsv, input, false);
    expect(rowOf(clientCsv.Summary, 'Client')[1]).toBe(CLIENT_NAME);
    expect(clientCsv.Assets.some((row) => row[0] === ASSET_NAME)).toBe(true);

    const internalCsv = recalculate(await build(input, true), 'internal');
    checkAgainstEngine(internalCsv, input, true);

    const editedCsv = recalculate(await editAsTheClientWould(await build(input, false)), 'edited');
    const edited = editedInput();
    checkAgainstEngine(editedCsv, edited, false);

    // By the engine's rule (quantity × unit price rounded to the cent): one laptop replacement in the plan, and 36 months of Microsoft 365.
    const laptops = linePrice(13, 129_995, 30) - linePrice(12, 129_995, 30);
    const seats = (linePrice(25, 2_400, 10) - linePrice(25, 2_200, 10)) * 36;
    expect(laptops).toBe(168_994);
    expect(seats).toBe(198_000);
    const before = cents(rowOf(clientCsv.Summary, 'Total').at(-1));
    const after = cents(rowOf(editedCsv.Summary, 'Total').at(-1));
    expect(after - before).toBe(laptops + seats);
    expect(grandTotalCents(edited) - grandTotalCents(input)).toBe(laptops + seats);
  });

  it('matches the engine for a plan that starts mid fiscal year, in euros', { timeout: 120_000 }, async () => {
    const input = sampleBudgetInput({
      settings: { ...SAMPLE_SETTINGS, currency: 'EUR', locale: 'de-DE' },
      budgetPlan: { startMonth: '2026-10', horizonYears: 2 },
    });
    // Partial fiscal years at both ends: Oct 2026 – Jun 2027, then FY2028, then Jul – Sep 2028.
    expect(input.forecast.months).toHaveLength(24);
    checkAgainstEngine(recalculate(await build(input, false), 'partial-client'), input, false);
    checkAgainstEngine(recalculate(await build(input, true), 'partial-internal'), input, true);
  });
});
