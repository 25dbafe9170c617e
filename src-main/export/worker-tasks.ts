import { inspectLogo, type ImageInspection } from '../domain/images';
import type { Brand } from './brand';
import type { BudgetExportInput } from './budget-export-input';
import type { ImportFile, ImportTableResult } from './import-table';
import type { PdfBuilderName, PdfInput } from './pdf/builders';

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
  budgetWorkbook(task: { input: BudgetExportInput; brand: Brand; internal: boolean }): Promise<Uint8Array>;
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
    const [{ buildPdf }, { renderPdf }] = await Promise.all([import('./pdf/builders'), import('./pdf/render')]);
    return renderPdf(buildPdf(builder, input, brand), fontsDir);
  },
  async budgetWorkbook({ input, brand, internal }) {
    const { budgetWorkbookBytes } = await import('./xlsx/budget-workbook');
    return budgetWorkbookBytes(input, brand, { internal });
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
