/**
 * The question lint of PRODUCT.md §2: a standard's question is an objective yes/no question that YES answers as
 * aligned. The lint flags a question that does not end with "?" or that opens with an open-ended word. The reasons
 * are shown to the consultant beside the field while typing, so each one is a short sentence that says what to do.
 */

/** Words that open a question no yes/no can answer ("how much", "how many" are caught by "how"). */
export const OPEN_ENDED_WORDS = ['how', 'what', 'which', 'when', 'where', 'why', 'who', 'whom', 'whose'] as const;

/** Words that, after "how", make the phrase the consultant typed ("how much", "how often"...), named in the reason. */
const HOW_PHRASES = new Set(['much', 'many', 'often', 'long', 'old', 'far', 'big', 'large', 'fast', 'soon']);

/** Quotes and similar marks a consultant may paste around a question; the lint looks past them. */
const QUOTE_MARKS = `"'\`“”‘’«»„‚‹›`;

export const QUESTION_LINT_REASONS = {
  empty: 'Write the question as a yes/no question that YES answers as aligned.',
  noQuestionMark: 'A question ends with a question mark.',
} as const;

export type QuestionLint = { ok: true } | { ok: false; reasons: string[] };

function trimQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (/\s/.test(text[start] ?? '') || QUOTE_MARKS.includes(text[start] ?? ''))) start += 1;
  while (end > start && (/\s/.test(text[end - 1] ?? '') || QUOTE_MARKS.includes(text[end - 1] ?? ''))) end -= 1;
  return text.slice(start, end);
}

/** The open-ended opening of a question ("how", "how many", "what"...), or undefined when it opens well. */
export function openEndedOpening(question: string): string | undefined {
  const match = /^([a-z]+)(?:[^a-z]+([a-z]+))?/.exec(trimQuotes(question).toLowerCase());
  const first = match?.[1];
  if (!first || !(OPEN_ENDED_WORDS as readonly string[]).includes(first)) return undefined;
  const second = match[2];
  return first === 'how' && second && HOW_PHRASES.has(second) ? `how ${second}` : first;
}

export function lintQuestion(question: string): QuestionLint {
  const text = trimQuotes(question);
  if (text === '') return { ok: false, reasons: [QUESTION_LINT_REASONS.empty] };
  const reasons: string[] = [];
  const opening = openEndedOpening(text);
  if (opening) reasons.push(`Starts with "${opening}": ask a yes/no question that YES answers as aligned.`);
  if (!text.endsWith('?')) reasons.push(QUESTION_LINT_REASONS.noQuestionMark);
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
