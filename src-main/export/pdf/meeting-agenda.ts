import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { meetingTitle } from '../../domain/meeting';
import { brandedDocument, type Brand } from '../brand';
import type { MeetingAgendaInput } from '../meeting-export-input';
import { agendaTable, meetingFacts, questionnaire } from './meeting-blocks';

/** The agenda sent ahead of a meeting (PRODUCT.md §7), portrait, with the client's questionnaire when asked for. */
export function meetingAgendaDocument(input: MeetingAgendaInput, brand: Brand): TDocumentDefinitions {
  const content: Content[] = [
    { text: meetingTitle(input.meeting), style: 'title' },
    { text: input.client.name, style: 'subtitle' },
    meetingFacts(input, brand),
    agendaTable(input.meeting, brand),
    ...(input.includeQuestionnaire ? [{ stack: [questionnaire(input.meeting)], pageBreak: 'before' } as Content] : []),
  ];
  return brandedDocument(brand, content);
}
