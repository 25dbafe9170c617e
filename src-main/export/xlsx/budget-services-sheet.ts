import type { Worksheet } from 'exceljs';
import { SERVICE_CATEGORY_LABELS, type Service } from '../../domain/service';
import {
  occurrenceKey,
  SHEET_NAMES,
  TABLE_HEADER_ROW,
  type BudgetSheetContext,
  type OccurrenceCells,
} from './budget-context';
import { absolute, dateCell, number, onSheet, QUANTITY_FORMAT, text, writeSheetTitle } from './xlsx-cells';
import { occurrenceColumns, unitPricingColumns } from './budget-item-columns';
import { finishDataSheet, writeTable, type TableColumn } from './xlsx-table';

interface ServiceLine {
  service: Service;
  markupPercent: number;
}

const BILLING_LABELS: Record<Service['billing'], string> = { monthly: 'Monthly', annual: 'Annual' };

function serviceColumns(context: BudgetSheetContext): TableColumn<ServiceLine>[] {
  return [
    { key: 'name', header: 'Service', width: 30, cell: (line) => text(line.service.name) },
    { key: 'category', header: 'Category', width: 18, cell: (line) => text(SERVICE_CATEGORY_LABELS[line.service.category]) },
    { key: 'vendor', header: 'Vendor', width: 16, cell: (line) => text(line.service.vendor) },
    { key: 'quantity', header: 'Quantity', width: 9, input: true, cell: (line) => number(line.service.quantity, QUANTITY_FORMAT) },
    ...unitPricingColumns<ServiceLine>(context, {
      unitLabel: 'Unit',
      width: 13,
      unitCostCents: (line) => line.service.unitCostCents,
      markupPercent: (line) => line.markupPercent,
    }),
    { key: 'billing', header: 'Billing', width: 10, cell: (line) => text(BILLING_LABELS[line.service.billing]) },
    { key: 'start', header: 'Start', width: 12, cell: (line) => dateCell(line.service.startDate) },
    { key: 'end', header: 'End', width: 12, cell: (line) => dateCell(line.service.endDate) },
    ...occurrenceColumns<ServiceLine>(context, { noun: 'charge', width: 14 }),
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
