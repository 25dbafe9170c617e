import type { BudgetEventKind } from '../../domain/forecast';
import { priceWithMarkup } from '../../domain/money';
import { workbookBrand, type Brand } from '../brand';
import type { BudgetWorkbookInput } from '../budget-export-input';
import { moneyFormat, type BrandColours } from './xlsx-cells';

/** What every sheet of the budget workbook is built from. */
export interface BudgetSheetContext {
  input: BudgetWorkbookInput;
  brand: Brand;
  /** The consultant's own copy: costs, markups and margins appear; the client's copy has prices only. */
  internal: boolean;
  colours: BrandColours;
  moneyFormat: string;
}

export function budgetSheetContext(input: BudgetWorkbookInput, brand: Brand, internal: boolean): BudgetSheetContext {
  return { input, brand, internal, colours: workbookBrand(brand), moneyFormat: moneyFormat(brand.money) };
}

export const SHEET_NAMES = {
  summary: 'Summary',
  plan: 'Monthly plan',
  assets: 'Assets',
  services: 'Services',
  initiatives: 'Initiatives',
  roadmap: 'Roadmap',
  assumptions: 'Assumptions',
} as const;

/** How the workbook names capital and operating spending; the Summary's formulas match these words. */
export const SPEND_WORDS = { capex: 'Capex', opex: 'Opex' } as const;

/** Data tables start under a two-line title and a spacer row. */
export const TABLE_HEADER_ROW = 4;

/** Where one budget line's per-occurrence figures live on its source sheet (absolute, with the sheet name). */
export interface OccurrenceCells {
  price: string;
  /** Null in the client's copy, which has no cost anywhere. */
  cost: string | null;
}

export function occurrenceKey(sourceId: string, kind: BudgetEventKind): string {
  return `${sourceId}:${kind}`;
}

/**
 * The client's unit price in major units: the unit cost with markup rounded to the cent, as the
 * engine prices it, so quantity × unit price in the sheet gives the engine's figure and no cell
 * lets a client work back to the cost or the markup (PRODUCT.md §5).
 */
export function unitPriceFor(unitCostCents: number, markupPercent: number): number {
  return major(priceWithMarkup(unitCostCents, markupPercent));
}

export function major(cents: number): number {
  return cents / 100;
}

export function percentValue(percent: number): number {
  return percent / 100;
}
