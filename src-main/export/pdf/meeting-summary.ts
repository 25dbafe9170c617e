import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { meetingTitle } from '../../domain/meeting';
import { brandedDocument, type Brand } from '../brand';
import type { MeetingExportInput } from '../meeting-export-input';
import { actionItemsTable, meetingFacts, paragraphs } from './meeting-blocks';
import { emptyNote, heading } from './pdf-blocks';

/** One decision a line, as a list; a single decision as a paragraph. */
function decisionList(text: string): Content[] {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
  return lines.length > 1 ? [{ ul: lines, margin: [0, 0, 0, 6] }] : paragraphs(text);
}

/** What was said and agreed (PRODUCT.md §7): minutes, decisions, and the action items with owners and dates. */
export function meetingSummaryDocument(input: MeetingExportInput, brand: Brand): TDocumentDefinitions {
  const { meeting } = input;
  const topics = meeting.agenda.map((entry) => entry.title);
  const content: Content[] = [
    { text: meetingTitle(meeting), style: 'title' },
    { text: input.client.name, style: 'subtitle' },
    meetingFacts(input, brand),
    ...(topics.length > 0 ? [heading('Topics'), { ul: topics, margin: [0, 0, 0, 4] } as Content] : []),
    heading('Minutes'),
    ...(meeting.minutes ? paragraphs(meeting.minutes) : [emptyNote('No minutes were recorded.')]),
    heading('Decisions'),
    ...(meeting.decisions ? decisionList(meeting.decisions) : [emptyNote('No decisions were recorded.')]),
    actionItemsTable(input.actionItems, brand, {
      title: 'Action items',
      today: input.today,
      showResolution: true,
      emptyText: 'No action items came out of this meeting.',
    }),
  ];
  return brandedDocument(brand, content);
}
