import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsImportPreview } from '../../src-main/api/contract/standards';
import type { Standard } from '../../src-main/domain/standard';
import { SMALL_LIBRARY } from '../fixtures/small-standards-library';
import { myItProcessWorkbook, SAMPLE_TEMPLATE, type TemplateItem } from '../fixtures/myitprocess-workbook';
import { openTestPractice, type TestPractice } from './standards-test-practice';

let test: TestPractice;

beforeEach(async () => {
  test = await openTestPractice();
});

afterEach(async () => {
  await test.close();
});

const list = async () => (await test.call<{ standards: Standard[] }>('standards.list', {})).standards;
const dataFile = () => readFile(path.join(test.folder, 'data', 'practice.json'));
const upload = (bytes: Buffer, name = 'standards.xlsx') => ({ file: { name, dataBase64: bytes.toString('base64') } });

describe('the library', () => {
  it('starts with the default library, each standard with its question, category, tags and references', async () => {
    const standards = await list();
    expect(standards).toHaveLength(SMALL_LIBRARY.standards.length);
    expect(standards[0]).toMatchObject({
      id: 'std-backup-01',
      category: 'Backup',
      question: 'Are servers backed up at least once a day?',
      tags: ['Core', 'Resilience'],
      references: [{ title: 'CIS Critical Security Controls', url: 'https://www.cisecurity.org/controls' }],
      origin: 'default',
    });
  });

  it('creates, edits, duplicates, retires and deletes standards', async () => {
    const { standard } = await test.call<{ standard: Standard }>('standards.create', {
      standard: { category: 'Identity', name: 'Admin MFA', question: 'Do all admin accounts require MFA?', priority: 'high', tags: ['Identity'] },
    });
    expect(standard).toMatchObject({ origin: 'custom', active: true, frequency: 'annual', type: 'technology', priority: 'high' });
    const edited = await test.call<{ standard: Standard }>('standards.update', { id: standard.id, changes: { question: 'Do all administrator accounts require MFA?' } });
    expect(edited.standard.question).toBe('Do all administrator accounts require MFA?');
    const copy = await test.call<{ standard: Standard }>('standards.duplicate', { id: standard.id });
    expect(copy.standard).toMatchObject({ name: 'Admin MFA (copy)', question: 'Do all administrator accounts require MFA?', origin: 'custom' });
    expect(copy.standard.id).not.toBe(standard.id);
    await test.call('standards.update', { id: standard.id, changes: { active: false } });
    expect((await list()).find((item) => item.id === standard.id)?.active).toBe(false);
    const { client } = await test.call<{ client: { id: string } }>('clients.create', { client: { name: 'Harbor Dental' } });
    const linked = await test.call<{ initiative: { id: string } }>('initiatives.create', {
      clientId: client.id,
      initiative: { title: 'Enforce MFA for administrators', why: { standardIds: [copy.standard.id, standard.id], reviewIds: [], goalIds: [], assetIds: [], clientRequest: '' } },
    });
    expect(await test.call('standards.delete', { ids: [copy.standard.id] })).toEqual({ deleted: 1 });
    expect((await list()).some((item) => item.id === copy.standard.id)).toBe(false);
    // The initiative that gave it as a reason keeps its other reasons and no longer names it.
    const { initiatives } = await test.call<{ initiatives: Array<{ id: string; why: { standardIds: string[] } }> }>('initiatives.list', { clientId: client.id });
    expect(initiatives.find((item) => item.id === linked.initiative.id)?.why.standardIds).toEqual([standard.id]);
    const dangling = await test.failure('initiatives.create', {
      clientId: client.id,
      initiative: { title: 'Points at nothing', why: { standardIds: [copy.standard.id], reviewIds: [], goalIds: [], assetIds: [], clientRequest: '' } },
    });
    expect(dangling.message).toMatch(/is not a standard of the library/);
  });

  it('refuses a standard without a question or with a reference that is not https, naming the field', async () => {
    const missing = await test.failure('standards.create', { standard: { category: 'Email', name: 'No question', question: '  ' } });
    expect(missing.message).toMatch(/Question is required/);
    const insecure = await test.failure('standards.update', { id: 'std-email-01', changes: { references: [{ title: 'Vendor', url: 'http://example.com' }] } });
    expect(insecure.message).toMatch(/https:\/\//);
    const multiLineTag = await test.failure('standards.update', { id: 'std-email-01', changes: { tags: ['two\nlines'] } });
    expect(multiLineTag.message).toMatch(/one line/);
  });

  it('changes the category or priority of a selection at once', async () => {
    const result = await test.call('standards.bulkUpdate', { ids: ['std-email-01', 'std-email-02', 'std-desktops-02'], changes: { category: 'Messaging', priority: 'low' } });
    expect(result).toEqual({ updated: 3 });
    const standards = await list();
    expect(standards.filter((item) => item.category === 'Messaging').map((item) => item.id)).toEqual(['std-email-01', 'std-email-02', 'std-desktops-02']);
    expect(standards.find((item) => item.id === 'std-email-01')?.priority).toBe('low');
    expect((await test.failure('standards.bulkUpdate', { ids: ['std-email-01'], changes: {} })).message).toMatch(/Choose what to change/);
  });
});

describe('importing a myITprocess export', () => {
  it('previews what will be added without writing, flags the lint, then imports; the same file again changes nothing', async () => {
    const bytes = await myItProcessWorkbook(SAMPLE_TEMPLATE);
    const before = await dataFile();
    const preview = await test.call<StandardsImportPreview>('standards.importPreview', upload(bytes));
    expect(preview).toMatchObject({ source: 'myITprocess', sheet: 'Template', added: 10, updated: 0, skipped: 0, lintFlagged: 1, problems: [] });
    const flagged = preview.rows.find((row) => row.lint.length > 0)!;
    expect(flagged.name).toBe('Definition age');
    expect(flagged.lint.join(' ')).toMatch(/question mark/);
    expect((await dataFile()).equals(before)).toBe(true);

    expect(await test.call('standards.importCommit', upload(bytes))).toEqual({ added: 10, updated: 0, skipped: 0 });
    const imported = (await list()).filter((item) => item.origin === 'imported');
    expect(imported).toHaveLength(10);
    expect(imported.find((item) => item.name === 'Firewall under support')).toMatchObject({ category: 'Firewalls', priority: 'high', tags: ['Security'], type: 'technology' });
    expect(imported.find((item) => item.name === 'Firewall logs kept')?.priority).toBe('medium');
    expect(imported.find((item) => item.name === 'Geo-blocking')).toMatchObject({
      priority: 'low',
      whyWeAsk: 'Most attacks come from a few regions.',
      howToFind: '• Open the firewall console\n• Review the geo-IP policy',
    });
    expect(imported.find((item) => item.name === 'UPS on servers')).toMatchObject({ category: 'Power management', tags: ['Continuity'] });

    const afterFirst = await dataFile();
    const again = await test.call<StandardsImportPreview>('standards.importPreview', upload(bytes));
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 10, unchanged: 10 });
    expect(await test.call('standards.importCommit', upload(bytes))).toEqual({ added: 0, updated: 0, skipped: 10 });
    expect((await dataFile()).equals(afterFirst)).toBe(true);
  });

  it('updates a question whose wording or priority changed, keeping the consultant own tags and settings', async () => {
    await test.call('standards.importCommit', upload(await myItProcessWorkbook(SAMPLE_TEMPLATE)));
    const ups = (await list()).find((item) => item.name === 'UPS on servers')!;
    await test.call('standards.update', { id: ups.id, changes: { tags: ['Continuity', 'Hardware'], frequency: 'semiannual' } });
    const changed = SAMPLE_TEMPLATE.map((item) => (item.type === 'Question' && item.name === 'UPS on servers' ? { ...item, priority: 'High', question: 'Is every server and switch on a UPS?' } : item));
    const preview = await test.call<StandardsImportPreview>('standards.importPreview', upload(await myItProcessWorkbook(changed)));
    expect(preview).toMatchObject({ added: 0, updated: 1, skipped: 9 });
    expect(preview.rows.find((row) => row.action === 'update')).toMatchObject({ name: 'UPS on servers', changes: ['question', 'priority'] });
    await test.call('standards.importCommit', upload(await myItProcessWorkbook(changed)));
    expect((await list()).find((item) => item.id === ups.id)).toMatchObject({
      question: 'Is every server and switch on a UPS?',
      priority: 'high',
      tags: ['Continuity', 'Hardware'],
      frequency: 'semiannual',
    });
  });

  it('reports a question before any category and an unknown priority instead of guessing, and imports the rest', async () => {
    const items: TemplateItem[] = [
      { type: 'Section', name: 'Security' },
      { type: 'Question', name: 'Orphan', question: 'Is this orphaned?' },
      { type: 'Category', name: 'Email' },
      { type: 'Question', name: 'Urgent one', priority: 'Urgent', question: 'Is it urgent?' },
      { type: 'Question', name: 'Fine', priority: 'low', question: 'Is it fine?' },
      { type: 'Question', name: 'Fine', priority: 'low', question: 'Is it fine?' },
    ];
    const preview = await test.call<StandardsImportPreview>('standards.importPreview', upload(await myItProcessWorkbook(items)));
    expect(preview.added).toBe(1);
    expect(preview.skipped).toBe(3);
    expect(preview.problems).toEqual([
      { rowNumber: 3, message: expect.stringMatching(/"Orphan" comes before any category/) },
      { rowNumber: 5, message: expect.stringMatching(/"Urgent one" has the priority "Urgent"/) },
    ]);
    expect(preview.rows.find((row) => row.rowNumber === 7)).toMatchObject({ action: 'skip', reason: 'Repeats row 6 of the file.' });
  });
});

/** An .xlsx whose zip directory claims the sheet unpacks to 300 MB: the size is read before anything is unpacked. */
async function lyingZip(): Promise<Buffer> {
  const bytes = Buffer.from(await myItProcessWorkbook(SAMPLE_TEMPLATE));
  for (let at = bytes.length - 22; at >= 0; at -= 1) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue;
    let entry = bytes.readUInt32LE(at + 16);
    const name = (offset: number) => bytes.toString('utf8', offset + 46, offset + 46 + bytes.readUInt16LE(offset + 28));
    for (let index = 0; index < bytes.readUInt16LE(at + 10); index += 1) {
      if (name(entry).endsWith('sheet1.xml')) bytes.writeUInt32LE(300_000_000, entry + 24);
      entry += 46 + bytes.readUInt16LE(entry + 28) + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
    }
    return bytes;
  }
  throw new Error('not a zip');
}

async function sheetWith(name: string, rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a wrong file', () => {
  it.each([
    ['not a workbook', async () => Buffer.from('Type,Name,Question\nQuestion,Backups,Are backups run?\n'), /not an Excel workbook/],
    ['no Template sheet', async () => sheetWith('Standards export', [['Category', 'Title'], ['Backup', 'Nightly']]), /has no sheet named "Template"/],
    ['missing columns', async () => sheetWith('Template', [['Id', 'Type', 'Title'], [1, 'Category', 'Backup'], [2, 'Question', 'Nightly']]), /has no column G/],
    ['only empty rows', async () => sheetWith('Template', [[null, null], [null, ''], []]), /is empty/],
    ['no question rows', async () => sheetWith('Template', [['Id', 'Type', 'Title', 'D', 'E', 'Priority', 'Question'], [1, 'Note', 'x', '', '', '', 'y']]), /no Question rows/],
    ['20,000 rows', async () => myItProcessWorkbook([{ type: 'Category', name: 'Bulk' }, ...Array.from({ length: 20_000 }, (_unused, index): TemplateItem => ({ type: 'Question', name: `Q${index}`, question: `Is item ${index} in place?` }))]), /20,002 rows; at most 10,000/],
    ['a zip bomb', lyingZip, /unpacks to 300 MB; at most 100 MB/],
  ])('is refused with a clear message and writes nothing: %s', async (_label, make, message) => {
    const before = await dataFile();
    const bytes = await make();
    const preview = await test.failure('standards.importPreview', upload(bytes));
    expect(preview.code).toBe('IMPORT_FAILED');
    expect(preview.message).toMatch(message);
    const commit = await test.failure('standards.importCommit', upload(bytes));
    expect(commit.message).toMatch(message);
    expect((await dataFile()).equals(before)).toBe(true);
  });
});

describe('the library workbook', () => {
  it('round-trips: exported, emptied and imported again, the library comes back exactly, ids included', async () => {
    await test.call('standards.create', {
      standard: {
        category: 'Compliance',
        name: '=SUM(A1:A2) looks like a formula',
        question: 'Is a signed BAA on file for every vendor handling patient data?',
        whyWeAsk: 'Line one.\nLine two, with "quotes" and a | bar.',
        howToFind: '1. Open the vendor list.\n2. Check each BAA.\n\n3. Note the gaps.',
        references: [
          { title: 'HHS | Business associates', url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/business-associates/index.html' },
          { title: 'NIST SP 800-66', url: 'https://csrc.nist.gov/pubs/sp/800/66/r2/final' },
        ],
        priority: 'low',
        type: 'compliance',
        frequency: 'semiannual',
        tags: ['Vendors', 'Contracts'],
        frameworks: ['HIPAA', 'SOC 2'],
        active: false,
      },
    });
    const original = await list();
    const saved = await test.call<{ savedTo: string }>('export.standardsWorkbook', {});
    const bytes = await readFile(saved.savedTo);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Standards')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const formulaLike = sheet.getColumn(3).values.find((value) => typeof value === 'string' && value.startsWith('=SUM'));
    expect(formulaLike).toBe('=SUM(A1:A2) looks like a formula');
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String)));

    await test.call('standards.delete', { ids: original.map((item) => item.id) });
    const preview = await test.call<StandardsImportPreview>('standards.importPreview', upload(bytes));
    expect(preview).toMatchObject({ source: 'library', added: original.length, updated: 0, skipped: 0 });
    await test.call('standards.importCommit', upload(bytes));
    const restored = await list();
    const content = (items: Standard[]) => items.map(({ origin: _origin, createdAt: _createdAt, updatedAt: _updatedAt, ...fields }) => fields);
    expect(content(restored)).toEqual(content(original));

    expect(await test.call('standards.importCommit', upload(bytes))).toEqual({ added: 0, updated: 0, skipped: original.length });
  });
});
