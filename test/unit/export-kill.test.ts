import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { writeExportFile } from '../../src-main/store/durable-file';
import { DATA_FILE_NAME } from '../../src-main/store/practice-store';
import { folderPlatform } from '../harness/test-platform';
import { buildKillChild, FAULT_CLOCK, forEachKillPoint, stepsOf, tempFilesIn, type KillChild } from './fault-disks';

/**
 * An export killed with SIGKILL before each step of its write, in a child process that opened the
 * practice and asked the registry for the export. Afterwards the practice is untouched, the folder
 * the consultant chose holds nothing or the whole document (a cut-off write leaves at most a temp
 * file, never a partial file under the document's name), and the next export of the same document
 * removes what the killed one left.
 */

const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'practice-v2.json');
/** Creating the folder, the temp file (open, two halves, flush, close), the rename, the folder's flush. */
const MIN_KILL_POINTS = 8;

let workDir = '';
let template = '';
let clientId = '';
let child: KillChild;

interface ExportKind {
  channel: 'export.budgetWorkbook' | 'export.budgetPdf';
  input: () => Record<string, unknown>;
  /** Throws unless `bytes` are a whole document of this kind. */
  whole(bytes: Buffer): Promise<void>;
}

const KINDS: ExportKind[] = [
  {
    channel: 'export.budgetWorkbook',
    input: () => ({ clientId, internal: false }),
    async whole(bytes) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
      expect(workbook.worksheets.length).toBeGreaterThan(1);
    },
  },
  {
    channel: 'export.budgetPdf',
    input: () => ({ clientId }),
    async whole(bytes) {
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    },
  },
];

function open(dataDir: string, exportsDir: string): Promise<OpenPractice> {
  return openPractice({ dataDir, platform: folderPlatform(exportsDir).platform, clock: () => new Date(FAULT_CLOCK) });
}

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-export-kill-'));
  child = await buildKillChild('export-kill-child');
  // A practice with clients, assets, services and initiatives, opened once so that it is current.
  template = path.join(workDir, 'template');
  await nodeFs.mkdir(template, { recursive: true });
  await nodeFs.copyFile(FIXTURE, path.join(template, DATA_FILE_NAME));
  const practice = await open(template, path.join(workDir, 'unused'));
  clientId = practice.store.data.clients.find((client) => practice.store.data.assets.some((asset) => asset.clientId === client.id))!.id;
  await practice.close();
});

afterAll(async () => {
  await child?.remove();
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

describe('writing an export', () => {
  it('removes the temp files a killed export of the same name left, and nothing else', async () => {
    const folder = path.join(workDir, 'leftovers');
    await nodeFs.mkdir(folder, { recursive: true });
    const target = path.join(folder, 'Harbor Dental - Budget workbook.xlsx');
    // The id of a process that has ended.
    const deadPid = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    const leftovers = {
      ofTheKilledProcess: `${path.basename(target)}.${deadPid}-0123456789ab.tmp`,
      ofThisProcessUnderWay: `${path.basename(target)}.${process.pid}-0123456789ab.tmp`,
      ofAnotherDocument: `Cedar Law - Budget workbook.xlsx.${deadPid}-0123456789ab.tmp`,
      theConsultantsOwn: `${path.basename(target)}.notes.tmp`,
    };
    for (const name of Object.values(leftovers)) await nodeFs.writeFile(path.join(folder, name), 'partial');
    await writeExportFile(target, 'the whole document');
    expect((await nodeFs.readdir(folder)).sort()).toEqual(
      [path.basename(target), leftovers.ofThisProcessUnderWay, leftovers.ofAnotherDocument, leftovers.theConsultantsOwn].sort(),
    );
    expect(await nodeFs.readFile(target, 'utf8')).toBe('the whole document');
  });
});

describe('an export killed part-way', () => {
  for (const kind of KINDS) {
    it(`${kind.channel}: leaves the practice untouched and nothing or the whole document under its name`, async () => {
      const input = JSON.stringify(kind.input());
      const counting = path.join(workDir, `${kind.channel}-counting`);
      await nodeFs.cp(template, path.join(counting, 'data'), { recursive: true });
      const whole = await child.run([path.join(counting, 'data'), path.join(counting, 'exports'), kind.channel, input, '0']);
      expect(whole.code, whole.stderr).toBe(0);
      const steps = stepsOf(whole);
      expect(steps).toBeGreaterThanOrEqual(MIN_KILL_POINTS);
      const [fileName] = await nodeFs.readdir(path.join(counting, 'exports'));
      await kind.whole(await nodeFs.readFile(path.join(counting, 'exports', fileName!)));

      // Every step of the export, and once more after its last one.
      const outcomes = await forEachKillPoint(steps + 1, async (killAt) => {
        const pointDir = path.join(workDir, `${kind.channel}-kill-${killAt}`);
        const dataDir = path.join(pointDir, 'data');
        const exportsDir = path.join(pointDir, 'exports');
        await nodeFs.cp(template, dataDir, { recursive: true });
        const before = await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME));
        const run = await child.run([dataDir, exportsDir, kind.channel, input, String(killAt)]);
        const context = `${kind.channel} killed before step ${killAt} of ${steps}`;
        if (killAt <= steps) expect(run.signal, `${context}: ${run.stderr}`).toBe('SIGKILL');
        else expect(run.code, `${context}: ${run.stderr}`).toBe(0);

        // The practice: byte for byte what it was, with no temp file beside it.
        expect((await nodeFs.readFile(path.join(dataDir, DATA_FILE_NAME))).equals(before), context).toBe(true);
        expect(await tempFilesIn(dataDir), context).toEqual([]);

        // The chosen folder: the whole document under its name, or not at all; anything else is a temp file.
        const left = await nodeFs.readdir(exportsDir).catch(() => [] as string[]);
        const temps = left.filter((name) => name !== fileName);
        for (const name of temps) expect(name, context).toMatch(/\.\d+-[0-9a-f]{12}\.tmp$/);
        const complete = left.includes(fileName!);
        if (complete) await kind.whole(await nodeFs.readFile(path.join(exportsDir, fileName!)));

        const practice = await open(dataDir, exportsDir);
        try {
          expect(practice.store.status(), context).toMatchObject({ state: 'ok', reason: null, unsaved: null });
          // Exporting again writes the document and removes the temp file the killed process left.
          if (temps.length > 0) {
            const again = await practice.registry.invoke(kind.channel, JSON.parse(input));
            expect(again.ok, context).toBe(true);
            expect(await nodeFs.readdir(exportsDir), context).toEqual([fileName]);
            await kind.whole(await nodeFs.readFile(path.join(exportsDir, fileName!)));
          }
        } finally {
          await practice.close();
        }
        await nodeFs.rm(pointDir, { recursive: true, force: true });
        return `${killAt}:${complete ? 'whole' : temps.length > 0 ? 'temp' : 'nothing'}`;
      });
      console.log(`${kind.channel} killed at ${steps + 1} points: ${outcomes.join(' ')}`);
      expect(outcomes.some((outcome) => outcome.endsWith(':temp'))).toBe(true);
      expect(outcomes.some((outcome) => outcome.endsWith(':whole'))).toBe(true);
    }, 180_000);
  }
});
