import type { ImportCell } from './asset-import';
import { PRIORITIES, type Priority } from './initiative';

/**
 * Reads the "Template" sheet of a myITprocess standards-library export (PRODUCT.md §2): one row
 * per item, column B the row type (Section, Category or Question), C the name; for questions F the
 * priority (any case, empty is medium), G the question, H why we ask, I how to find the answer.
 * A section becomes a tag, a category the category. Nothing is guessed: a question before any
 * category, or with an unknown priority, is reported and left out.
 */

export const TEMPLATE_SHEET = 'Template';

/** Zero-based column positions of the fields the import reads. */
const COLUMN = { type: 1, name: 2, priority: 5, question: 6, why: 7, how: 8 } as const;

/** A row as the workbook has it: its number in the sheet and its cells from column A. */
export interface SheetRow {
  rowNumber: number;
  cells: ImportCell[];
}

export interface TemplateQuestion {
  rowNumber: number;
  section: string | null;
  category: string;
  name: string;
  question: string;
  whyWeAsk: string;
  howToFind: string;
  priority: Priority;
}

export interface RowProblem {
  rowNumber: number;
  message: string;
}

export interface TemplateReading {
  questions: TemplateQuestion[];
  problems: RowProblem[];
  sections: number;
  categories: number;
  /** Rows whose column B is none of the three types (a header row, a note). */
  otherRows: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The tags rich-text fields are made of; anything else in angle brackets is text ("<computer name>"). */
const HTML_TAG = /<\/?(?:p|br|li|ul|ol|b|strong|i|em|u|s|div|span|font|a|h[1-6]|table|tbody|thead|tr|td|th|blockquote|code|pre)(?:\s[^<>]*)?\/?>/gi;

/**
 * myITprocess keeps formatted text (lists, bold) as HTML in its export; the library keeps plain
 * text, a list item or paragraph a line. Text without such tags is left as it is.
 */
export function plainText(value: ImportCell): string {
  if (value === null) return '';
  const text = String(value);
  if (!text.match(HTML_TAG)) return text.trim();
  return text
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*li(\s[^<>]*)?>/gi, '\n• ')
    .replace(/<\/\s*li\s*>/gi, '')
    .replace(/<\/\s*(p|div|ul|ol|h[1-6])\s*>/gi, '\n')
    .replace(HTML_TAG, '')
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (whole: string, code: string) => {
      const point = code.startsWith('#x') || code.startsWith('#X') ? parseInt(code.slice(2), 16) : code.startsWith('#') ? Number(code.slice(1)) : undefined;
      if (point === undefined) return ENTITIES[code.toLowerCase()] ?? whole;
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line, inner runs of white space made single: names and categories are labels. */
function label(value: ImportCell): string {
  return plainText(value).replace(/\s+/g, ' ');
}

export function parsePriority(value: ImportCell): Priority | undefined {
  const text = label(value).toLowerCase();
  if (text === '') return 'medium';
  return (PRIORITIES as readonly string[]).includes(text) ? (text as Priority) : undefined;
}

export function readTemplateRows(rows: readonly SheetRow[]): TemplateReading {
  const reading: TemplateReading = { questions: [], problems: [], sections: 0, categories: 0, otherRows: 0 };
  let section: string | null = null;
  let category: string | null = null;
  const problem = (rowNumber: number, message: string) => reading.problems.push({ rowNumber, message });
  for (const { rowNumber, cells } of rows) {
    const cell = (column: number) => cells[column] ?? null;
    const type = label(cell(COLUMN.type)).toLowerCase();
    const name = label(cell(COLUMN.name));
    if (type === 'section') {
      reading.sections += 1;
      section = name || null;
      if (!name) problem(rowNumber, 'A section without a name in column C: its questions get no section tag.');
    } else if (type === 'category') {
      reading.categories += 1;
      category = name || null;
      if (!name) problem(rowNumber, 'A category without a name in column C: its questions are left out.');
    } else if (type === 'question') {
      const question = plainText(cell(COLUMN.question));
      const shown = name || question.slice(0, 60) || `row ${rowNumber}`;
      const priority = parsePriority(cell(COLUMN.priority));
      if (category === null) problem(rowNumber, `"${shown}" comes before any category (or under one without a name); it was left out.`);
      else if (question === '') problem(rowNumber, `"${shown}" has no question text in column G; it was left out.`);
      else if (priority === undefined) problem(rowNumber, `"${shown}" has the priority "${label(cell(COLUMN.priority))}"; use High, Medium or Low.`);
      else {
        reading.questions.push({
          rowNumber,
          section,
          category,
          name: name || question.replace(/\s+/g, ' ').slice(0, 200),
          question,
          whyWeAsk: plainText(cell(COLUMN.why)),
          howToFind: plainText(cell(COLUMN.how)),
          priority,
        });
      }
    } else if (cells.some((value) => value !== null && String(value).trim() !== '')) {
      reading.otherRows += 1;
    }
  }
  return reading;
}
