import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Brand } from '../brand';
import { budgetReportDocument } from './budget-report';
import { clientProfileDocument } from './client-profile';
import { proposalDocument } from './proposal';

/**
 * Every PDF the app makes, by name, so that the export worker can build and render it from plain
 * data (a document definition holds functions, which cannot be sent to a worker). A new PDF builder
 * adds its line here and is rendered with renderPdfOffThread.
 */
export const PDF_BUILDERS = {
  clientProfile: clientProfileDocument,
  budgetReport: budgetReportDocument,
  proposal: proposalDocument,
} satisfies Record<string, (input: never, brand: Brand) => TDocumentDefinitions>;

export type PdfBuilders = typeof PDF_BUILDERS;
export type PdfBuilderName = keyof PdfBuilders;
export type PdfInput<K extends PdfBuilderName> = Parameters<PdfBuilders[K]>[0];

export function buildPdf<K extends PdfBuilderName>(name: K, input: PdfInput<K>, brand: Brand): TDocumentDefinitions {
  const builder = PDF_BUILDERS[name] as (input: PdfInput<K>, brand: Brand) => TDocumentDefinitions;
  return builder(input, brand);
}
