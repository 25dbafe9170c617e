import type { Content, TableCell } from 'pdfmake/interfaces';
import { isActionItemOverdue, type ActionItem } from '../../domain/action-item';
import { questionnaireFor } from '../../domain/agenda-templates';
import { formatDuration, formatLongDate, formatShortDate, formatTimeOfDay } from '../../domain/date-format';
import { agendaMinutes, MEETING_TYPE_LABELS, minutesOfDay, type AgendaItem, type Meeting } from '../../domain/meeting';
import type { Brand } from '../brand';
import type { MeetingExportInput } from '../meeting-export-input';
import { cell, emptyNote, headerCell, heading, section, titledTable } from './pdf-blocks';

/** Blocks the agenda, the summary and the prep pack share. */

/** Text typed with line breaks, as paragraphs. */
export function paragraphs(text: string): Content[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 6] }) as Content);
}

function timeSlot(start: string, offsetMinutes: number, locale: string): string {
  const total = (minutesOfDay(start) + offsetMinutes) % (24 * 60);
  const time = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return formatTimeOfDay(time, locale);
}

/** When, how long, where and with whom, under the document's title. */
export function meetingFacts(input: MeetingExportInput, brand: Brand): Content {
  const { meeting } = input;
  const names = [...input.attendees.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)), meeting.otherAttendees].filter(Boolean);
  const row = (label: string, value: string): TableCell[] => [
    { text: label.toUpperCase(), style: 'label', margin: [0, 1, 0, 0] },
    { text: value, fontSize: 10 },
  ];
  return {
    table: {
      widths: [90, '*'],
      body: [
        ...(meeting.title && meeting.title !== MEETING_TYPE_LABELS[meeting.type] ? [row('Meeting', MEETING_TYPE_LABELS[meeting.type])] : []),
        row('When', `${formatLongDate(meeting.date, brand.locale)}, ${formatTimeOfDay(meeting.time, brand.locale)} (${formatDuration(meeting.durationMinutes)})`),
        ...(meeting.location ? [row('Where', meeting.location)] : []),
        row('Attendees', names.length > 0 ? names.join('; ') : 'To be confirmed'),
        ...(brand.consultantName ? [row('With', `${brand.consultantName}, ${brand.company}`)] : []),
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 10],
  };
}

/** The agenda with a time slot for each item, counted from the meeting's start. */
export function agendaTable(meeting: Meeting, brand: Brand, title = 'Agenda'): Content {
  if (meeting.agenda.length === 0) return section(title, [emptyNote('The agenda is still to be set.')]);
  let offset = 0;
  const rows = meeting.agenda.map((entry: AgendaItem, index) => {
    const slot = timeSlot(meeting.time, offset, brand.locale);
    offset += entry.minutes;
    return [
      cell(String(index + 1), { alignment: 'right' }),
      cell(slot, { noWrap: true }),
      { stack: [{ text: entry.title, bold: true }, ...(entry.notes ? [{ text: entry.notes, style: 'small', margin: [0, 1, 0, 0] } as Content] : [])], style: 'tableCell' },
      cell(entry.minutes === 0 ? '–' : `${entry.minutes} min`, { alignment: 'right', noWrap: true }),
    ];
  });
  const total = agendaMinutes(meeting.agenda);
  return titledTable(
    {
      title,
      intro: `${formatDuration(total)} of agenda in a ${formatDuration(meeting.durationMinutes)} meeting.`,
      widths: [16, 'auto', '*', 'auto'],
      header: [headerCell('#', 'right'), headerCell('Time'), headerCell('Item'), headerCell('Time allotted', 'right')],
      rows,
    },
    brand,
  );
}

/** Questions for the client to answer before the meeting, with room to write. */
export function questionnaire(meeting: Meeting): Content {
  const questions = questionnaireFor(meeting.agenda);
  return {
    stack: [
      heading('Before we meet'),
      { text: 'A few questions to help us make the most of our time together. Short answers are fine.', style: 'small', margin: [0, -2, 0, 8] },
      ...questions.map(
        (entry, index): Content => ({
          unbreakable: true,
          stack: [
            { text: `${index + 1}. ${entry.question}`, bold: true, fontSize: 10 },
            ...(entry.topic ? [{ text: `About: ${entry.topic}`, style: 'small' } as Content] : []),
            { canvas: [0, 1, 2].map((line) => ({ type: 'line' as const, x1: 0, y1: 18 + line * 18, x2: 500, y2: 18 + line * 18, lineWidth: 0.5, lineColor: '#98A2B3' })), margin: [0, 0, 0, 10] },
          ],
        }),
      ),
    ],
  };
}

const STATUS_WORDS: Record<ActionItem['status'], string> = { open: 'Open', done: 'Done' };

/** Action items with who does them and by when; overdue ones flagged. */
export function actionItemsTable(items: readonly ActionItem[], brand: Brand, options: { title: string; today: string; showResolution: boolean; emptyText: string }): Content {
  if (items.length === 0) return section(options.title, [emptyNote(options.emptyText)]);
  const rows = items.map((item) => {
    const overdue = isActionItemOverdue(item, options.today);
    const due = item.dueDate ? formatShortDate(item.dueDate, brand.locale) : '–';
    return [
      { stack: [{ text: item.text }, ...(options.showResolution && item.resolution ? [{ text: `Resolution: ${item.resolution}`, style: 'small' } as Content] : [])], style: 'tableCell' },
      cell(item.owner || '–'),
      overdue ? { stack: [due, 'Overdue'], style: ['tableCell', 'warning'], noWrap: true } : cell(due, { noWrap: true }),
      cell(STATUS_WORDS[item.status]),
    ];
  });
  return titledTable(
    {
      title: options.title,
      widths: ['*', 110, 'auto', 'auto'],
      header: [headerCell('Action'), headerCell('Owner'), headerCell('Due'), headerCell('Status')],
      rows,
    },
    brand,
  );
}
