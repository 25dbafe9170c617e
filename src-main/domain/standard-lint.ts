/**
 * The question lint of PRODUCT.md §2: a question is asked so that YES means aligned. It is flagged
 * when it does not end with "?" or opens with an open-ended word (how, what, which, when, where,
 * why, who: "how much" and "how many" included).
 */

export type QuestionLint = { ok: true } | { ok: false; reasons: string[] };

const OPEN_ENDED = ['how', 'what', 'which', 'when', 'where', 'why', 'who'];

export function lintQuestion(question: string): QuestionLint {
  const text = question.trim();
  if (text === '') return { ok: false, reasons: ['Write a yes/no question that YES answers as aligned.'] };
  const reasons: string[] = [];
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase();
  if (first && OPEN_ENDED.includes(first)) reasons.push(`Opens with "${first}": ask it so that yes or no answers it, YES meaning aligned.`);
  if (!text.endsWith('?')) reasons.push('End the question with a question mark.');
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
