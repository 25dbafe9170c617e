import type { Worksheet } from 'exceljs';
import { ASSET_CATEGORY_LABELS, type Asset } from '../../domain/asset';
import { replacementUnitCost, type PriceBasis } from '../../domain/asset-replacement';
import { effectiveLifespan, firstDueMonth, type BudgetEvent, type ReplacedAsset } from '../../domain/forecast';
import {
  occurrenceKey,
  SHEET_NAMES,
  TABLE_HEADER_ROW,
  type BudgetSheetContext,
  type OccurrenceCells,
} from './budget-context';
import { absolute, dateCell, monthCell, number, onSheet, QUANTITY_FORMAT, text, writeSheetTitle } from './xlsx-cells';
import { occurrenceColumns, unitPricingColumns } from './budget-item-columns';
import { finishDataSheet, writeTable, type TableColumn } from './xlsx-table';

interface AssetLine {
  asset: Asset;
  /** The unit cost its replacements are budgeted at: its own, or its category's default when it has none. */
  replacementUnitCostCents: number;
  basis: PriceBasis;
  markupPercent: number;
  /** Its replacements inside the plan, soonest first. */
  replacements: BudgetEvent[];
  status: string;
}

/** The marker of a figure that rests on no price of the client's own; the sheet's subtitle says what it means. */
const PRICE_NOTES: Record<PriceBasis, string> = {
  priced: '',
  estimated: 'Estimate',
  unpriced: 'Unpriced',
};

function statusOf(asset: Asset, replacements: readonly BudgetEvent[], ageUnknown: boolean, replacedBy: ReplacedAsset | undefined): string {
  if (asset.status === 'retired') return 'Retired';
  if (replacedBy) return `Replaced by ${replacedBy.title}`;
  if (ageUnknown) return 'Age unknown';
  if (replacements.some((event) => event.overdue)) return 'Overdue';
  return replacements.length > 0 ? 'Due in plan' : 'Beyond plan';
}

function assetLines(context: BudgetSheetContext): AssetLine[] {
  const { assets, forecast, settings } = context.input;
  const ageUnknown = new Set(forecast.ageUnknownAssetIds);
  const replaced = new Map(forecast.replacedAssets.map((entry) => [entry.assetId, entry]));
  return [...assets]
    .sort((a, b) => ASSET_CATEGORY_LABELS[a.category].localeCompare(ASSET_CATEGORY_LABELS[b.category]) || a.name.localeCompare(b.name))
    .map((asset) => {
      const replacements = forecast.events.filter((event) => event.source === 'asset' && event.sourceId === asset.id);
      const pricing = replacementUnitCost(asset, settings.replacementCosts);
      return {
        asset,
        replacementUnitCostCents: pricing.unitCostCents,
        basis: pricing.basis,
        markupPercent: asset.markupPercent ?? settings.markups.asset,
        replacements,
        status: statusOf(asset, replacements, ageUnknown.has(asset.id), replaced.get(asset.id)),
      };
    });
}

/** What the Estimate and Unpriced markers mean, for the sheet's subtitle and the Summary. */
export function priceNotesSentence(lines: readonly { basis: PriceBasis }[]): string {
  const notes: string[] = [];
  if (lines.some((line) => line.basis === 'estimated')) notes.push('Estimate: no price is on record, so a typical price for the category is used.');
  if (lines.some((line) => line.basis === 'unpriced')) notes.push('Unpriced: no price is on record yet; counted at 0 until priced.');
  return notes.join(' ');
}

function lifeCycleColumns(context: BudgetSheetContext): TableColumn<AssetLine>[] {
  const lifespans = context.input.settings.lifespans;
  return [
    { key: 'purchased', header: 'Purchase date', width: 12, cell: (line) => dateCell(line.asset.purchaseDate) },
    { key: 'warranty', header: 'Warranty end', width: 12, cell: (line) => dateCell(line.asset.warrantyEnd) },
    { key: 'lifespan', header: 'Lifespan (months)', width: 10, cell: (line) => number(effectiveLifespan(line.asset, lifespans), QUANTITY_FORMAT) },
    { key: 'firstDue', header: 'First due', width: 10, cell: (line) => monthCell(firstDueMonth(line.asset, lifespans)) },
    { key: 'next', header: 'Next replacement in plan', width: 13, cell: (line) => monthCell(line.replacements[0]?.month ?? null) },
    { key: 'status', header: 'Status', width: 24, cell: (line) => text(line.status) },
  ];
}

function assetColumns(context: BudgetSheetContext): TableColumn<AssetLine>[] {
  return [
    { key: 'name', header: 'Asset', width: 32, cell: (line) => text(line.asset.name) },
    { key: 'category', header: 'Category', width: 16, cell: (line) => text(ASSET_CATEGORY_LABELS[line.asset.category]) },
    { key: 'quantity', header: 'Quantity', width: 9, input: true, cell: (line) => number(line.asset.quantity, QUANTITY_FORMAT) },
    ...unitPricingColumns<AssetLine>(context, {
      unitLabel: 'Replacement unit',
      width: 15,
      unitCostCents: (line) => line.replacementUnitCostCents,
      markupPercent: (line) => line.markupPercent,
    }),
    { key: 'priceNote', header: 'Price note', width: 11, cell: (line) => (line.basis === 'priced' ? null : text(PRICE_NOTES[line.basis])) },
    ...lifeCycleColumns(context),
    ...occurrenceColumns<AssetLine>(context, { noun: 'replacement', width: 15 }),
  ];
}

/** The Assets sheet; returns where each asset's price (and cost) per replacement is, for the monthly plan. */
export function writeAssetsSheet(sheet: Worksheet, context: BudgetSheetContext): Map<string, OccurrenceCells> {
  const lines = assetLines(context);
  writeSheetTitle(
    sheet,
    'Assets and their replacements',
    ['Change a quantity or a unit price and every total in the workbook follows. Replacement months are fixed by the plan.', priceNotesSentence(lines)]
      .filter(Boolean)
      .join(' '),
    context.colours,
  );
  const table = writeTable(sheet, TABLE_HEADER_ROW, assetColumns(context), lines, context.colours);
  finishDataSheet(sheet, table, context.brand);

  const cells = new Map<string, OccurrenceCells>();
  lines.forEach((line, index) => {
    const at = (key: string) => onSheet(SHEET_NAMES.assets, absolute(table.columnOf(key), table.rowOf(index)));
    cells.set(occurrenceKey(line.asset.id, 'replacement'), { price: at('price'), cost: context.internal ? at('cost') : null });
  });
  return cells;
}
