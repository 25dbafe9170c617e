import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Walks every piece of text of a document definition (body, header, footer, table cells, lists,
 * columns) and lets a rewrite replace each string, as pdfmake reads a definition. Used by renderPdf
 * to prepare whatever any builder made (long-words.ts, font-fallback.ts).
 */

/** A string, or inline pieces of text (with their own fonts or styles) standing for it. */
export type TextRewrite = (text: string) => string | Content[];

/** Keys whose values are content (text, or more content). */
const CONTENT_KEYS = ['text', 'stack', 'columns', 'ul', 'ol', 'content'] as const;

/** A string where content is expected; pieces there would read as a stack, one a line, so they are wrapped. */
function rewriteString(text: string, rewrite: TextRewrite): unknown {
  const rewritten = rewrite(text);
  return typeof rewritten === 'string' ? rewritten : { text: rewritten };
}

function rewriteContent(node: unknown, rewrite: TextRewrite): unknown {
  if (typeof node === 'string') return rewriteString(node, rewrite);
  if (Array.isArray(node)) return node.map((child) => rewriteContent(child, rewrite));
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...record };
  for (const key of CONTENT_KEYS) {
    if (!(key in record)) continue;
    const value = record[key];
    // The text of a paragraph takes inline pieces as they are.
    copy[key] = key === 'text' && typeof value === 'string' ? rewrite(value) : rewriteContent(value, rewrite);
  }
  const table = record['table'] as { body?: unknown[][] } | undefined;
  if (table && Array.isArray(table.body)) {
    copy['table'] = { ...table, body: table.body.map((row) => (Array.isArray(row) ? row.map((cell) => rewriteContent(cell, rewrite)) : row)) };
  }
  return copy;
}

function rewriteDynamic(part: TDocumentDefinitions['header'], rewrite: TextRewrite): TDocumentDefinitions['header'] {
  if (typeof part !== 'function') return part === undefined ? undefined : (rewriteContent(part, rewrite) as Content);
  const dynamic = part as DynamicContent;
  return ((...args: Parameters<DynamicContent>) => rewriteContent(dynamic(...args), rewrite)) as DynamicContent;
}

export function rewriteDocumentText(document: TDocumentDefinitions, rewrite: TextRewrite): TDocumentDefinitions {
  return {
    ...document,
    content: rewriteContent(document.content, rewrite) as Content,
    header: rewriteDynamic(document.header, rewrite),
    footer: rewriteDynamic(document.footer, rewrite),
  };
}
