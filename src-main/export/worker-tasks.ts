import { inspectLogo, type ImageInspection } from '../domain/images';
import type { Standard } from '../domain/standard';
import type { Brand } from './brand';
import type { BudgetWorkbookInput } from './budget-export-input';
import type { ImportFile, ImportTableResult } from './import-table';
import type { PlaybookSummary } from '../domain/playbook';
import type { PdfBuilderName, PdfInput } from './pdf/builders';
import type { SheetRowsTask, SheetRowsResult } from './xlsx/sheet-rows';

/**
 * The work the export worker does: reading an import file, checking a logo image to its last pixel
 * row, rendering a PDF, writing a workbook.
 * Each task loads its libraries when first asked, so a file refused by its size is refused before
 * exceljs or pdfmake is even loaded.
 */

export interface PdfTask<K extends PdfBuilderName = PdfBuilderName> {
  builder: K;
  input: PdfInput<K>;
  brand: Brand;
  fontsDir: string;
}

export interface WorkerTasks {
  warmUp(nothing: null): Promise<null>;
  importTable(file: ImportFile): Promise<ImportTableResult>;
  inspectLogo(bytes: Uint8Array): Promise<ImageInspection>;
  pdf(task: PdfTask): Promise<Uint8Array>;
  budgetWorkbook(task: { input: BudgetWorkbookInput; brand: Brand; internal: boolean }): Promise<Uint8Array>;
  sheetRows(task: SheetRowsTask): Promise<SheetRowsResult>;
  standardsWorkbook(task: { standards: Standard[]; brand: Brand }): Promise<Uint8Array>;
  playbookWorkbook(task: { summary: PlaybookSummary; brand: Brand }): Promise<Uint8Array>;
}

export const workerTasks: WorkerTasks = {
  async warmUp() {
    await Promise.all([import('./pdf/builders'), import('./pdf/render'), import('./xlsx/budget-workbook'), import('./xlsx/read-tables'), import('./import-table')]);
    return null;
  },
  async importTable(file) {
    const { readImportTable } = await import('./import-table');
    return readImportTable(file);
  },
  async inspectLogo(bytes) {
    const { inflateSync } = await import('node:zlib');
    return inspectLogo(bytes, (data, maxBytes) => inflateSync(data, { maxOutputLength: maxBytes }));
  },
  async pdf({ builder, input, brand, fontsDir }) {
    const [{ buildPdf }, { measureHeights, renderPdf }] = await Promise.all([import('./pdf/builders'), import('./pdf/render')]);
    return renderPdf(await buildPdf(builder, input, brand, (groups) => measureHeights(groups, fontsDir)), fontsDir);
  },
  async budgetWorkbook({ input, brand, internal }) {
    const { budgetWorkbookBytes } = await import('./xlsx/budget-workbook');
    return budgetWorkbookBytes(input, brand, { internal });
  },
  async sheetRows(task) {
    const { readWantedSheet } = await import('./xlsx/sheet-rows');
    return readWantedSheet(task);
  },
  async standardsWorkbook({ standards, brand }) {
    const { standardsWorkbookBytes } = await import('./xlsx/standards-workbook');
    return standardsWorkbookBytes(standards, brand);
  },
  async playbookWorkbook({ summary, brand }) {
    const { playbookWorkbookBytes } = await import('./xlsx/playbook');
    return playbookWorkbookBytes(summary, brand);
  },
};

export type TaskName = keyof WorkerTasks;

/** What the main thread sends and what the worker answers. */
export interface TaskRequest<T extends TaskName = TaskName> {
  id: number;
  task: T;
  argument: Parameters<WorkerTasks[T]>[0];
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
