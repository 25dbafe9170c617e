import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * pdfmake lays out a word longer than its line one character at a time, again for every line it
 * fills: a 20,000-character note without a space took 20 s (with spaces, 0.2 s). So before layout,
 * every run of more than LONG_RUN characters without a break opportunity gets an invisible one
 * (a zero-width space) every LONG_RUN characters. Ordinary words are left alone; a long address,
 * serial or pasted hash still wraps at the edge of its column, as it would anyway.
 */

export const LONG_RUN = 40;
const ZERO_WIDTH_SPACE = '\u200b';
const LONG_RUNS = new RegExp(`[^\\s\\u200b]{${LONG_RUN + 1},}`, 'gu');
/** A character with the combining marks that follow it, so that an accent never parts from its letter. */
const CLUSTERS = /\P{M}\p{M}*/gu;

export function breakLongWords(text: string): string {
  if (text.length <= LONG_RUN) return text;
  return text.replace(LONG_RUNS, (run) => {
    const clusters = run.match(CLUSTERS) ?? [run];
    let result = '';
    for (let index = 0; index < clusters.length; index += LONG_RUN) {
      result += (index > 0 ? ZERO_WIDTH_SPACE : '') + clusters.slice(index, index + LONG_RUN).join('');
    }
    return result;
  });
}

/** Keys whose values are content (text, or more content), as pdfmake reads a document definition. */
const CONTENT_KEYS = ['text', 'stack', 'columns', 'ul', 'ol', 'content'] as const;

function breakContent(node: unknown): unknown {
  if (typeof node === 'string') return breakLongWords(node);
  if (Array.isArray(node)) return node.map(breakContent);
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...record };
  for (const key of CONTENT_KEYS) if (key in record) copy[key] = breakContent(record[key]);
  const table = record['table'] as { body?: unknown[][] } | undefined;
  if (table && Array.isArray(table.body)) copy['table'] = { ...table, body: table.body.map((row) => (Array.isArray(row) ? row.map(breakContent) : row)) };
  return copy;
}

function breakDynamic(part: TDocumentDefinitions['header']): TDocumentDefinitions['header'] {
  if (typeof part !== 'function') return part === undefined ? undefined : (breakContent(part) as Content);
  const dynamic = part as DynamicContent;
  return ((...args: Parameters<DynamicContent>) => breakContent(dynamic(...args))) as DynamicContent;
}

/**
 * The document with break opportunities in every long run of its text: body, header and footer.
 * Used by renderPdf, so every PDF builder in export/pdf gets it without thinking of it.
 */
export function withLongWordsBroken(document: TDocumentDefinitions): TDocumentDefinitions {
  return {
    ...document,
    content: breakContent(document.content) as Content,
    header: breakDynamic(document.header),
    footer: breakDynamic(document.footer),
  };
}
