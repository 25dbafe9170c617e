import type { ImportCell } from './asset-import';
import { PRIORITIES, PRIORITY_LABELS } from './initiative';
import type { RowProblem, SheetRow } from './myitprocess-template';
import {
  REVIEW_FREQUENCIES,
  REVIEW_FREQUENCY_LABELS,
  STANDARD_TYPE_LABELS,
  STANDARD_TYPES,
  standardFields,
  type Standard,
  type StandardFields,
  type StandardReference,
} from './standard';

/**
 * The library's own workbook format: one sheet, one standard a row, every field in a column, so a
 * library exported and imported again comes back exactly as it was. Lists (tags, frameworks,
 * references) are written a line each; a reference line is "title | https://address".
 */

export const STANDARDS_SHEET = 'Standards';

export const STANDARD_COLUMNS = [
  { key: 'id', header: 'ID', width: 24 },
  { key: 'category', header: 'Category', width: 22 },
  { key: 'name', header: 'Name', width: 30 },
  { key: 'question', header: 'Question', width: 50 },
  { key: 'whyWeAsk', header: 'Why we ask', width: 50 },
  { key: 'howToFind', header: 'How to find the answer', width: 50 },
  { key: 'references', header: 'References', width: 50 },
  { key: 'priority', header: 'Priority', width: 10 },
  { key: 'type', header: 'Type', width: 12 },
  { key: 'frequency', header: 'Review frequency', width: 18 },
  { key: 'tags', header: 'Tags', width: 20 },
  { key: 'frameworks', header: 'Frameworks', width: 20 },
  { key: 'active', header: 'Active', width: 9 },
] as const;
export type StandardColumnKey = (typeof STANDARD_COLUMNS)[number]['key'];

const REFERENCE_SEPARATOR = ' | ';

function lines(list: readonly string[]): string {
  return list.join('\n');
}

function referenceLine(reference: StandardReference): string {
  return `${reference.title}${REFERENCE_SEPARATOR}${reference.url}`;
}

/** A standard as the text of each column of its row. */
export function standardRow(standard: Standard): Record<StandardColumnKey, string> {
  return {
    id: standard.id,
    category: standard.category,
    name: standard.name,
    question: standard.question,
    whyWeAsk: standard.whyWeAsk,
    howToFind: standard.howToFind,
    references: lines(standard.references.map(referenceLine)),
    priority: PRIORITY_LABELS[standard.priority],
    type: STANDARD_TYPE_LABELS[standard.type],
    frequency: REVIEW_FREQUENCY_LABELS[standard.frequency],
    tags: lines(standard.tags),
    frameworks: lines(standard.frameworks),
    active: standard.active ? 'Yes' : 'No',
  };
}

/** Finds a value by its key or its label, in any case. */
function choice<T extends string>(text: string, values: readonly T[], labels: Record<T, string>): T | undefined {
  const wanted = text.trim().toLowerCase();
  return values.find((value) => value.toLowerCase() === wanted || labels[value].toLowerCase() === wanted);
}

function listOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function referencesOf(text: string): Array<{ title: string; url: string }> {
  return listOf(text).map((line) => {
    // An address has no spaces, so the last separator is the one before it.
    const at = line.lastIndexOf(REFERENCE_SEPARATOR);
    if (at >= 0) return { title: line.slice(0, at).trim(), url: line.slice(at + REFERENCE_SEPARATOR.length).trim() };
    // A bare address is its own title.
    return /^https:\/\/\S+$/i.test(line) ? { title: line, url: line } : { title: line, url: '' };
  });
}

export interface TableStandard {
  rowNumber: number;
  /** The id in the file, when the row has one: it is kept if the library does not use it otherwise. */
  id: string | null;
  fields: StandardFields;
}

export interface TableReading {
  standards: TableStandard[];
  problems: RowProblem[];
}

/** The columns the header row must name; the ID column may be missing (a library written by hand). */
const REQUIRED: StandardColumnKey[] = ['category', 'name', 'question'];

/** Finds the header row (the first naming the required columns) and where each column is. */
export function locateColumns(rows: readonly SheetRow[]): { headerIndex: number; positions: Partial<Record<StandardColumnKey, number>> } | { missing: string[] } {
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => cell !== null && String(cell).trim().toLowerCase() === 'question'));
  const header = headerIndex >= 0 ? rows[headerIndex]!.cells.map((cell) => (cell === null ? '' : String(cell).trim().toLowerCase())) : [];
  const positions: Partial<Record<StandardColumnKey, number>> = {};
  for (const column of STANDARD_COLUMNS) {
    const at = header.indexOf(column.header.toLowerCase());
    if (at >= 0) positions[column.key] = at;
  }
  const missing = REQUIRED.filter((key) => positions[key] === undefined).map((key) => STANDARD_COLUMNS.find((column) => column.key === key)!.header);
  return missing.length > 0 ? { missing } : { headerIndex, positions };
}

function text(value: ImportCell | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Reads the rows under the header; a row that is not a valid standard is reported with the reason. */
export function readStandardsTable(rows: readonly SheetRow[], headerIndex: number, positions: Partial<Record<StandardColumnKey, number>>): TableReading {
  const reading: TableReading = { standards: [], problems: [] };
  for (const row of rows.slice(headerIndex + 1)) {
    const value = (key: StandardColumnKey) => {
      const at = positions[key];
      return at === undefined ? '' : text(row.cells[at]);
    };
    if (STANDARD_COLUMNS.every((column) => value(column.key) === '')) continue;
    const problem = (message: string) => reading.problems.push({ rowNumber: row.rowNumber, message: `${value('name') || 'This row'}: ${message}` });
    const priority = value('priority') === '' ? 'medium' : choice(value('priority'), PRIORITIES, PRIORITY_LABELS);
    const type = value('type') === '' ? 'technology' : choice(value('type'), STANDARD_TYPES, STANDARD_TYPE_LABELS);
    const frequency = value('frequency') === '' ? 'annual' : choice(value('frequency'), REVIEW_FREQUENCIES, REVIEW_FREQUENCY_LABELS);
    const active = value('active') === '' ? true : ['yes', 'true', '1', 'active'].includes(value('active').toLowerCase()) ? true : ['no', 'false', '0', 'retired'].includes(value('active').toLowerCase()) ? false : undefined;
    if (!priority) problem(`the priority "${value('priority')}" is not High, Medium or Low.`);
    else if (!type) problem(`the type "${value('type')}" is not Technology or Compliance.`);
    else if (!frequency) problem(`the review frequency "${value('frequency')}" is not one of ${REVIEW_FREQUENCIES.map((key) => REVIEW_FREQUENCY_LABELS[key]).join(', ')}.`);
    else if (active === undefined) problem(`"${value('active')}" in the Active column is neither Yes nor No.`);
    else {
      const parsed = standardFields.safeParse({
        category: value('category').replace(/\s+/g, ' '),
        name: value('name'),
        question: value('question'),
        whyWeAsk: value('whyWeAsk'),
        howToFind: value('howToFind'),
        references: referencesOf(value('references')),
        priority,
        type,
        frequency,
        tags: listOf(value('tags')),
        frameworks: listOf(value('frameworks')),
        active,
      });
      if (!parsed.success) problem(`${parsed.error.issues[0]!.message}.`);
      else reading.standards.push({ rowNumber: row.rowNumber, id: value('id') || null, fields: parsed.data });
    }
  }
  return reading;
}
