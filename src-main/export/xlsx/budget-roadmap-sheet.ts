import type { Worksheet } from 'exceljs';
import { INITIATIVE_STATUS_LABELS, PRIORITY_LABELS } from '../../domain/initiative';
import { shortWhy } from '../../domain/initiative-links';
import type { RoadmapCard } from '../../domain/roadmap';
import { roadmapHandout } from '../../domain/roadmap-handout';
import { major, occurrenceKey, TABLE_HEADER_ROW, type BudgetSheetContext, type OccurrenceCells } from './budget-context';
import { formula, number, text, writeSheetTitle } from './xlsx-cells';
import { finishDataSheet, writeTable, type TableColumn } from './xlsx-table';

/**
 * The Roadmap sheet: the initiatives in the order of the roadmap handout (fiscal years, quarters,
 * the consultant's order within a quarter, then those not yet scheduled), with their client prices.
 * Prices are formulas over the Initiatives sheet, so a price changed there shows here too; the
 * client's copy carries prices only, like the rest of it. Declined work is not part of the plan.
 */

interface RoadmapLine {
  quarter: string;
  card: RoadmapCard;
}

function roadmapLines(context: BudgetSheetContext): RoadmapLine[] {
  const handout = roadmapHandout({ ...context.input, targets: context.input.linkTargets });
  return [
    ...handout.years.flatMap((year) => year.quarters.flatMap((quarter) => quarter.cards.map((card) => ({ quarter: quarter.label, card })))),
    ...handout.unscheduled.map((card) => ({ quarter: 'Not yet scheduled', card })),
  ];
}

function priceFormula(cells: readonly (string | undefined)[], fallbackCents: number, money: string) {
  const present = cells.filter((reference): reference is string => reference !== undefined);
  return present.length > 0 ? formula(present.join('+'), money) : number(major(fallbackCents), money);
}

function roadmapColumns(context: BudgetSheetContext, occurrences: ReadonlyMap<string, OccurrenceCells>): TableColumn<RoadmapLine>[] {
  const money = context.moneyFormat;
  const price = (line: RoadmapLine, kind: 'oneTime' | 'recurring' | 'labour') => occurrences.get(occurrenceKey(line.card.id, kind))?.price;
  return [
    { key: 'quarter', header: 'Quarter', width: 16, cell: (line) => text(line.quarter) },
    { key: 'title', header: 'Initiative', width: 40, cell: (line) => text(line.card.title) },
    { key: 'status', header: 'Status', width: 12, cell: (line) => text(INITIATIVE_STATUS_LABELS[line.card.status]) },
    { key: 'priority', header: 'Priority', width: 9, cell: (line) => text(PRIORITY_LABELS[line.card.priority]) },
    { key: 'why', header: 'Why', width: 48, cell: (line) => text(shortWhy(line.card.links)) },
    {
      key: 'upfront',
      header: 'Upfront price (one-time and labour)',
      width: 16,
      cell: (line) => priceFormula([price(line, 'oneTime'), price(line, 'labour')], line.card.prices.upfrontCents, money),
    },
    {
      key: 'monthly',
      header: 'Monthly price',
      width: 14,
      cell: (line) => priceFormula([price(line, 'recurring')], line.card.prices.monthlyCents, money),
    },
  ];
}

export function writeRoadmapSheet(sheet: Worksheet, context: BudgetSheetContext, occurrences: ReadonlyMap<string, OccurrenceCells>): void {
  writeSheetTitle(
    sheet,
    'Roadmap',
    'The recommended initiatives quarter by quarter, in the order agreed; prices follow the Initiatives sheet.',
    context.colours,
  );
  const table = writeTable(sheet, TABLE_HEADER_ROW, roadmapColumns(context, occurrences), roadmapLines(context), context.colours);
  for (let row = table.firstRow; row <= table.lastRow; row += 1) {
    sheet.getRow(row).getCell(table.columnOf('title')).alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).getCell(table.columnOf('why')).alignment = { wrapText: true, vertical: 'top' };
  }
  finishDataSheet(sheet, table, context.brand);
}
