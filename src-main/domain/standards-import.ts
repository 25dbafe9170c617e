import type { RowProblem, TemplateQuestion } from './myitprocess-template';
import { standard, STANDARD_DEFAULTS, standardFields, type Standard, type StandardFields } from './standard';
import type { TableStandard } from './standards-table';
import { entityId } from './text';

/**
 * What an import of standards will do, worked out before anything is written (PRODUCT.md §2): each
 * row is added, updated or skipped, with the reason. A standard in the file matches one in the
 * library by id (the library's own format) or else by category and name, so importing the same
 * file twice changes nothing the second time.
 */

export const IMPORT_SOURCES = ['myITprocess', 'library'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const IMPORT_ACTIONS = ['add', 'update', 'skip'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export interface ImportCandidate {
  rowNumber: number;
  /** The id written in the file (the library's own format). */
  id: string | null;
  fields: StandardFields;
}

export interface PlannedRow {
  rowNumber: number;
  action: ImportAction;
  /** The standard it updates or leaves as it is. */
  standardId: string | null;
  category: string;
  name: string;
  question: string;
  /** What an update changes, in words ("question", "priority"). */
  changes: string[];
  /** Why a row is skipped. */
  reason: string;
  /** The question lint's reasons: imported anyway, flagged for the consultant. */
  lint: string[];
  /** The fields the standard will have. */
  fields: StandardFields;
}

export interface ImportPlan {
  source: ImportSource;
  rows: PlannedRow[];
  problems: RowProblem[];
  added: number;
  updated: number;
  /** Unchanged rows, rows repeated in the file and rows that could not be read. */
  skipped: number;
  unchanged: number;
  lintFlagged: number;
}

const FIELD_WORDS: Record<keyof StandardFields, string> = {
  category: 'category',
  name: 'name',
  question: 'question',
  whyWeAsk: 'why we ask',
  howToFind: 'how to find the answer',
  references: 'references',
  priority: 'priority',
  type: 'type',
  frequency: 'review frequency',
  tags: 'tags',
  frameworks: 'frameworks',
  active: 'active',
};

export function standardKey(fields: Pick<StandardFields, 'category' | 'name'>): string {
  const clean = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return `${clean(fields.category)}\u0000${clean(fields.name)}`;
}

/** The questions of a myITprocess template as candidates; a question the library cannot hold is a problem. */
export function templateCandidates(questions: readonly TemplateQuestion[]): { candidates: ImportCandidate[]; problems: RowProblem[] } {
  const candidates: ImportCandidate[] = [];
  const problems: RowProblem[] = [];
  for (const question of questions) {
    const parsed = standardFields.safeParse({
      ...STANDARD_DEFAULTS,
      category: question.category,
      name: question.name,
      question: question.question,
      whyWeAsk: question.whyWeAsk,
      howToFind: question.howToFind,
      priority: question.priority,
      tags: question.section ? [question.section.slice(0, 60)] : [],
    });
    if (parsed.success) candidates.push({ rowNumber: question.rowNumber, id: null, fields: parsed.data });
    else problems.push({ rowNumber: question.rowNumber, message: `"${question.name}": ${parsed.error.issues[0]!.message}; it was left out.` });
  }
  return { candidates, problems };
}

export function tableCandidates(rows: readonly TableStandard[]): ImportCandidate[] {
  return rows.map((row) => ({ rowNumber: row.rowNumber, id: row.id, fields: row.fields }));
}

function fieldsOf(item: Standard): StandardFields {
  const { id: _id, origin: _origin, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = item;
  return fields;
}

/**
 * A myITprocess row brings the wording and the priority, and its section as one more tag; the
 * type, frequency, references, frameworks and the other tags stay as the consultant set them. A
 * row of the library's own format brings every field.
 */
function merged(source: ImportSource, existing: StandardFields, incoming: StandardFields): StandardFields {
  if (source === 'library') return incoming;
  const tags = [...existing.tags];
  for (const tag of incoming.tags) if (!tags.some((kept) => kept.toLocaleLowerCase() === tag.toLocaleLowerCase())) tags.push(tag);
  return { ...existing, question: incoming.question, whyWeAsk: incoming.whyWeAsk, howToFind: incoming.howToFind, priority: incoming.priority, tags };
}

function changedFields(before: StandardFields, after: StandardFields): string[] {
  return (Object.keys(FIELD_WORDS) as Array<keyof StandardFields>)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => FIELD_WORDS[key]);
}

export function planImport(
  source: ImportSource,
  candidates: readonly ImportCandidate[],
  problems: readonly RowProblem[],
  library: readonly Standard[],
  lint: (question: string) => string[],
): ImportPlan {
  const byId = new Map(library.map((item) => [item.id, item]));
  const byKey = new Map<string, Standard>();
  for (const item of library) if (!byKey.has(standardKey(item))) byKey.set(standardKey(item), item);
  const seenKeys = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const rows: PlannedRow[] = candidates.map((candidate) => {
    const key = standardKey(candidate.fields);
    const base = { rowNumber: candidate.rowNumber, category: candidate.fields.category, name: candidate.fields.name, question: candidate.fields.question, changes: [], reason: '', lint: [] as string[] };
    const repeatOf = (candidate.id !== null ? seenIds.get(candidate.id) : undefined) ?? seenKeys.get(key);
    seenKeys.set(key, seenKeys.get(key) ?? candidate.rowNumber);
    if (candidate.id !== null) seenIds.set(candidate.id, seenIds.get(candidate.id) ?? candidate.rowNumber);
    if (repeatOf !== undefined) {
      return { ...base, action: 'skip' as const, standardId: null, reason: `Repeats row ${repeatOf} of the file.`, fields: candidate.fields };
    }
    const existing = (candidate.id !== null ? byId.get(candidate.id) : undefined) ?? byKey.get(key);
    if (!existing) return { ...base, action: 'add' as const, standardId: null, lint: lint(candidate.fields.question), fields: candidate.fields };
    const before = fieldsOf(existing);
    const after = merged(source, before, candidate.fields);
    const changes = changedFields(before, after);
    if (changes.length === 0) return { ...base, action: 'skip' as const, standardId: existing.id, reason: 'Already in the library as it is in the file.', fields: after };
    return { ...base, action: 'update' as const, standardId: existing.id, changes, lint: lint(after.question), fields: after };
  });
  const count = (action: ImportAction) => rows.filter((row) => row.action === action).length;
  const unchanged = rows.filter((row) => row.action === 'skip' && row.standardId !== null).length;
  return {
    source,
    rows,
    problems: [...problems].sort((a, b) => a.rowNumber - b.rowNumber),
    added: count('add'),
    updated: count('update'),
    skipped: count('skip') + problems.length,
    unchanged,
    lintFlagged: rows.filter((row) => row.lint.length > 0).length,
  };
}

/**
 * The library after the import: updates in place, additions at the end. An added row keeps the id
 * it has in the file when that id is free (so a library moved between practices keeps its links).
 */
export function applyImport(library: readonly Standard[], plan: ImportPlan, candidates: readonly ImportCandidate[], nowIso: string, newId: () => string): Standard[] {
  const idOfRow = new Map(candidates.map((candidate) => [candidate.rowNumber, candidate.id]));
  const updates = new Map(plan.rows.filter((row) => row.action === 'update').map((row) => [row.standardId!, row.fields]));
  const taken = new Set(library.map((item) => item.id));
  // An update merges the file into the stored standard (tags are added), so the result is checked again.
  const next = library.map((item) => {
    const fields = updates.get(item.id);
    return fields ? standard.parse({ ...item, ...fields, updatedAt: nowIso }) : item;
  });
  for (const row of plan.rows) {
    if (row.action !== 'add') continue;
    const fileId = idOfRow.get(row.rowNumber) ?? null;
    const id = fileId !== null && entityId.safeParse(fileId).success && !taken.has(fileId) ? fileId : newId();
    taken.add(id);
    // An added row's fields were checked when the file was read (standardFields): no second parse of 1,900 rows.
    next.push({ ...structuredClone(row.fields), id, origin: 'imported', createdAt: nowIso, updatedAt: nowIso });
  }
  return next;
}
