import { compareGoals } from '../../domain/goal';
import { exportFileName } from '../../export/brand';
import { renderPdfOffThread } from '../../export/worker-pool';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { canvassOf } from './canvass-read';
import { requireClient } from './client-items';
import { brandOf, fontsDir, offThread, PDF, save } from './exports';

/** Builds the canvass and questionnaire PDFs; the handlers save them through the platform. */
export const canvassExportBuilders = {
  async canvassPdf(context: HandlerContext, clientId: string, includePrivateNotes: boolean) {
    const client = requireClient(context, clientId);
    const data = context.store.data;
    const brand = await brandOf(context, client.name, 'Business canvass');
    const input = {
      client,
      content: canvassOf(context, clientId).content,
      goals: data.goals.filter((item) => item.clientId === clientId).sort(compareGoals),
      initiatives: data.initiatives.filter((item) => item.clientId === clientId),
      includePrivateNotes,
    };
    const bytes = await offThread(renderPdfOffThread('canvass', input, brand, fontsDir(context)));
    return { fileName: exportFileName(brand, 'pdf'), bytes, notice: brand.logoNotice };
  },

  async questionnairePdf(context: HandlerContext, clientId: string) {
    const client = requireClient(context, clientId);
    const brand = await brandOf(context, client.name, 'Business questions');
    const bytes = await offThread(renderPdfOffThread('questionnaire', { client }, brand, fontsDir(context)));
    return { fileName: exportFileName(brand, 'pdf'), bytes, notice: brand.logoNotice };
  },
};

export const canvassExportHandlers: HandlerMap<'export.canvassPdf' | 'export.questionnairePdf'> = {
  'export.canvassPdf': async ({ clientId, includePrivateNotes }, context) => {
    const built = await canvassExportBuilders.canvassPdf(context, clientId, includePrivateNotes);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },
  'export.questionnairePdf': async ({ clientId }, context) => {
    const built = await canvassExportBuilders.questionnairePdf(context, clientId);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },
};
