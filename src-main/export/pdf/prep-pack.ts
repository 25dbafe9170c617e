import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { meetingTitle } from '../../domain/meeting';
import { PREP_PACK_SECTION_LABELS } from '../../domain/prep-pack';
import { brandedDocument, type Brand } from '../brand';
import type { PrepPackDocumentInput } from '../meeting-export-input';
import { meetingFacts } from './meeting-blocks';
import { heading } from './pdf-blocks';
import { sectionsWithData } from './prep-pack-sections';

/**
 * The meeting prep pack (PRODUCT.md §7): one PDF with a cover and the sections the consultant chose,
 * in their order, each from a new page; sections with nothing to show are left out.
 */
export function prepPackDocument(input: PrepPackDocumentInput, brand: Brand): TDocumentDefinitions {
  const sections = sectionsWithData(input, brand, input.sections);
  const cover: Content[] = [
    { text: brand.documentTitle, style: 'title', fontSize: 26, margin: [0, 60, 0, 4] },
    { text: input.client.name, fontSize: 16, color: brand.accentColour, bold: true, margin: [0, 0, 0, 2] },
    { text: meetingTitle(input.meeting), style: 'subtitle', margin: [0, 0, 0, 20] },
    meetingFacts(input, brand),
    heading('In this pack'),
    sections.length === 0
      ? { text: 'Nothing to add for this meeting yet.', style: ['small', 'muted'] }
      : { ol: sections.map((entry) => PREP_PACK_SECTION_LABELS[entry.section]), fontSize: 11, lineHeight: 1.3 },
    { text: `Prepared by ${[brand.consultantName, brand.company].filter(Boolean).join(', ')} on ${brand.dateLabel}.`, style: 'small', margin: [0, 24, 0, 0] },
  ];
  const pages = sections.map(
    (entry): Content => ({ stack: entry.content, pageBreak: 'before', pageOrientation: entry.builder.landscape ? 'landscape' : 'portrait' }),
  );
  return brandedDocument(brand, [...cover, ...pages]);
}
