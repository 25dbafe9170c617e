import type { Content, TableCell } from 'pdfmake/interfaces';
import { ASSET_CATEGORIES } from '../../domain/asset';
import {
  budgetTable,
  quarterSpend,
  SPEND_LABELS,
  zeroAmount,
  type Amount,
  type BudgetTableRow,
  type Period,
} from '../../domain/budget-views';
import { budgetCategoryLabel, type BudgetCategory } from '../../domain/forecast';
import { formatMoney, formatMoneyWhole } from '../../domain/format';
import { monthLabel, yearOf, type Month } from '../../domain/months';
import { SERVICE_CATEGORIES } from '../../domain/service';
import { brandTableLayout, type Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { ESTIMATE_MARK } from './budget-replacements';
import { cell, contentWidth, headerCell, moneyCell, section, titledTable } from './pdf-blocks';

/** The tables of the client-facing budget report. Every amount is a client price (priceCents). */

const CATEGORY_ORDER: readonly BudgetCategory[] = [...ASSET_CATEGORIES, ...SERVICE_CATEGORIES, 'projects'];

/** "Jul – Sep 2026", or "Nov 2026 – Jan 2027" across a year end. */
export function monthSpan(first: Month, last: Month): string {
  if (first === last) return monthLabel(first);
  if (yearOf(first) === yearOf(last)) return `${monthLabel(first).split(' ')[0]} – ${monthLabel(last)}`;
  return `${monthLabel(first)} – ${monthLabel(last)}`;
}

function price(amount: Amount | undefined): number {
  return amount?.priceCents ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Summary: fiscal years across, categories down.

function fiscalYearHeader(period: Period): TableCell {
  const partial = period.monthCount < 12 ? `\n${monthSpan(period.firstMonth, period.lastMonth)}` : '';
  return { text: [period.label, { text: partial, fontSize: 6.5, bold: false }], style: 'tableHeader', alignment: 'right' };
}

type RowEmphasis = 'none' | 'subtotal' | 'total';

interface SummaryLook {
  brand: Brand;
  /** Smaller when ten fiscal years share the width of the page. */
  fontSize: number;
}

function summaryCell(text: string, emphasis: RowEmphasis, alignment: 'left' | 'right', look: SummaryLook): TableCell {
  return {
    text,
    style: emphasis === 'total' ? ['tableCell', 'total'] : 'tableCell',
    fontSize: look.fontSize,
    alignment,
    bold: emphasis !== 'none',
    italics: emphasis === 'subtotal' && alignment === 'left',
    noWrap: alignment === 'right',
  };
}

function wholeMoney(cents: number, look: SummaryLook): string {
  return cents === 0 ? '–' : formatMoneyWhole(cents, look.brand.money);
}

function summaryRow(label: string, amounts: readonly Amount[], total: Amount, look: SummaryLook, emphasis: RowEmphasis): TableCell[] {
  return [
    summaryCell(label, emphasis, 'left', look),
    ...amounts.map((amount) => summaryCell(wholeMoney(price(amount), look), emphasis, 'right', look)),
    summaryCell(wholeMoney(price(total), look), emphasis === 'none' ? 'subtotal' : emphasis, 'right', look),
  ];
}

function byCategoryOrder(a: BudgetTableRow, b: BudgetTableRow): number {
  return CATEGORY_ORDER.indexOf(a.key as BudgetCategory) - CATEGORY_ORDER.indexOf(b.key as BudgetCategory);
}

export function fiscalYearSummary(input: BudgetExportInput, brand: Brand): Content {
  const fiscalYearStartMonth = input.client.fiscalYearStartMonth;
  const byCategory = budgetTable(input.forecast, { granularity: 'fiscalYear', grouping: 'category', fiscalYearStartMonth });
  const bySpend = budgetTable(input.forecast, { granularity: 'fiscalYear', grouping: 'spend', fiscalYearStartMonth });
  const dense = byCategory.periods.length > 7;
  const look: SummaryLook = { brand, fontSize: dense ? 8 : 9 };
  const estimatedCategories = new Set(input.forecast.events.filter((event) => event.estimated).map((event) => event.category));
  const categoryRows = [...byCategory.rows]
    .sort(byCategoryOrder)
    .map((row) => {
      const mark = estimatedCategories.has(row.key as BudgetCategory) ? ESTIMATE_MARK : '';
      return summaryRow(`${budgetCategoryLabel(row.key as BudgetCategory)}${mark}`, row.amounts, row.total, look, 'none');
    });
  const spendRows = (['capex', 'opex'] as const).map((spend) => {
    const row = bySpend.rows.find((candidate) => candidate.key === spend);
    return summaryRow(SPEND_LABELS[spend], row?.amounts ?? byCategory.periods.map(zeroAmount), row?.total ?? zeroAmount(), look, 'subtotal');
  });
  const table: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [dense ? 100 : 150, ...byCategory.periods.map(() => '*' as const), dense ? 62 : '*'],
      body: [
        [headerCell('Category'), ...byCategory.periods.map(fiscalYearHeader), headerCell('Plan total', 'right')],
        ...categoryRows,
        ...spendRows,
        summaryRow('Total', byCategory.totals, byCategory.grandTotal, look, 'total'),
      ],
    },
    layout: brandTableLayout(brand),
  };
  const estimates = estimatedCategories.size > 0 ? ` ${ESTIMATE_MARK} Includes estimates for equipment with no price on record.` : '';
  const note: Content = {
    text: `Amounts in this summary are rounded to whole units; the quarter table gives exact figures.${estimates}`,
    style: 'small',
    margin: [0, 4, 0, 0],
  };
  return section('Summary by fiscal year', [table, note]);
}

// ---------------------------------------------------------------------------------------------
// Quarters: one row per fiscal quarter, with the client's spending limit.

export function quarterTable(input: BudgetExportInput, brand: Brand): Content {
  const fiscalYearStartMonth = input.client.fiscalYearStartMonth;
  const limit = input.client.budgetPlan.spendingLimitPerQuarterCents;
  const bySpend = budgetTable(input.forecast, { granularity: 'quarter', grouping: 'spend', fiscalYearStartMonth });
  const spends = quarterSpend(input.forecast, fiscalYearStartMonth, limit);
  const spendRow = (spend: 'capex' | 'opex') => bySpend.rows.find((row) => row.key === spend);
  const rows: TableCell[][] = bySpend.periods.map((period, index) => {
    const total = spends[index]?.priceCents ?? 0;
    return [
      cell(period.label, { bold: true, noWrap: true }),
      cell(monthSpan(period.firstMonth, period.lastMonth), { noWrap: true }),
      moneyCell(formatMoney(price(spendRow('capex')?.amounts[index]), brand.money)),
      moneyCell(formatMoney(price(spendRow('opex')?.amounts[index]), brand.money)),
      moneyCell(formatMoney(total, brand.money), { bold: true }),
      ...(limit === null ? [] : [limitCell(total, limit, brand)]),
    ];
  });
  const totalRow: TableCell[] = [
    totalCell('Plan total'),
    totalCell(monthSpan(input.forecast.startMonth, input.forecast.endMonth)),
    totalCell(formatMoney(price(spendRow('capex')?.total), brand.money), 'right'),
    totalCell(formatMoney(price(spendRow('opex')?.total), brand.money), 'right'),
    totalCell(formatMoney(bySpend.grandTotal.priceCents, brand.money), 'right'),
    ...(limit === null ? [] : [totalCell('')]),
  ];
  return titledTable(
    {
      title: 'Spend by quarter',
      widths: [78, '*', '*', '*', '*', ...(limit === null ? [] : ['*' as const])],
      width: contentWidth(brand, true),
      header: [
        headerCell('Quarter'),
        headerCell('Months'),
        headerCell(SPEND_LABELS.capex, 'right'),
        headerCell(SPEND_LABELS.opex, 'right'),
        headerCell('Total', 'right'),
        ...(limit === null ? [] : [headerCell(`Limit ${formatMoney(limit, brand.money)} a quarter`)]),
      ],
      rows,
      totalRow,
    },
    brand,
  );
}

function totalCell(text: string, alignment: 'left' | 'right' = 'left', colSpan = 1): TableCell {
  return { text, style: ['tableCell', 'total'], bold: true, noWrap: true, alignment, colSpan };
}

function limitCell(totalCents: number, limitCents: number, brand: Brand): TableCell {
  if (totalCents > limitCents) {
    return { text: `Over limit by ${formatMoney(totalCents - limitCents, brand.money)}`, style: ['tableCell', 'warning'], noWrap: true };
  }
  return { text: 'Within limit', style: ['tableCell', 'muted'] };
}
