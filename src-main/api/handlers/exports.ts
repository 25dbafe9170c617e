import { linkTargetsOf } from '../../domain/initiative-links';
import { monthOfLocalDate } from '../../domain/months';
import { brandFor, exportFileName, type Brand } from '../../export/brand';
import { budgetWorkbookOffThread, renderPdfOffThread, WorkerTaskError } from '../../export/worker-pool';
import type { SavedFile } from '../contract';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import path from 'node:path';
import { forecastFor } from './budget';
import { requireClient } from './client-items';
import { logoBytes } from './settings';

type ExportChannels = 'export.clientProfilePdf' | 'export.budgetPdf' | 'export.budgetWorkbook';

export const PDF = [{ name: 'PDF document', extensions: ['pdf'] }];
export const XLSX = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

export async function brandOf(context: HandlerContext, clientName: string, documentTitle: string): Promise<Brand> {
  const settings = context.store.data.settings;
  return brandFor(settings, await logoBytes(context, settings), { clientName, documentTitle, date: context.clock() });
}

export function fontsDir(context: HandlerContext): string {
  return path.join(context.platform.resourcesDir, 'fonts');
}

/** Why the disk refused an export, by the error's code, said of the folder the consultant chose. */
const EXPORT_WRITE_CAUSES: Record<string, string> = {
  ENOSPC: 'The disk is full',
  EDQUOT: 'The disk quota is used up',
  EACCES: 'Permission to write in that folder was denied',
  EPERM: 'The operating system refused the write',
  EROFS: 'That folder is on a read-only disk',
  EIO: 'The disk reported an input/output error',
  ENOENT: 'That folder no longer exists',
};

/** An export the disk refused, in words (null for any other failure): nothing is left under its name. */
export function exportWriteFailure(error: unknown, fileName: string): AppError | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const cause = EXPORT_WRITE_CAUSES[code];
  if (!cause) return null;
  const next = code === 'ENOSPC' || code === 'EDQUOT' ? 'Free some space or choose another folder' : 'Choose another folder';
  return new AppError('NOT_WRITABLE', `${cause}, so ${fileName} was not saved. ${next}, then export again.`);
}

/**
 * Saves an export where the consultant chooses, and remembers it so that it can be opened next.
 * `notice` is what the consultant should know about the document (made without the logo).
 */
export async function save(context: HandlerContext, fileName: string, bytes: Uint8Array, filters: typeof PDF, notice: string | null = null): Promise<SavedFile> {
  const savedTo = await context.platform.saveFile({ suggestedName: fileName, filters, bytes }).catch((error: unknown) => {
    throw exportWriteFailure(error, fileName) ?? error;
  });
  if (savedTo === null) return { savedTo, fileName, exportId: null };
  const exportId = context.newId();
  context.savedExports.set(exportId, savedTo);
  return { savedTo, fileName, exportId, ...(notice ? { notice } : {}) };
}

/** Documents are made on the export worker; one that fails there (too long, out of memory) is explained. */
export function offThread(making: Promise<Uint8Array>): Promise<Uint8Array> {
  return making.catch((error: unknown) => {
    throw error instanceof WorkerTaskError ? new AppError('INTERNAL', error.message) : error;
  });
}

/** Builds the bytes of each export; the handlers and the demo script both use these. */
export const exportBuilders = {
  async clientProfilePdf(context: HandlerContext, clientId: string, includePrivateNotes: boolean) {
    const client = requireClient(context, clientId);
    const { items, forecast } = forecastFor(context, clientId);
    const brand = await brandOf(context, client.name, 'Client profile');
    const counts = { assets: items.assets.length, services: items.services.length, initiatives: items.initiatives.length };
    const budget = { ...items, forecast, today: monthOfLocalDate(context.clock()) };
    const bytes = await offThread(renderPdfOffThread('clientProfile', { client, includePrivateNotes, counts, budget }, brand, fontsDir(context)));
    return { fileName: exportFileName(brand, 'pdf'), bytes, notice: brand.logoNotice };
  },

  async budgetPdf(context: HandlerContext, clientId: string) {
    const { items, forecast } = forecastFor(context, clientId);
    const brand = await brandOf(context, items.client.name, 'Life-cycle budget');
    const input = { ...items, forecast, today: monthOfLocalDate(context.clock()) };
    const bytes = await offThread(renderPdfOffThread('budgetReport', input, brand, fontsDir(context)));
    return { fileName: exportFileName(brand, 'pdf'), bytes, notice: brand.logoNotice };
  },

  async budgetWorkbook(context: HandlerContext, clientId: string, internal: boolean) {
    const { items, forecast } = forecastFor(context, clientId);
    const brand = await brandOf(context, items.client.name, internal ? 'Budget workbook (internal)' : 'Budget workbook');
    const input = { ...items, forecast, today: monthOfLocalDate(context.clock()), linkTargets: linkTargetsOf(context.store.data, clientId) };
    const bytes = await offThread(budgetWorkbookOffThread(input, brand, internal));
    return { fileName: exportFileName(brand, 'xlsx'), bytes, notice: brand.logoNotice };
  },
};

export const exportHandlers: HandlerMap<ExportChannels> = {
  'export.clientProfilePdf': async ({ clientId, includePrivateNotes }, context) => {
    const built = await exportBuilders.clientProfilePdf(context, clientId, includePrivateNotes);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },
  'export.budgetPdf': async ({ clientId }, context) => {
    const built = await exportBuilders.budgetPdf(context, clientId);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },
  'export.budgetWorkbook': async ({ clientId, internal }, context) => {
    const built = await exportBuilders.budgetWorkbook(context, clientId, internal);
    return save(context, built.fileName, built.bytes, XLSX, built.notice);
  },
};
