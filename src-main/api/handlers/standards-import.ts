import { createHash } from 'node:crypto';
import { readTemplateRows, TEMPLATE_SHEET } from '../../domain/myitprocess-template';
import { lintQuestion } from '../../domain/standard-lint';
import { applyImport, planImport, tableCandidates, templateCandidates, type ImportCandidate, type ImportPlan, type ImportSource } from '../../domain/standards-import';
import { locateColumns, readStandardsTable, STANDARDS_SHEET } from '../../domain/standards-table';
import { readSheetRowsOffThread, WorkerTaskError } from '../../export/worker-pool';
import type { ChannelInput } from '../contract';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';

/**
 * Imports into the standards library: a myITprocess export (sheet "Template") or the library's own
 * workbook (sheet "Standards"). The preview and the commit read the file the same way; only the
 * commit writes, and only when the file could be read as a whole.
 */

/** A library of 1,900 questions is some 2,100 rows; ten thousand leaves room without inviting abuse. */
const MAX_ROWS = 10_000;
/** The declared unpacked size of the workbook; a large real library unpacks to a few megabytes. */
const MAX_UNPACKED_BYTES = 100_000_000;

type ImportRequest = ChannelInput<'standards.importPreview'>;

function refused(message: string): AppError {
  return new AppError('IMPORT_FAILED', message);
}

function lintReasons(question: string): string[] {
  const verdict = lintQuestion(question);
  return verdict.ok ? [] : verdict.reasons;
}

type ReadImport = { source: ImportSource; sheet: string; candidates: ImportCandidate[]; problems: ImportPlan['problems'] };

/** The last file read, so the commit that follows a preview of the same file does not read it again. */
let lastRead: { digest: string; read: ReadImport } | null = null;

async function readImportOnce(request: ImportRequest): Promise<ReadImport> {
  const digest = createHash('sha256').update(request.file.dataBase64).digest('hex');
  if (lastRead?.digest === digest) return lastRead.read;
  const read = await readImport(request);
  lastRead = { digest, read };
  return read;
}

async function readImport(request: ImportRequest): Promise<ReadImport> {
  const name = request.file.name;
  const bytes = new Uint8Array(Buffer.from(request.file.dataBase64, 'base64'));
  if (bytes.length === 0) throw refused(`${name} is empty.`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw refused(`${name} is not an Excel workbook (.xlsx). Export the standards library from myITprocess, or from vCIO Desk, as .xlsx.`);
  // Read on the export worker: exceljs's parsing is synchronous and would hold up every other call.
  const read = await readSheetRowsOffThread({ bytes, limits: { maxRows: MAX_ROWS, maxUnpackedBytes: MAX_UNPACKED_BYTES }, wanted: [TEMPLATE_SHEET, STANDARDS_SHEET] }, name).catch((error: unknown) => {
    throw refused(error instanceof WorkerTaskError ? error.message : `${name} could not be read.`);
  });
  if (!read.ok) {
    if (read.reason === 'refused') throw refused(`${name}: ${read.message}`);
    throw refused(read.sheet ? `${name}: the sheet "${read.sheet}" could not be read.` : `${name} looks like a workbook but could not be read. Open it in Excel and save it again as .xlsx.`);
  }
  const found = read.found;

  if (found?.wanted === TEMPLATE_SHEET) {
    const { sheet: template, rows } = found;
    if (rows.length === 0) throw refused(`The sheet "${template}" is empty: there is nothing to import.`);
    const widest = Math.max(...rows.map((row) => row.cells.length));
    if (widest < 7) {
      throw refused(`The sheet "${template}" has no column G. A myITprocess export has the row type in column B, the name in C, the priority in F and the question in G.`);
    }
    const reading = readTemplateRows(rows);
    if (reading.questions.length === 0 && reading.problems.length === 0) {
      throw refused(`The sheet "${template}" has no Question rows: column B should say Section, Category or Question on each row.`);
    }
    const { candidates, problems } = templateCandidates(reading.questions);
    return { source: 'myITprocess', sheet: template, candidates, problems: [...reading.problems, ...problems] };
  }

  if (found?.wanted === STANDARDS_SHEET) {
    const { sheet: own, rows } = found;
    const located = locateColumns(rows);
    if ('missing' in located) throw refused(`The sheet "${own}" is missing the columns ${located.missing.join(', ')}. Export the library again from vCIO Desk to see the expected columns.`);
    const reading = readStandardsTable(rows, located.headerIndex, located.positions);
    if (reading.standards.length === 0 && reading.problems.length === 0) throw refused(`The sheet "${own}" has a header row but no standards under it.`);
    return { source: 'library', sheet: own, candidates: tableCandidates(reading.standards), problems: reading.problems };
  }

  throw refused(
    `${name} has no sheet named "${TEMPLATE_SHEET}" (a myITprocess standards export) or "${STANDARDS_SHEET}" (a vCIO Desk library export). Its sheets: ${read.sheets.join(', ') || 'none'}.`,
  );
}

async function planFor(request: ImportRequest, context: HandlerContext) {
  const read = await readImportOnce(request);
  const plan = planImport(read.source, read.candidates, read.problems, context.store.data.standards, lintReasons);
  return { read, plan };
}

export const standardsImportHandlers: HandlerMap<'standards.importPreview' | 'standards.importCommit'> = {
  'standards.importPreview': async (request, context) => {
    const { read, plan } = await planFor(request, context);
    return {
      source: plan.source,
      sheet: read.sheet,
      added: plan.added,
      updated: plan.updated,
      skipped: plan.skipped,
      unchanged: plan.unchanged,
      lintFlagged: plan.lintFlagged,
      rows: plan.rows.map(({ fields: _fields, ...row }) => row),
      problems: plan.problems,
    };
  },

  'standards.importCommit': async (request, context) => {
    const { read, plan } = await planFor(request, context);
    if (plan.added + plan.updated > 0) {
      const next = applyImport(context.store.data.standards, plan, read.candidates, context.clock().toISOString(), context.newId);
      await context.store.mutate((draft) => {
        draft.standards = next;
      });
    }
    return { added: plan.added, updated: plan.updated, skipped: plan.skipped };
  },
};
