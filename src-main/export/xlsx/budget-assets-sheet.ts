import type { Worksheet } from 'exceljs';
import { ASSET_CATEGORY_LABELS, type Asset } from '../../domain/asset';
import { effectiveLifespan, firstDueMonth, type BudgetEvent } from '../../domain/forecast';
import {
  major,
  occurrenceKey,
  percentValue,
  SHEET_NAMES,
  TABLE_HEADER_ROW,
  unitPriceFor,
  type BudgetSheetContext,
  type OccurrenceCells,
} from './budget-context';
import { absolute, dateCell, formula, monthCell, number, onSheet, PERCENT_FORMAT, QUANTITY_FORMAT, text, writeSheetTitle } from './xlsx-cells';
import { finishDataSheet, writeTable, type TableColumn } from './xlsx-table';

interface AssetLine {
  asset: Asset;
  replacementUnitCostCents: number;
  markupPercent: number;
  /** Its replacements inside the plan, soonest first. */
  replacements: BudgetEvent[];
  status: string;
}

function statusOf(asset: Asset, replacements: readonly BudgetEvent[], ageUnknown: boolean): string {
  if (asset.status === 'retired') return 'Retired';
  if (ageUnknown) return 'Age unknown';
  if (replacements.some((event) => event.overdue)) return 'Overdue';
  return replacements.length > 0 ? 'Due in plan' : 'Beyond plan';
}

function assetLines(context: BudgetSheetContext): AssetLine[] {
  const { assets, forecast, settings } = context.input;
  const ageUnknown = new Set(forecast.ageUnknownAssetIds);
  return [...assets]
    .sort((a, b) => ASSET_CATEGORY_LABELS[a.category].localeCompare(ASSET_CATEGORY_LABELS[b.category]) || a.name.localeCompare(b.name))
    .map((asset) => {
      const replacements = forecast.events.filter((event) => event.source === 'asset' && event.sourceId === asset.id);
      return {
        asset,
        replacementUnitCostCents: asset.replacementUnitCostCents ?? asset.unitCostCents,
        markupPercent: asset.markupPercent ?? settings.markups.asset,
        replacements,
        status: statusOf(asset, replacements, ageUnknown.has(asset.id)),
      };
    });
}

function pricingColumns(context: BudgetSheetContext): TableColumn<AssetLine>[] {
  const money = context.moneyFormat;
  if (!context.internal) {
    return [
      {
        key: 'unitPrice',
        header: 'Replacement unit price',
        width: 15,
        input: true,
        cell: (line) => number(unitPriceFor(line.replacementUnitCostCents, line.markupPercent), money),
      },
    ];
  }
  return [
    { key: 'unitCost', header: 'Replacement unit cost', width: 15, input: true, cell: (line) => number(major(line.replacementUnitCostCents), money) },
    { key: 'markup', header: 'Markup', width: 9, input: true, cell: (line) => number(percentValue(line.markupPercent), PERCENT_FORMAT) },
    { key: 'margin', header: 'Margin it gives', width: 11, cell: (_line, at) => formula(`${at('markup')}/(1+${at('markup')})`, PERCENT_FORMAT) },
  ];
}

function lifeCycleColumns(context: BudgetSheetContext): TableColumn<AssetLine>[] {
  const lifespans = context.input.settings.lifespans;
  return [
    { key: 'purchased', header: 'Purchase date', width: 12, cell: (line) => dateCell(line.asset.purchaseDate) },
    { key: 'warranty', header: 'Warranty end', width: 12, cell: (line) => dateCell(line.asset.warrantyEnd) },
    { key: 'lifespan', header: 'Lifespan (months)', width: 10, cell: (line) => number(effectiveLifespan(line.asset, lifespans), QUANTITY_FORMAT) },
    { key: 'firstDue', header: 'First due', width: 10, cell: (line) => monthCell(firstDueMonth(line.asset, lifespans)) },
    { key: 'next', header: 'Next replacement in plan', width: 13, cell: (line) => monthCell(line.replacements[0]?.month ?? null) },
    { key: 'status', header: 'Status', width: 14, cell: (line) => text(line.status) },
  ];
}

function figureColumns(context: BudgetSheetContext): TableColumn<AssetLine>[] {
  const money = context.moneyFormat;
  if (!context.internal) {
    return [
      { key: 'price', header: 'Price per replacement', width: 15, cell: (_line, at) => formula(`ROUND(${at('quantity')}*${at('unitPrice')},2)`, money) },
    ];
  }
  return [
    { key: 'cost', header: 'Cost per replacement', width: 15, cell: (_line, at) => formula(`${at('quantity')}*${at('unitCost')}`, money) },
    {
      key: 'price',
      header: 'Price per replacement',
      width: 15,
      cell: (_line, at) => formula(`ROUND(${at('quantity')}*${at('unitCost')}*(1+${at('markup')}),2)`, money),
    },
    { key: 'marginAmount', header: 'Margin per replacement', width: 15, cell: (_line, at) => formula(`${at('price')}-${at('cost')}`, money) },
  ];
}

function assetColumns(context: BudgetSheetContext): TableColumn<AssetLine>[] {
  return [
    { key: 'name', header: 'Asset', width: 32, cell: (line) => text(line.asset.name) },
    { key: 'category', header: 'Category', width: 16, cell: (line) => text(ASSET_CATEGORY_LABELS[line.asset.category]) },
    { key: 'quantity', header: 'Quantity', width: 9, input: true, cell: (line) => number(line.asset.quantity, QUANTITY_FORMAT) },
    ...pricingColumns(context),
    ...lifeCycleColumns(context),
    ...figureColumns(context),
  ];
}

/** The Assets sheet; returns where each asset's price (and cost) per replacement is, for the monthly plan. */
export function writeAssetsSheet(sheet: Worksheet, context: BudgetSheetContext): Map<string, OccurrenceCells> {
  writeSheetTitle(
    sheet,
    'Assets and their replacements',
    'Change a quantity or a unit price and every total in the workbook follows. Replacement months are fixed by the plan.',
    context.colours,
  );
  const lines = assetLines(context);
  const table = writeTable(sheet, TABLE_HEADER_ROW, assetColumns(context), lines, context.colours);
  finishDataSheet(sheet, table, context.brand);

  const cells = new Map<string, OccurrenceCells>();
  lines.forEach((line, index) => {
    const at = (key: string) => onSheet(SHEET_NAMES.assets, absolute(table.columnOf(key), table.rowOf(index)));
    cells.set(occurrenceKey(line.asset.id, 'replacement'), { price: at('price'), cost: context.internal ? at('cost') : null });
  });
  return cells;
}
