import { Worker } from 'node:worker_threads';
import type { ImageInspection } from '../domain/images';
import type { Brand } from './brand';
import type { BudgetWorkbookInput } from './budget-export-input';
import type { ImportFile, ImportTableResult } from './import-table';
import type { Standard } from '../domain/standard';
import type { PlaybookSummary } from '../domain/playbook';
import type { PdfBuilderName, PdfInput } from './pdf/builders';
import type { SheetRowsResult, SheetRowsTask } from './xlsx/sheet-rows';
import type { TaskName, TaskReply, TaskRequest, WorkerTasks } from './worker-tasks';

/**
 * Runs imports and exports on a worker thread (worker.ts) rather than on the thread that answers
 * the screens: pdfmake's layout and exceljs's parsing are synchronous, and no amount of yielding
 * inside them is possible, so a worker is the only way to keep every other call answered while a
 * large document is made or a hostile file is read. Each task also has a time limit; past it the
 * worker is stopped (and started again for the next task) and the consultant is told in words.
 */

export class WorkerTaskError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

/** Heap for one worker: room for a 10,000-row workbook or a long report, and a ceiling for anything else. */
const WORKER_HEAP_MB = 1536;
/** A worker with nothing to do is stopped after this long, so it holds no memory while the app idles. */
const IDLE_MS = 60_000;

interface Job {
  request: Omit<TaskRequest, 'id'>;
  timeoutMs: number;
  what: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * From the built app, the bundled entry beside index.js; from the sources (Vitest, tsx, Playwright),
 * the TypeScript entry through a small loader. The URLs are built from variables so that the
 * bundler leaves them alone.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!here.endsWith('.ts')) {
    const built = './export-worker.js';
    return new Worker(new URL(built, here), options);
  }
  const [loader, entry] = ['./worker-from-sources.js', './worker.ts'];
  return new Worker(new URL(loader, here), { ...options, workerData: { entry: new URL(entry, here).href } });
}

/** One worker thread and its queue: tasks run one at a time, each within its time limit. */
class TaskRunner {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private current: { job: Job; id: number; timer: ReturnType<typeof setTimeout> } | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;

  run<T extends TaskName>(task: T, argument: Parameters<WorkerTasks[T]>[0], limits: { timeoutMs: number; what: string }): Promise<Awaited<ReturnType<WorkerTasks[T]>>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { task, argument }, ...limits, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const job = this.queue.shift()!;
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.stop();
      this.finish(id, null, new WorkerTaskError(`${job.what} took longer than ${Math.round(job.timeoutMs / 1000)} seconds, so it was stopped.`));
    }, job.timeoutMs);
    this.current = { job, id, timer };
    worker.postMessage({ id, ...job.request });
  }

  private start(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', (reply: TaskReply) => {
      if (reply.ok) this.finish(reply.id, reply.value, null);
      else this.finish(reply.id, null, new WorkerTaskError(reply.message));
    });
    worker.on('error', (error) => this.failCurrent(worker, error));
    worker.on('exit', () => this.failCurrent(worker, null));
    this.worker = worker;
    return worker;
  }

  /** The worker died (out of memory, or an error outside a task): the task it ran fails in words. */
  private failCurrent(worker: Worker, error: Error | null): void {
    if (this.worker !== worker) return;
    this.worker = null;
    if (!this.current) return;
    const outOfMemory = (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const reason = outOfMemory ? 'needed more memory than is allowed' : `stopped unexpectedly${error ? ` (${error.message})` : ''}`;
    this.finish(this.current.id, null, new WorkerTaskError(`${this.current.job.what} ${reason}.`));
  }

  private finish(id: number, value: unknown, error: Error | null): void {
    if (!this.current || this.current.id !== id) return;
    const { job, timer } = this.current;
    clearTimeout(timer);
    this.current = null;
    if (error) job.reject(error);
    else job.resolve(value);
    this.pump();
    if (!this.current && this.worker) {
      this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
      this.idleTimer.unref();
    }
  }

  /** Stops the worker; the next task starts a new one. */
  private stop(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }
}

/** One worker for imports and exports: the consultant does one at a time, and one thread is less memory. */
const runner = new TaskRunner();

const IMPORT_TIMEOUT_MS = 30_000;
const EXPORT_TIMEOUT_MS = 120_000;

/**
 * Starts the worker and loads its libraries ahead of the first task. The test harness calls it,
 * because from the sources that start takes seconds (TypeScript compiled on the fly).
 */
export function warmUpWorker(): Promise<null> {
  return runner.run('warmUp', null, { timeoutMs: EXPORT_TIMEOUT_MS, what: 'Starting the export worker' });
}

export function readImportTableOffThread(file: ImportFile): Promise<ImportTableResult> {
  return runner.run('importTable', file, { timeoutMs: IMPORT_TIMEOUT_MS, what: `Reading ${file.name}` });
}

export function inspectLogoOffThread(bytes: Uint8Array): Promise<ImageInspection> {
  return runner.run('inspectLogo', bytes, { timeoutMs: IMPORT_TIMEOUT_MS, what: 'Checking the logo' });
}

export function renderPdfOffThread<K extends PdfBuilderName>(builder: K, input: PdfInput<K>, brand: Brand, fontsDir: string): Promise<Uint8Array> {
  return runner.run('pdf', { builder, input, brand, fontsDir }, { timeoutMs: EXPORT_TIMEOUT_MS, what: `Making the ${brand.documentTitle.toLowerCase()} PDF` });
}

export function budgetWorkbookOffThread(input: BudgetWorkbookInput, brand: Brand, internal: boolean): Promise<Uint8Array> {
  return runner.run('budgetWorkbook', { input, brand, internal }, { timeoutMs: EXPORT_TIMEOUT_MS, what: `Making the ${brand.documentTitle.toLowerCase()}` });
}

export function readSheetRowsOffThread(task: SheetRowsTask, name: string): Promise<SheetRowsResult> {
  return runner.run('sheetRows', task, { timeoutMs: IMPORT_TIMEOUT_MS, what: `Reading ${name}` });
}

export function standardsWorkbookOffThread(standards: Standard[], brand: Brand): Promise<Uint8Array> {
  return runner.run('standardsWorkbook', { standards, brand }, { timeoutMs: EXPORT_TIMEOUT_MS, what: `Making the ${brand.documentTitle.toLowerCase()}` });
}

export function playbookWorkbookOffThread(summary: PlaybookSummary, brand: Brand): Promise<Uint8Array> {
  return runner.run('playbookWorkbook', { summary, brand }, { timeoutMs: EXPORT_TIMEOUT_MS, what: 'Making the playbook workbook' });
}
