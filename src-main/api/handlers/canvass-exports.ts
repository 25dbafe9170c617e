import { compareGoals } from '../../domain/goal';
import { exportFileName } from '../../export/brand';
import { canvassDocument } from '../../export/pdf/canvass';
import { questionnaireDocument } from '../../export/pdf/questionnaire';
import { measureHeights, renderPdf } from '../../export/pdf/render';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { canvassOf } from './canvass-read';
import { requireClient } from './client-items';
import { brandOf, fontsDir, PDF, save } from './exports';

/** Builds the canvass and questionnaire PDFs; the handlers save them through the platform. */
export const canvassExportBuilders = {
  async canvassPdf(context: HandlerContext, clientId: string, includePrivateNotes: boolean) {
    const client = requireClient(context, clientId);
    const data = context.store.data;
    const brand = await brandOf(context, client.name, 'Business canvass');
    const fonts = fontsDir(context);
    const input = {
      client,
      content: canvassOf(context, clientId).content,
      goals: data.goals.filter((item) => item.clientId === clientId).sort(compareGoals),
      initiatives: data.initiatives.filter((item) => item.clientId === clientId),
      includePrivateNotes,
    };
    const document = await canvassDocument(input, brand, (groups) => measureHeights(groups, fonts));
    return { fileName: exportFileName(brand, 'pdf'), bytes: await renderPdf(document, fonts) };
  },

  async questionnairePdf(context: HandlerContext, clientId: string) {
    const client = requireClient(context, clientId);
    const brand = await brandOf(context, client.name, 'Business questions');
    return { fileName: exportFileName(brand, 'pdf'), bytes: await renderPdf(questionnaireDocument({ client }, brand), fontsDir(context)) };
  },
};

export const canvassExportHandlers: HandlerMap<'export.canvassPdf' | 'export.questionnairePdf'> = {
  'export.canvassPdf': async ({ clientId, includePrivateNotes }, context) => {
    const built = await canvassExportBuilders.canvassPdf(context, clientId, includePrivateNotes);
    return save(context, built.fileName, built.bytes, PDF);
  },
  'export.questionnairePdf': async ({ clientId }, context) => {
    const built = await canvassExportBuilders.questionnairePdf(context, clientId);
    return save(context, built.fileName, built.bytes, PDF);
  },
};
