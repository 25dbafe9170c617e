import { describe, expect, it } from 'vitest';
import { standard } from '../../src-main/domain/standard';
import { lintQuestion } from '../../src-main/domain/standard-lint';
import {
  LARGE_LIBRARY_SIZE,
  MY_IT_PROCESS_HEADER,
  largeLibraryStandards,
  myItProcessRows,
  templateRowValues,
  type TemplateRow,
} from '../fixtures/large-standards-library';

const questionRows = (rows: TemplateRow[]) => rows.filter((row) => row.B === 'Question');

describe('large standards library generator', () => {
  const standards = largeLibraryStandards();
  const rows = myItProcessRows();

  it('builds 1,900 valid standards by default, each passing the question lint', () => {
    expect(standards).toHaveLength(LARGE_LIBRARY_SIZE);
    for (const item of standards) {
      expect(standard.safeParse(item).success, item.id).toBe(true);
      expect(lintQuestion(item.question), item.id).toEqual({ ok: true });
    }
    expect(new Set(standards.map((item) => item.id)).size).toBe(standards.length);
    expect(new Set(standards.map((item) => item.question.toLowerCase())).size).toBe(standards.length);
  });

  it('writes a Template sheet with one Question row a standard, each under a Section and a Category', () => {
    const questions = questionRows(rows);
    expect(questions).toHaveLength(LARGE_LIBRARY_SIZE);
    expect(rows[0]?.B).toBe('Section');
    expect(rows[1]?.B).toBe('Category');
    expect(new Set(rows.map((row) => row.B))).toEqual(new Set(['Section', 'Category', 'Question']));
    for (const row of questions) {
      expect(row.F ?? '', row.G).toMatch(/^(high|medium|low|)$/i);
      expect(lintQuestion(row.G ?? ''), row.G).toEqual({ ok: true });
      expect(row.H, row.G).toBeTruthy();
      expect(row.I, row.G).toBeTruthy();
    }
    expect(questions.some((row) => row.F === '')).toBe(true);
    expect(questions.some((row) => row.F !== undefined && /[A-Z]{2}/.test(row.F))).toBe(true);
  });

  it('describes the same library in both shapes: a Question row reads as the standard at the same position', () => {
    let section = '';
    let category = '';
    const read = rows.flatMap((row) => {
      if (row.B === 'Section') section = row.C ?? '';
      if (row.B === 'Category') category = row.C ?? '';
      if (row.B !== 'Question') return [];
      const priority = (row.F ?? '').toLowerCase() || 'medium';
      return [{ section, category, name: row.C, question: row.G, whyWeAsk: row.H, howToFind: row.I, priority }];
    });
    expect(read).toEqual(
      standards.map((item) => ({
        section: item.tags[0],
        category: item.category,
        name: item.name,
        question: item.question,
        whyWeAsk: item.whyWeAsk,
        howToFind: item.howToFind,
        priority: item.priority,
      })),
    );
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(largeLibraryStandards(200)).toEqual(largeLibraryStandards(200));
    expect(myItProcessRows(200)).toEqual(myItProcessRows(200));
    expect(largeLibraryStandards(200, 7).map((item) => item.question)).not.toEqual(largeLibraryStandards(200).map((item) => item.question));
  });

  it('keeps every category in a library larger than one round, and builds small and empty ones', () => {
    expect(new Set(largeLibraryStandards(400).map((item) => item.category)).size).toBe(19);
    expect(questionRows(myItProcessRows(5))).toHaveLength(5);
    expect(myItProcessRows(0)).toEqual([]);
    expect(() => largeLibraryStandards(-1)).toThrow();
  });

  it('lays rows out from column A to I for a worksheet', () => {
    expect(templateRowValues(MY_IT_PROCESS_HEADER)).toHaveLength(9);
    const question = questionRows(rows)[0]!;
    const cells = templateRowValues(question);
    expect(cells[1]).toBe('Question');
    expect(cells[6]).toBe(question.G);
    expect(cells[8]).toBe(question.I);
  });
});
