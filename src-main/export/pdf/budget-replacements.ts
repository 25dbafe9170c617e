import type { Content, TableCell } from 'pdfmake/interfaces';
import { ASSET_CATEGORY_LABELS } from '../../domain/asset';
import { periodOf, replacementCount } from '../../domain/budget-views';
import { budgetCategoryLabel, firstDueMonth, type BudgetEvent } from '../../domain/forecast';
import { formatMoney, formatNumber } from '../../domain/format';
import { monthIndex, monthLabel, monthsBetween, type Month } from '../../domain/months';
import { tint, type Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { contentWidth, emptyNote, headerCell, moneyCell, section, titledTable } from './pdf-blocks';

/**
 * Every replacement in the plan, grouped by fiscal year, as a handout lists them: overdue first,
 * estimates marked, and the assets an initiative replaces named with it instead of a price, so no
 * money is counted twice. The list runs onto as many pages as it needs.
 */

/** Appended to a figure that rests on a category's typical price; the footnote says so. */
export const ESTIMATE_MARK = '*';

interface ListedReplacement {
  label: string;
  category: string;
  quantity: number | null;
  month: Month;
  /** For an overdue one: when it fell due. */
  dueMonth: Month;
  event: BudgetEvent | null;
  /** Set when an initiative pays for this replacement. */
  replacedBy: string | null;
}

function listed(input: BudgetExportInput): ListedReplacement[] {
  const assets = new Map(input.assets.map((item) => [item.id, item]));
  const fromEvents = input.forecast.events
    .filter((event) => event.kind === 'replacement')
    .map((event): ListedReplacement => {
      const asset = assets.get(event.sourceId);
      const dueMonth = (event.overdue && asset ? firstDueMonth(asset, input.settings.lifespans) : null) ?? event.month;
      return { label: event.label, category: budgetCategoryLabel(event.category), quantity: event.quantity, month: event.month, dueMonth, event, replacedBy: null };
    });
  const start = monthIndex(input.forecast.startMonth);
  const end = monthIndex(input.forecast.endMonth);
  const byInitiatives = input.forecast.replacedAssets
    .filter((entry) => monthIndex(entry.month) >= start && monthIndex(entry.month) <= end)
    .map((entry): ListedReplacement => {
      const asset = assets.get(entry.assetId);
      return {
        label: entry.assetName,
        category: asset ? ASSET_CATEGORY_LABELS[asset.category] : '',
        quantity: asset?.quantity ?? null,
        month: entry.month,
        dueMonth: entry.month,
        event: null,
        replacedBy: entry.title,
      };
    });
  return [...fromEvents, ...byInitiatives].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      Number(Boolean(b.event?.overdue)) - Number(Boolean(a.event?.overdue)) ||
      a.dueMonth.localeCompare(b.dueMonth) ||
      a.label.localeCompare(b.label),
  );
}

function statusCell(item: ListedReplacement, today: Month): TableCell {
  if (item.replacedBy) return { text: `Replaced by “${item.replacedBy}”`, style: ['tableCell', 'muted'] };
  if (item.event?.overdue) return { text: `Overdue since ${monthLabel(item.dueMonth)}`, style: ['tableCell', 'warning'] };
  const months = monthsBetween(today, item.month);
  if (months === 0) return { text: 'Due this month', style: 'tableCell' };
  return { text: months > 0 ? `Due in ${months} ${months === 1 ? 'month' : 'months'}` : 'Due', style: 'tableCell' };
}

function priceCells(item: ListedReplacement, brand: Brand): TableCell[] {
  if (!item.event) return [moneyCell('–'), { text: 'In the initiative', style: ['tableCell', 'muted'], alignment: 'right', noWrap: true }];
  if (item.event.unpriced) return [moneyCell('–'), { text: 'Unpriced', style: ['tableCell', 'warning'], alignment: 'right', noWrap: true }];
  const mark = item.event.estimated ? ESTIMATE_MARK : '';
  return [moneyCell(`${formatMoney(item.event.unitPriceCents, brand.money)}${mark}`), moneyCell(`${formatMoney(item.event.priceCents, brand.money)}${mark}`)];
}

function groupRow(label: string, items: readonly ListedReplacement[], brand: Brand, span: number): TableCell[] {
  const priced = items.filter((item) => item.event !== null);
  const total = priced.reduce((sum, item) => sum + item.event!.priceCents, 0);
  const estimated = priced.some((item) => item.event!.estimated);
  const heading: TableCell = {
    colSpan: span,
    style: 'tableCell',
    bold: true,
    color: brand.primaryColour,
    fillColor: tint(brand.primaryColour, 0.86),
    columns: [
      { text: `${label}  ·  ${replacementCount(priced.length)}`, width: '*' },
      { text: `${formatMoney(total, brand.money)}${estimated ? ESTIMATE_MARK : ''}`, width: 'auto', alignment: 'right' },
    ],
  };
  return [heading, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
}

function footnotes(items: readonly ListedReplacement[]): string[] {
  const notes: string[] = [];
  if (items.some((item) => item.event?.estimated)) {
    notes.push(`${ESTIMATE_MARK} Estimate: no price is on record for this equipment yet, so it is priced at a typical price for its category.`);
  }
  if (items.some((item) => item.event?.unpriced)) notes.push('Unpriced: no price is on record yet; it is left out of the totals until it is priced.');
  if (items.some((item) => item.replacedBy)) notes.push('Replaced by an initiative: the initiative’s price covers this replacement, so it is counted once.');
  return notes;
}

export function replacementList(input: BudgetExportInput, brand: Brand): Content {
  const items = listed(input);
  if (items.length === 0) {
    return section('Upcoming replacements', [emptyNote(`Nothing is overdue and no replacement falls due up to ${monthLabel(input.forecast.endMonth)}.`)]);
  }
  const widths: (number | '*')[] = ['*', 82, 34, 60, 128, 74, 80];
  const span = widths.length;
  const fiscalStart = input.client.fiscalYearStartMonth;
  const rows: TableCell[][] = [];
  const keepWithNext = new Set<number>();
  let group = '';
  for (const item of items) {
    const period = periodOf(item.month, 'fiscalYear', fiscalStart);
    if (period.key !== group) {
      group = period.key;
      keepWithNext.add(rows.length);
      rows.push(groupRow(period.label, items.filter((other) => periodOf(other.month, 'fiscalYear', fiscalStart).key === group), brand, span));
    }
    rows.push([
      { text: item.label, style: 'tableCell' },
      { text: item.category, style: 'tableCell' },
      { text: item.quantity === null ? '' : formatNumber(item.quantity, brand.locale), style: 'tableCell', alignment: 'right' },
      { text: monthLabel(item.month), style: 'tableCell', noWrap: true },
      statusCell(item, input.today),
      ...priceCells(item, brand),
    ]);
  }
  const priced = items.filter((item) => item.event !== null);
  const total = priced.reduce((sum, item) => sum + item.event!.priceCents, 0);
  const estimated = priced.some((item) => item.event!.estimated);
  const table = titledTable(
    {
      title: 'Upcoming replacements',
      intro: `Every replacement from ${monthLabel(input.forecast.startMonth)} to ${monthLabel(input.forecast.endMonth)}, by fiscal year; overdue ones are planned now.`,
      widths,
      width: contentWidth(brand, true),
      header: [
        headerCell('Equipment'),
        headerCell('Category'),
        headerCell('Qty', 'right'),
        headerCell('Planned'),
        headerCell('Status'),
        headerCell('Unit price', 'right'),
        headerCell('Price', 'right'),
      ],
      rows,
      keepWithNext,
      totalRow: [
        { text: `${replacementCount(priced.length)} in the plan`, style: ['tableCell', 'total'], bold: true, colSpan: span - 1 },
        ...Array.from({ length: span - 2 }, (): TableCell => ({})),
        { text: `${formatMoney(total, brand.money)}${estimated ? ESTIMATE_MARK : ''}`, style: ['tableCell', 'total'], bold: true, alignment: 'right', noWrap: true },
      ],
    },
    brand,
  );
  const notes = footnotes(items).map((note): Content => ({ text: note, style: 'small', margin: [0, 3, 0, 0] }));
  return { stack: [table, ...notes] };
}
