import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Brand } from '../brand';
import { alignmentSummaryDocument } from './alignment-summary';
import { budgetReportDocument } from './budget-report';
import { canvassDocument } from './canvass';
import type { Measure } from './canvass-page';
import { clientProfileDocument } from './client-profile';
import { questionnaireDocument } from './questionnaire';
import { roadmapHandoutDocument } from './roadmap';
import { meetingAgendaDocument } from './meeting-agenda';
import { meetingSummaryDocument } from './meeting-summary';
import { prepPackDocument } from './prep-pack';
import { proposalDocument } from './proposal';

/**
 * Every PDF the app makes, by name, so that the export worker can build and render it from plain
 * data (a document definition holds functions, which cannot be sent to a worker). A new PDF builder
 * adds its line here and is rendered with renderPdfOffThread. A builder that must know how tall text
 * is before placing it (the canvass page) is given `measure`, which lays nodes out with pdfmake.
 */
export const PDF_BUILDERS = {
  clientProfile: clientProfileDocument,
  budgetReport: budgetReportDocument,
  canvass: canvassDocument,
  questionnaire: questionnaireDocument,
  alignmentSummary: alignmentSummaryDocument,
  roadmapHandout: roadmapHandoutDocument,
  meetingAgenda: meetingAgendaDocument,
  meetingSummary: meetingSummaryDocument,
  prepPack: prepPackDocument,
  proposal: proposalDocument,
} satisfies Record<string, (input: never, brand: Brand, measure: Measure) => TDocumentDefinitions | Promise<TDocumentDefinitions>>;

export type PdfBuilders = typeof PDF_BUILDERS;
export type PdfBuilderName = keyof PdfBuilders;
export type PdfInput<K extends PdfBuilderName> = Parameters<PdfBuilders[K]>[0];

export async function buildPdf<K extends PdfBuilderName>(name: K, input: PdfInput<K>, brand: Brand, measure: Measure): Promise<TDocumentDefinitions> {
  const builder = PDF_BUILDERS[name] as (input: PdfInput<K>, brand: Brand, measure: Measure) => TDocumentDefinitions | Promise<TDocumentDefinitions>;
  return builder(input, brand, measure);
}
