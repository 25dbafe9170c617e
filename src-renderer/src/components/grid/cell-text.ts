import { parseMoney } from '../../../../src-main/domain/format';
import type { CellEditor, CellValue } from './EditableCell';

export type CellTextParse = { ok: true; value: CellValue } | { ok: false; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** Reads text pasted into a cell (one line of a column copied from a spreadsheet) as that cell's value. */
export function cellValueFromText(editor: CellEditor, text: string): CellTextParse {
  const trimmed = text.trim();
  const empty = trimmed === '';
  switch (editor.kind) {
    case 'text':
      return { ok: true, value: trimmed };
    case 'money': {
      if (empty) return editor.nullable ? { ok: true, value: null } : { ok: false, message: 'Enter an amount' };
      const parsed = parseMoney(trimmed);
      return parsed.ok ? { ok: true, value: parsed.cents } : { ok: false, message: parsed.message };
    }
    case 'integer': {
      if (empty) return editor.nullable ? { ok: true, value: null } : { ok: false, message: 'Enter a whole number' };
      const digits = trimmed.replace(/[\s,\u00a0\u202f']/g, '');
      if (!/^\d+$/.test(digits)) return { ok: false, message: `"${trimmed}" is not a whole number` };
      const value = Number(digits);
      if (value < editor.min || value > editor.max) return { ok: false, message: `"${trimmed}" is outside ${editor.min} to ${editor.max}` };
      return { ok: true, value };
    }
    case 'percent': {
      if (empty) return editor.nullable ? { ok: true, value: null } : { ok: false, message: 'Enter a percentage' };
      const number = trimmed.replace(/%$/, '').trim().replace(',', '.');
      if (!/^\d+(\.\d{1,2})?$/.test(number)) return { ok: false, message: `"${trimmed}" is not a percentage` };
      const value = Number(number);
      return value > 1000 ? { ok: false, message: `"${trimmed}" is over 1000%` } : { ok: true, value };
    }
    case 'date':
    case 'month': {
      if (empty) return editor.nullable ? { ok: true, value: null } : { ok: false, message: `Enter a ${editor.kind}` };
      const pattern = editor.kind === 'date' ? DATE : MONTH;
      return pattern.test(trimmed) ? { ok: true, value: trimmed } : { ok: false, message: `"${trimmed}" is not a ${editor.kind === 'date' ? 'date (YYYY-MM-DD)' : 'month (YYYY-MM)'}` };
    }
    case 'select': {
      const wanted = trimmed.toLocaleLowerCase();
      const option = editor.options.find((candidate) => candidate.value.toLocaleLowerCase() === wanted || candidate.label.toLocaleLowerCase() === wanted);
      return option ? { ok: true, value: option.value } : { ok: false, message: `"${trimmed}" is not one of the choices` };
    }
  }
}

/** The lines of a pasted column: a spreadsheet ends its copy with a line break, which is no row. */
export function pastedLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  // A copied row of several columns pastes its first column here.
  return lines.map((line) => line.split('\t')[0] ?? '');
}

/** A key that types a character into a cell (so it starts editing with that character). */
export function isTypingKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ';
}
