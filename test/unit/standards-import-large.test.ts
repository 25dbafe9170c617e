import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardsImportPreview } from '../../src-main/api/contract/standards';
import type { Standard } from '../../src-main/domain/standard';
import { standardKey } from '../../src-main/domain/standards-import';
import { largeLibraryStandards, MY_IT_PROCESS_HEADER, myItProcessRows, templateRowValues } from '../fixtures/large-standards-library';
import { openTestPractice, type TestPractice } from './standards-test-practice';

/** A myITprocess export of 1,900 questions, imported and checked against the same library in the app's shape. */

let test: TestPractice;
let upload: { file: { name: string; dataBase64: string } };

beforeAll(async () => {
  test = await openTestPractice(null);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Template');
  for (const row of [MY_IT_PROCESS_HEADER, ...myItProcessRows()]) sheet.addRow(templateRowValues(row));
  upload = { file: { name: 'large-library.xlsx', dataBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') } };
}, 120_000);

afterAll(async () => {
  await test.close();
});

describe('a myITprocess export of 1,900 questions', () => {
  it('imports every question with its category, section tag, priority and texts; again, it changes nothing', async () => {
    const preview = await test.call<StandardsImportPreview>('standards.importPreview', upload);
    expect(preview).toMatchObject({ added: 1900, updated: 0, skipped: 0, lintFlagged: 0, problems: [] });
    await test.call('standards.importCommit', upload);
    const { standards } = await test.call<{ standards: Standard[] }>('standards.list', {});
    const imported = new Map(standards.map((item) => [standardKey(item), item]));
    const expected = largeLibraryStandards();
    expect(standards).toHaveLength(expected.length);
    for (const item of expected) {
      const found = imported.get(standardKey(item));
      expect(found, item.name).toBeDefined();
      expect({ question: found!.question, whyWeAsk: found!.whyWeAsk, howToFind: found!.howToFind, priority: found!.priority, section: found!.tags[0] }).toEqual({
        question: item.question,
        whyWeAsk: item.whyWeAsk,
        howToFind: item.howToFind,
        priority: item.priority,
        section: item.tags[0],
      });
    }
    const again = await test.call<StandardsImportPreview>('standards.importPreview', upload);
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 1900, unchanged: 1900 });
  }, 120_000);
});
