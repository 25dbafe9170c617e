import type { Content } from 'pdfmake/interfaces';
import { formatShortDate } from '../../domain/date-format';
import { formatNumber } from '../../domain/format';
import { meetingTitle } from '../../domain/meeting';
import type { PrepPackSection } from '../../domain/prep-pack';
import { hasChangesSinceLastMeeting, type SinceLastMeeting } from '../../domain/since-last-meeting';
import type { Brand } from '../brand';
import type { PrepPackInput } from '../meeting-export-input';
import { planSpan } from './budget-assumptions';
import { headlineFigures } from './budget-report';
import { fiscalYearSummary } from './budget-tables';
import { actionItemsTable, agendaTable } from './meeting-blocks';
import { heading } from './pdf-blocks';

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
            fiscalYearSummary(input.budget, brand),
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
