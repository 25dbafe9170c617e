import { scoreTrend } from '../../domain/alignment';
import { exportFileName } from '../../export/brand';
import { renderPdfOffThread } from '../../export/worker-pool';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { requireClient } from './client-items';
import { brandOf, fontsDir, offThread, PDF, save } from './exports';
import { requireReview } from './review-records';

/** Builds the alignment summary PDF of one review; the handler and the demo script both use it. */
export async function alignmentSummaryPdf(context: HandlerContext, reviewId: string, options: { includePrivateNotes: boolean; includeEngineerNotes: boolean }) {
  const review = requireReview(context, reviewId);
  const client = requireClient(context, review.clientId);
  const data = context.store.data;
  const brand = await brandOf(context, client.name, 'Technical alignment summary');
  const input = {
    client,
    review,
    trend: scoreTrend(data.reviews.filter((item) => item.clientId === client.id)),
    initiatives: data.initiatives.filter((item) => item.clientId === client.id),
    ...options,
  };
  const bytes = await offThread(renderPdfOffThread('alignmentSummary', input, brand, fontsDir(context)));
  return { fileName: exportFileName(brand, 'pdf'), bytes, notice: brand.logoNotice };
}

export const alignmentExportHandlers: HandlerMap<'export.alignmentPdf'> = {
  'export.alignmentPdf': async ({ reviewId, includePrivateNotes, includeEngineerNotes }, context) => {
    const built = await alignmentSummaryPdf(context, reviewId, { includePrivateNotes, includeEngineerNotes });
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },
};
