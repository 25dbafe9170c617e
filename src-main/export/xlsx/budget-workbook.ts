import ExcelJS from 'exceljs';
import type { Brand } from '../brand';
import type { BudgetWorkbookInput } from '../budget-export-input';
import { writeAssetsSheet } from './budget-assets-sheet';
import { writeAssumptionsSheet } from './budget-assumptions-sheet';
import { budgetSheetContext, SHEET_NAMES, type BudgetSheetContext } from './budget-context';
import { writeInitiativesSheet } from './budget-initiatives-sheet';
import { writePlanSheet } from './budget-plan-sheet';
import { writeRoadmapSheet } from './budget-roadmap-sheet';
import { writeServicesSheet } from './budget-services-sheet';
import { writeSummarySheet } from './budget-summary-sheet';
import { excelBuffer } from './xlsx-cells';

/**
 * The life-cycle budget workbook (PRODUCT.md §5 and §10): Summary, Monthly plan, Assets, Services,
 * Initiatives, Roadmap, Assumptions. Totals are live formulas over the source sheets, so a client who changes
 * a quantity or a price sees every total follow. The client's copy (internal: false) holds prices
 * only; the consultant's copy adds costs, markups and margins.
 */
export async function budgetWorkbookBytes(input: BudgetWorkbookInput, brand: Brand, options: { internal: boolean }): Promise<Uint8Array> {
  const workbook = budgetWorkbook(input, brand, options);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function budgetWorkbook(input: BudgetWorkbookInput, brand: Brand, options: { internal: boolean }): ExcelJS.Workbook {
  const context = budgetSheetContext(input, brand, options.internal);
  const workbook = new ExcelJS.Workbook();
  describeWorkbook(workbook, context);

  // Sheets are added in reading order, then filled in the order their formulas depend on each other.
  const sheetOptions = { properties: { tabColor: { argb: context.colours.primary } } };
  const summary = workbook.addWorksheet(SHEET_NAMES.summary, sheetOptions);
  const plan = workbook.addWorksheet(SHEET_NAMES.plan, sheetOptions);
  const assets = workbook.addWorksheet(SHEET_NAMES.assets);
  const services = workbook.addWorksheet(SHEET_NAMES.services);
  const initiatives = workbook.addWorksheet(SHEET_NAMES.initiatives);
  const roadmap = workbook.addWorksheet(SHEET_NAMES.roadmap);
  const assumptions = workbook.addWorksheet(SHEET_NAMES.assumptions);

  const labourRateCell = writeAssumptionsSheet(assumptions, context);
  const occurrences = new Map([
    ...writeAssetsSheet(assets, context),
    ...writeServicesSheet(services, context),
    ...writeInitiativesSheet(initiatives, context, labourRateCell),
  ]);
  writeRoadmapSheet(roadmap, context, occurrences);
  const planRanges = writePlanSheet(plan, context, occurrences);
  writeSummarySheet(summary, context, planRanges, addLogo(workbook, brand));
  return workbook;
}

function describeWorkbook(workbook: ExcelJS.Workbook, context: BudgetSheetContext): void {
  const { brand } = context;
  workbook.creator = brand.company;
  workbook.lastModifiedBy = brand.company;
  workbook.company = brand.company;
  workbook.title = `${brand.documentTitle} - ${brand.clientName}`;
  workbook.subject = brand.documentTitle;
  const made = new Date(`${brand.isoDate}T00:00:00Z`);
  workbook.created = made;
  workbook.modified = made;
  // Formulas are written without results; this makes the spreadsheet compute them on opening.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function addLogo(workbook: ExcelJS.Workbook, brand: Brand): number | null {
  if (!brand.logo) return null;
  return workbook.addImage({ buffer: excelBuffer(brand.logo.bytes), extension: brand.logo.extension });
}
