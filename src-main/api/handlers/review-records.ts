import { reviewScore } from '../../domain/alignment';
import type { AlignmentReview } from '../../domain/review';
import type { ReviewSummary } from '../contract/reviews';
import { notFound } from '../errors';
import type { HandlerContext } from '../handler-context';

/** Finding a review and describing it without its items, shared by the review handlers and the export. */

export function summaryOf(review: AlignmentReview): ReviewSummary {
  const { score, band, counts } = reviewScore(review);
  return {
    id: review.id,
    clientId: review.clientId,
    date: review.date,
    title: review.title,
    status: review.status,
    startedFromId: review.startedFromId,
    completedAt: review.completedAt,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
    score: score ?? null,
    band: band ?? null,
    counts,
    findingsOnRoadmap: review.items.filter((item) => item.answer === 'misaligned' && item.initiativeId !== null).length,
  };
}

export function requireReview(context: HandlerContext, id: string): AlignmentReview {
  const found = context.store.data.reviews.find((review) => review.id === id);
  if (!found) throw notFound('That review');
  return found;
}

