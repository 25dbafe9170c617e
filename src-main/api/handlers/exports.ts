import { monthOfLocalDate } from '../../domain/months';
import { brandFor, exportFileName, type Brand } from '../../export/brand';
import { budgetReportDocument } from '../../export/pdf/budget-report';
import { clientProfileDocument } from '../../export/pdf/client-profile';
import { renderPdf } from '../../export/pdf/render';
import { budgetWorkbookBytes } from '../../export/xlsx/budget-workbook';
import type { SavedFile } from '../contract';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import path from 'node:path';
import { forecastFor } from './budget';
import { requireClient } from './client-items';
import { logoBytes } from './settings';

type ExportChannels = 'export.clientProfilePdf' | 'export.budgetPdf' | 'export.budgetWorkbook';

export const PDF = [{ name: 'PDF document', extensions: ['pdf'] }];
const XLSX = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

export async function brandOf(context: HandlerContext, clientName: string, documentTitle: string): Promise<Brand> {
  const settings = context.store.data.settings;
  return brandFor(settings, await logoBytes(context, settings), { clientName, documentTitle, date: context.clock() });
}

export function fontsDir(context: HandlerContext): string {
  return path.join(context.platform.resourcesDir, 'fonts');
}

export async function save(context: HandlerContext, fileName: string, bytes: Uint8Array, filters: typeof PDF): Promise<SavedFile> {
  return { savedTo: await context.platform.saveFile({ suggestedName: fileName, filters, bytes }), fileName };
}

/** Builds the bytes of each export; the handlers and the demo script both use these. */
export const exportBuilders = {
  async clientProfilePdf(context: HandlerContext, clientId: string, includePrivateNotes: boolean) {
    const client = requireClient(context, clientId);
    const data = context.store.data;
    const brand = await brandOf(context, client.name, 'Client profile');
    const counts = {
      assets: data.assets.filter((item) => item.clientId === clientId).length,
      services: data.services.filter((item) => item.clientId === clientId).length,
      initiatives: data.initiatives.filter((item) => item.clientId === clientId).length,
    };
    const bytes = await renderPdf(clientProfileDocument({ client, includePrivateNotes, counts }, brand), fontsDir(context));
    return { fileName: exportFileName(brand, 'pdf'), bytes };
  },

  async budgetPdf(context: HandlerContext, clientId: string) {
    const { items, forecast } = forecastFor(context, clientId);
    const brand = await brandOf(context, items.client.name, 'Life-cycle budget');
    const input = { ...items, forecast, today: monthOfLocalDate(context.clock()) };
    const bytes = await renderPdf(budgetReportDocument(input, brand), fontsDir(context));
    return { fileName: exportFileName(brand, 'pdf'), bytes };
  },

  async budgetWorkbook(context: HandlerContext, clientId: string, internal: boolean) {
    const { items, forecast } = forecastFor(context, clientId);
    const brand = await brandOf(context, items.client.name, internal ? 'Budget workbook (internal)' : 'Budget workbook');
    const input = { ...items, forecast, today: monthOfLocalDate(context.clock()) };
    const bytes = await budgetWorkbookBytes(input, brand, { internal });
    return { fileName: exportFileName(brand, 'xlsx'), bytes };
  },
};

export const exportHandlers: HandlerMap<ExportChannels> = {
  'export.clientProfilePdf': async ({ clientId, includePrivateNotes }, context) => {
    const built = await exportBuilders.clientProfilePdf(context, clientId, includePrivateNotes);
    return save(context, built.fileName, built.bytes, PDF);
  },
  'export.budgetPdf': async ({ clientId }, context) => {
    const built = await exportBuilders.budgetPdf(context, clientId);
    return save(context, built.fileName, built.bytes, PDF);
  },
  'export.budgetWorkbook': async ({ clientId, internal }, context) => {
    const built = await exportBuilders.budgetWorkbook(context, clientId, internal);
    return save(context, built.fileName, built.bytes, XLSX);
  },
};
