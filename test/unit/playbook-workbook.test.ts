import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src-main/domain/csv';
import { playbookSummary, type PlaybookSummary } from '../../src-main/domain/playbook';
import { PLAYBOOK_ACTIVITIES } from '../../src-main/domain/playbook-objectives';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { brandFor } from '../../src-main/export/brand';
import { DEFINITIONS_SHEET, PLAYBOOK_SHEET, playbookWorkbookBytes } from '../../src-main/export/xlsx/playbook';
import { excelBuffer } from '../../src-main/export/xlsx/xlsx-cells';
import { makeClient } from './factories';
import { makeMeeting, makeTouch } from './meeting-factories';

/** The playbook workbook read back with exceljs, then recalculated by LibreOffice: totals are live and right. */

const COMPANY = '=HYPERLINK("http://x","Clearpath")';
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'vcio-playbook-lo-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function summary(): PlaybookSummary {
  const touches = [
    ...Array.from({ length: 7 }, (_, index) => makeTouch({ id: `t${index}`, contactId: null, date: `2027-01-${String(index + 3).padStart(2, '0')}` })),
    makeTouch({ id: 'e1', kind: 'escalation', date: '2027-03-09' }),
    makeTouch({ id: 'e2', kind: 'escalation', date: '2027-11-30' }),
  ];
  const meetings = [
    makeMeeting({ id: 'm1', date: '2027-02-09', status: 'held', budgetReviewed: true }),
    makeMeeting({ id: 'm2', date: '2027-05-11', status: 'held' }),
    makeMeeting({ id: 'm3', date: '2027-12-14', status: 'held' }),
  ];
  return playbookSummary({
    year: 2027,
    clients: [makeClient({ complexity: 8 }), makeClient({ id: 'c2', complexity: 3 })],
    touches,
    meetings,
    reviews: [],
    proposals: [],
    stored: [{ year: 2027, objectives: { uniqueTouches: null, escalatedIssues: 12, clientMeetings: null, technologySummaries: null, budgetsCompleted: null, proposalsCompleted: 0 } }],
  });
}

async function bytes(): Promise<Uint8Array> {
  const settings = { ...DEFAULT_SETTINGS, consultant: { ...DEFAULT_SETTINGS.consultant, company: COMPANY } };
  const brand = brandFor(settings, null, { clientName: COMPANY, documentTitle: 'vCIO playbook 2027', date: new Date('2027-12-20T12:00:00') });
  return playbookWorkbookBytes(summary(), brand);
}

describe('playbook workbook', () => {
  it('writes the objective, twelve months and totals as formulas over them; text stays text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excelBuffer(await bytes()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([PLAYBOOK_SHEET, DEFINITIONS_SHEET]);
    const sheet = workbook.getWorksheet(PLAYBOOK_SHEET)!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'Month', 'Unique touches', 'Escalated issues', 'Client meetings', 'Technology summaries', 'Budgets completed', 'Proposals completed']);
    // Objectives: the cadence's (touches 2 + 1 a month × 12, meetings 6 + 4), the consultant's for escalations and proposals.
    expect(sheet.getRow(5).values).toEqual([undefined, 'Annual objective', 36, 12, 10, 8, 2, 0]);
    expect(sheet.getCell('A6').value).toBe('Jan 2027');
    expect(sheet.getCell('B6').value).toBe(7);
    expect(sheet.getCell('A17').value).toBe('Dec 2027');
    expect(sheet.getCell('A18').value).toBe('Totals');
    expect(sheet.getCell('B18').value).toEqual({ formula: 'SUM(B6:B17)' });
    expect(sheet.getCell('G19').value).toEqual({ formula: 'IF(ISNUMBER(G5),IF(G5>0,G18/G5,""),"")' });
    // The company name that looks like a formula is written as text.
    expect(sheet.getCell('A2').value).toEqual(expect.stringContaining(COMPANY));
    expect(typeof sheet.getCell('A2').value).toBe('string');
    expect(workbook.getWorksheet(DEFINITIONS_SHEET)!.getCell('B5').value).toBe('Touches logged with a decision maker, once a person a day.');
  });

  it('totals and shares of the objective compute in LibreOffice to the figures of the summary', async () => {
    const folder = path.join(scratch, 'recalc');
    const home = path.join(folder, 'home');
    mkdirSync(home, { recursive: true });
    const file = path.join(folder, 'playbook.xlsx');
    writeFileSync(file, await bytes());
    execFileSync('soffice', [`-env:UserInstallation=file://${home}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', folder, file], {
      env: { ...process.env, HOME: home },
      stdio: 'pipe',
      timeout: 90_000,
    });
    const csv = readFileSync(path.join(folder, `playbook-${PLAYBOOK_SHEET}.csv`), 'utf8');
    const table = parseCsv(csv);
    const rows = [table.headers, ...table.rows];
    const row = (label: string) => rows.find((cells) => cells[0] === label)!;
    const expected = summary();
    expect(row('Totals').slice(1, 7).map(Number)).toEqual(PLAYBOOK_ACTIVITIES.map((activity) => expected.totals[activity]));
    expect(row('Totals').slice(1, 7).map(Number)).toEqual([7, 2, 3, 0, 1, 0]);
    // Share of objective: 7 / 36, 2 / 12, 3 / 10, 0 / 8, 1 / 2; none when the objective is 0.
    const shares = row('Share of objective').slice(1, 7);
    // LibreOffice writes them as formatted (a percentage), so read them back as such.
    const fraction = (text: string | undefined) => Number((text ?? '').replace('%', '')) / 100;
    expect(shares.slice(0, 5).map(fraction).map((value) => Math.round(value * 10_000) / 10_000)).toEqual([0.1944, 0.1667, 0.3, 0, 0.5]);
    expect(shares[5]).toBe('');
  });
});
