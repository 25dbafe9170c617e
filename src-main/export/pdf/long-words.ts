import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { rewriteDocumentText } from './document-text';

/**
 * pdfmake lays out a word longer than its line one character at a time, again for every line it
 * fills: a 20,000-character note without a space took 20 s (with spaces, 0.2 s). So before layout,
 * every run of more than LONG_RUN characters without a break opportunity gets an invisible one
 * (a zero-width space) every LONG_RUN characters. Ordinary words are left alone; a long address,
 * serial or pasted hash still wraps at the edge of its column, as it would anyway.
 */

export const LONG_RUN = 40;
const ZERO_WIDTH_SPACE = '\u200b';
const runsLongerThan = (length: number) => new RegExp(`[^\\s\\u200b]{${length + 1},}`, 'gu');
const LONG_RUNS = runsLongerThan(LONG_RUN);
/** A character with the combining marks that follow it, so that an accent never parts from its letter. */
const CLUSTERS = /\P{M}\p{M}*/gu;

/** Break opportunities every `length` characters of a longer run; a narrow box (a roadmap card) asks for a shorter length. */
export function breakLongWords(text: string, length: number = LONG_RUN): string {
  if (text.length <= length) return text;
  return text.replace(length === LONG_RUN ? LONG_RUNS : runsLongerThan(length), (run) => {
    const clusters = run.match(CLUSTERS) ?? [run];
    let result = '';
    for (let index = 0; index < clusters.length; index += length) {
      result += (index > 0 ? ZERO_WIDTH_SPACE : '') + clusters.slice(index, index + length).join('');
    }
    return result;
  });
}

/**
 * The document with break opportunities in every long run of its text: body, header and footer.
 * Used by renderPdf, so every PDF builder in export/pdf gets it without thinking of it.
 */
export function withLongWordsBroken(document: TDocumentDefinitions): TDocumentDefinitions {
  return rewriteDocumentText(document, breakLongWords);
}
