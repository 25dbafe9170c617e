import type { Worksheet } from 'exceljs';
import { SERVICE_CATEGORY_LABELS, type Service } from '../../domain/service';
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
import { absolute, dateCell, formula, number, onSheet, PERCENT_FORMAT, QUANTITY_FORMAT, text, writeSheetTitle } from './xlsx-cells';
import { finishDataSheet, writeTable, type TableColumn } from './xlsx-table';

interface ServiceLine {
  service: Service;
  markupPercent: number;
}

const BILLING_LABELS: Record<Service['billing'], string> = { monthly: 'Monthly', annual: 'Annual' };

function pricingColumns(context: BudgetSheetContext): TableColumn<ServiceLine>[] {
  const money = context.moneyFormat;
  if (!context.internal) {
    return [
      {
        key: 'unitPrice',
        header: 'Unit price',
        width: 13,
        input: true,
        cell: (line) => number(unitPriceFor(line.service.unitCostCents, line.markupPercent), money),
      },
    ];
  }
  return [
    { key: 'unitCost', header: 'Unit cost', width: 13, input: true, cell: (line) => number(major(line.service.unitCostCents), money) },
    { key: 'markup', header: 'Markup', width: 9, input: true, cell: (line) => number(percentValue(line.markupPercent), PERCENT_FORMAT) },
    { key: 'margin', header: 'Margin it gives', width: 11, cell: (_line, at) => formula(`${at('markup')}/(1+${at('markup')})`, PERCENT_FORMAT) },
  ];
}

function figureColumns(context: BudgetSheetContext): TableColumn<ServiceLine>[] {
  const money = context.moneyFormat;
  if (!context.internal) {
    return [{ key: 'price', header: 'Price per charge', width: 14, cell: (_line, at) => formula(`ROUND(${at('quantity')}*${at('unitPrice')},2)`, money) }];
  }
  return [
    { key: 'cost', header: 'Cost per charge', width: 14, cell: (_line, at) => formula(`${at('quantity')}*${at('unitCost')}`, money) },
    {
      key: 'price',
      header: 'Price per charge',
      width: 14,
      cell: (_line, at) => formula(`ROUND(${at('quantity')}*${at('unitCost')}*(1+${at('markup')}),2)`, money),
    },
    { key: 'marginAmount', header: 'Margin per charge', width: 14, cell: (_line, at) => formula(`${at('price')}-${at('cost')}`, money) },
  ];
}

function serviceColumns(context: BudgetSheetContext): TableColumn<ServiceLine>[] {
  return [
    { key: 'name', header: 'Service', width: 30, cell: (line) => text(line.service.name) },
    { key: 'category', header: 'Category', width: 18, cell: (line) => text(SERVICE_CATEGORY_LABELS[line.service.category]) },
    { key: 'vendor', header: 'Vendor', width: 16, cell: (line) => text(line.service.vendor) },
    { key: 'quantity', header: 'Quantity', width: 9, input: true, cell: (line) => number(line.service.quantity, QUANTITY_FORMAT) },
    ...pricingColumns(context),
    { key: 'billing', header: 'Billing', width: 10, cell: (line) => text(BILLING_LABELS[line.service.billing]) },
    { key: 'start', header: 'Start', width: 12, cell: (line) => dateCell(line.service.startDate) },
    { key: 'end', header: 'End', width: 12, cell: (line) => dateCell(line.service.endDate) },
    ...figureColumns(context),
  ];
}

/** The Services sheet; returns where each service's price (and cost) per charge is, for the monthly plan. */
export function writeServicesSheet(sheet: Worksheet, context: BudgetSheetContext): Map<string, OccurrenceCells> {
  writeSheetTitle(
    sheet,
    'Services',
    'Monthly services are charged every month they run; annual ones in their start month each year.',
    context.colours,
  );
  const markups = context.input.settings.markups;
  const lines = [...context.input.services]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((service) => ({ service, markupPercent: service.markupPercent ?? markups.service }));
  const table = writeTable(sheet, TABLE_HEADER_ROW, serviceColumns(context), lines, context.colours);
  finishDataSheet(sheet, table, context.brand);

  const cells = new Map<string, OccurrenceCells>();
  lines.forEach((line, index) => {
    const at = (key: string) => onSheet(SHEET_NAMES.services, absolute(table.columnOf(key), table.rowOf(index)));
    const occurrence = { price: at('price'), cost: context.internal ? at('cost') : null };
    cells.set(occurrenceKey(line.service.id, line.service.billing === 'monthly' ? 'monthlyService' : 'annualService'), occurrence);
  });
  return cells;
}
