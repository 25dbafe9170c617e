import type { Content, TableCell } from 'pdfmake/interfaces';
import { plannedInitiatives } from '../../domain/budget-initiatives';
import { formatMoney } from '../../domain/format';
import type { Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { contentWidth, emptyNote, headerCell, moneyCell, section, titledTable } from './pdf-blocks';

/** The projects of the plan, named, dated and priced, with one line on why each is worth doing. */

function titleCell(title: string, why: string, replaces: readonly string[]): TableCell {
  const lines: Content[] = [{ text: title, bold: true }];
  if (why) lines.push({ text: why, style: 'small' });
  if (replaces.length > 0) lines.push({ text: `Replaces: ${replaces.join('; ')}`, style: 'small', italics: true });
  return { stack: lines, style: 'tableCell' };
}

function notScheduled(input: BudgetExportInput, planned: ReadonlySet<string>): Content[] {
  const waiting = input.initiatives.filter((item) => item.status !== 'declined' && item.status !== 'done' && !planned.has(item.id) && item.startQuarter === null);
  if (waiting.length === 0) return [];
  const names = waiting.map((item) => item.title).join('; ');
  const count = waiting.length === 1 ? '1 initiative is' : `${waiting.length} initiatives are`;
  return [{ text: `Not yet scheduled, so not in these figures: ${count} waiting for a start quarter (${names}).`, style: 'small', margin: [0, 3, 0, 0] }];
}

export function initiativesSection(input: BudgetExportInput, brand: Brand): Content {
  const planned = plannedInitiatives(input.forecast, input.initiatives, input.assets);
  const rest = notScheduled(input, new Set(planned.map((entry) => entry.initiative.id)));
  if (planned.length === 0) return section('Initiatives', [emptyNote('No initiative is scheduled in this plan yet.'), ...rest]);
  const oneTime = planned.reduce((sum, entry) => sum + entry.oneTimePriceCents, 0);
  const monthly = planned.reduce((sum, entry) => sum + entry.monthlyPriceCents, 0);
  const total = (text: string, alignment: 'left' | 'right' = 'right'): TableCell => ({ text, style: ['tableCell', 'total'], bold: true, alignment, noWrap: true });
  const table = titledTable(
    {
      title: 'Initiatives',
      intro: 'Projects in the order they start. One-time prices include project labour; monthly prices run from the start quarter to the end of the plan.',
      widths: ['*', 74, 92, 92],
      width: contentWidth(brand, true),
      header: [headerCell('Initiative and why'), headerCell('Starts'), headerCell('One-time price', 'right'), headerCell('Monthly price', 'right')],
      rows: planned.map((entry) => [
        titleCell(entry.initiative.title, entry.why, entry.replaces),
        { text: entry.quarter, style: 'tableCell', noWrap: true },
        moneyCell(entry.oneTimePriceCents === 0 ? '–' : formatMoney(entry.oneTimePriceCents, brand.money)),
        moneyCell(entry.monthlyPriceCents === 0 ? '–' : formatMoney(entry.monthlyPriceCents, brand.money)),
      ]),
      totalRow: [total(`${planned.length} ${planned.length === 1 ? 'initiative' : 'initiatives'}`, 'left'), total(''), total(formatMoney(oneTime, brand.money)), total(formatMoney(monthly, brand.money))],
    },
    brand,
  );
  return { stack: [table, ...rest] };
}
