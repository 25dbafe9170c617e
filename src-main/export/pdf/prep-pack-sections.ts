import type { Content, TableCell } from 'pdfmake/interfaces';
import { budgetTable, SPEND_LABELS, zeroAmount } from '../../domain/budget-views';
import { formatShortDate } from '../../domain/date-format';
import { formatMoneyWhole, formatNumber } from '../../domain/format';
import { meetingTitle } from '../../domain/meeting';
import type { PrepPackSection } from '../../domain/prep-pack';
import { hasChangesSinceLastMeeting, type SinceLastMeeting } from '../../domain/since-last-meeting';
import { brandTableLayout, type Brand } from '../brand';
import type { PrepPackInput } from '../meeting-export-input';
import { planSpan } from './budget-assumptions';
import { headlineFigures } from './budget-report';
import { replacementList } from './budget-replacements';
import { actionItemsTable, agendaTable } from './meeting-blocks';
import { cell, headerCell, heading, moneyCell, section } from './pdf-blocks';

/**
 * The prep pack's sections, one builder each, so that every feature's PDF content can be plugged
 * in: a builder returns the section's content, heading included, or null when it has nothing to
 * show for this meeting (the section is then left out). A section without a builder here has no
 * content yet and is left out too.
 */
export interface PrepPackSectionBuilder {
  /** Wide tables (budget, roadmap) get a landscape page. */
  landscape: boolean;
  build(input: PrepPackInput, brand: Brand): Content[] | null;
}

function subheading(text: string): Content {
  return { text, bold: true, fontSize: 10.5, margin: [0, 8, 0, 3] };
}

function list(title: string, lines: string[]): Content[] {
  return lines.length === 0 ? [] : [subheading(title), { ul: lines, fontSize: 9.5, margin: [0, 0, 0, 2] }];
}

function score(value: number | undefined, brand: Brand): string {
  return value === undefined ? '–' : formatNumber(value, brand.locale);
}

function sinceLastMeetingContent(summary: SinceLastMeeting, brand: Brand): Content[] {
  const day = (date: string) => formatShortDate(date, brand.locale);
  const withNote = (text: string, note: string) => (note ? `${text}: ${note}` : text);
  const alignment = summary.alignment;
  return [
    heading('Since our last meeting'),
    {
      text: `What changed between our ${meetingTitle(summary.previousMeeting).toLowerCase()} on ${day(summary.since)} and ${day(summary.until)}.`,
      style: 'small',
      margin: [0, -2, 0, 4],
    },
    ...(alignment
      ? list('Alignment score', [
          alignment.then
            ? `${score(alignment.then.score, brand)} (review of ${day(alignment.then.date)}) then, ${score(alignment.now.score, brand)} (review of ${day(alignment.now.date)}) now`
            : `${score(alignment.now.score, brand)} (review of ${day(alignment.now.date)}), our first completed review`,
        ])
      : []),
    ...list('Initiatives approved', summary.approved.map((change) => withNote(`${change.title} (${day(change.date)})`, change.note))),
    ...list('Initiatives declined', summary.declined.map((change) => withNote(`${change.title} (${day(change.date)})`, change.note))),
    ...list('Initiatives completed', summary.completed.map((change) => `${change.title} (${day(change.date)})`)),
    ...list('Initiatives moved', summary.moved.map((change) => `${change.title}: ${change.from || 'unscheduled'} to ${change.to || 'unscheduled'}`)),
    ...list(
      'Equipment replaced or added',
      summary.assetsReplaced.map((asset) => `${asset.quantity > 1 ? `${asset.quantity} × ` : ''}${asset.name}${asset.purchaseDate ? ` (${day(asset.purchaseDate)})` : ''}`),
    ),
    ...list('Action items closed', summary.actionItemsClosed.map((item) => withNote(item.text, item.resolution))),
    ...list(
      'Action items opened',
      summary.actionItemsOpened.map((item) => [item.text, [item.owner, item.dueDate ? `due ${day(item.dueDate)}` : ''].filter(Boolean).join(', ')].filter(Boolean).join(': ')),
    ),
  ];
}

/** Capex, opex and total a fiscal year, in whole units: the budget at the glance a meeting needs. */
function spendByFiscalYear(input: PrepPackInput, brand: Brand): Content {
  const table = budgetTable(input.budget.forecast, { granularity: 'fiscalYear', grouping: 'spend', fiscalYearStartMonth: input.client.fiscalYearStartMonth });
  const whole = (cents: number) => (cents === 0 ? '–' : formatMoneyWhole(cents, brand.money));
  const row = (label: string, amounts: readonly { priceCents: number }[], total: { priceCents: number }, bold = false): TableCell[] => [
    cell(label, { bold }),
    ...amounts.map((amount) => moneyCell(whole(amount.priceCents), { bold })),
    moneyCell(whole(total.priceCents), { bold: true }),
  ];
  const spendRows = (['capex', 'opex'] as const).map((spend) => {
    const found = table.rows.find((candidate) => candidate.key === spend);
    return row(SPEND_LABELS[spend], found?.amounts ?? table.periods.map(zeroAmount), found?.total ?? zeroAmount());
  });
  return section('By fiscal year', [
    {
      table: {
        headerRows: 1,
        widths: [130, ...table.periods.map(() => '*' as const), '*'],
        body: [
          [headerCell('Spend'), ...table.periods.map((period) => headerCell(period.label, 'right')), headerCell('Plan total', 'right')],
          ...spendRows,
          row('Total', table.totals, table.grandTotal, true),
        ],
      },
      layout: brandTableLayout(brand),
    },
  ]);
}

export const PREP_PACK_BUILDERS: Partial<Record<PrepPackSection, PrepPackSectionBuilder>> = {
  sinceLastMeeting: {
    landscape: false,
    build: (input, brand) => (input.sinceLastMeeting && hasChangesSinceLastMeeting(input.sinceLastMeeting) ? sinceLastMeetingContent(input.sinceLastMeeting, brand) : null),
  },
  agenda: {
    landscape: false,
    build: (input, brand) => (input.meeting.agenda.length === 0 ? null : [agendaTable(input.meeting, brand)]),
  },
  budget: {
    landscape: true,
    build: (input, brand) =>
      input.budget.forecast.events.length === 0
        ? null
        : [
            heading('Budget summary'),
            { text: `Plan ${planSpan(input.budget)}. Client prices.`, style: 'small', margin: [0, -2, 0, 6] },
            headlineFigures(input.budget, brand),
            spendByFiscalYear(input, brand),
            replacementList(input.budget, brand),
          ],
  },
  actionItems: {
    landscape: false,
    build: (input, brand) =>
      input.openActionItems.length === 0
        ? null
        : [actionItemsTable(input.openActionItems, brand, { title: 'Open action items', today: input.today, showResolution: false, emptyText: '' })],
  },
};

/** The sections of this pack that have something to show, in the order asked for. */
export function sectionsWithData(input: PrepPackInput, brand: Brand, order: readonly PrepPackSection[]): Array<{ section: PrepPackSection; builder: PrepPackSectionBuilder; content: Content[] }> {
  return order.flatMap((section) => {
    const builder = PREP_PACK_BUILDERS[section];
    const content = builder?.build(input, brand) ?? null;
    return builder && content ? [{ section, builder, content }] : [];
  });
}
