import { latestScores } from '../../domain/alignment';
import { INITIATIVE_DEFAULTS } from '../../domain/initiative';
import { alignmentReview, reviewItem, type AlignmentReview, type ReviewItem } from '../../domain/review';
import { applicableStandards, categoryKey, newReviewItems, previousReview } from '../../domain/review-items';
import type { ReviewSummary } from '../contract/reviews';
import { AppError, notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { alignmentExportHandlers } from './alignment-export';
import { requireClient } from './client-items';
import { initiativeHandlers } from './initiatives';
import { requireReview, summaryOf } from './review-records';
import { validated } from './validation';

type ReviewChannels =
  | 'reviews.list'
  | 'reviews.get'
  | 'reviews.scope'
  | 'reviews.start'
  | 'reviews.answer'
  | 'reviews.update'
  | 'reviews.complete'
  | 'reviews.reopen'
  | 'reviews.delete'
  | 'reviews.createInitiative'
  | 'reviews.latestScores';

function requireOpen(review: AlignmentReview): void {
  if (review.status === 'completed') throw new AppError('CONFLICT', 'This review is completed and locked. Reopen it to change it.');
}

async function replaceReview(context: HandlerContext, next: AlignmentReview): Promise<ReviewSummary> {
  await context.store.mutate((draft) => {
    const index = draft.reviews.findIndex((review) => review.id === next.id);
    if (index < 0) throw notFound('That review');
    draft.reviews[index] = next;
  });
  return summaryOf(next);
}

function clientReviews(context: HandlerContext, clientId: string): AlignmentReview[] {
  return context.store.data.reviews.filter((review) => review.clientId === clientId);
}

export const reviewHandlers: HandlerMap<ReviewChannels | 'export.alignmentPdf'> = {
  'reviews.list': async ({ clientId }, context) => {
    requireClient(context, clientId);
    const reviews = clientReviews(context, clientId).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    return { reviews: reviews.map(summaryOf) };
  },

  'reviews.get': async ({ id }, context) => {
    const review = requireReview(context, id);
    return { review, summary: summaryOf(review) };
  },

  'reviews.scope': async ({ clientId }, context) => {
    const client = requireClient(context, clientId);
    const hidden = new Set(client.hiddenStandardCategories.map(categoryKey));
    // Every category the client could be asked, hidden ones included, so they can be shown again.
    const askable = applicableStandards(context.store.data.standards, { ...client, hiddenStandardCategories: [] });
    const categories = new Map<string, { category: string; standards: number; hidden: boolean }>();
    for (const standard of askable) {
      const key = categoryKey(standard.category);
      const entry = categories.get(key) ?? { category: standard.category, standards: 0, hidden: hidden.has(key) };
      entry.standards += 1;
      categories.set(key, entry);
    }
    const previous = previousReview(clientReviews(context, clientId));
    return {
      applicable: askable.filter((standard) => !hidden.has(categoryKey(standard.category))).length,
      categories: [...categories.values()],
      previousReviewId: previous?.id ?? null,
    };
  },

  'reviews.start': async ({ clientId, date, title, fromPrevious }, context) => {
    const client = requireClient(context, clientId);
    const applicable = applicableStandards(context.store.data.standards, client);
    if (applicable.length === 0) {
      throw new AppError('CONFLICT', `No active standard applies to ${client.name}. Add standards to the library, or show the categories hidden for this client.`);
    }
    const previous = fromPrevious ? previousReview(clientReviews(context, clientId)) : null;
    const initiativeIds = new Set(context.store.data.initiatives.filter((item) => item.clientId === clientId).map((item) => item.id));
    const now = context.clock().toISOString();
    const review = validated(
      alignmentReview,
      {
        id: context.newId(),
        clientId,
        date,
        title,
        status: 'inProgress',
        startedFromId: previous?.id ?? null,
        items: newReviewItems(applicable, previous, initiativeIds),
        privateNotes: '',
        completedAt: null,
        createdAt: now,
        updatedAt: now,
      },
      '',
    );
    await context.store.mutate((draft) => {
      draft.reviews.push(review);
    });
    return { review: summaryOf(review) };
  },

  'reviews.answer': async ({ id, answers }, context) => {
    const review = requireReview(context, id);
    requireOpen(review);
    const changes = new Map(answers.map((change) => [change.standardId, change]));
    const unknown = answers.find((change) => !review.items.some((item) => item.standardId === change.standardId));
    if (unknown) throw new AppError('NOT_FOUND', 'That standard is not part of this review.');
    const items = review.items.map((item): ReviewItem => {
      const change = changes.get(item.standardId);
      if (!change) return item;
      const { standardId: _standardId, ...fields } = change;
      return validated(reviewItem, { ...item, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) }, 'answers');
    });
    return { review: await replaceReview(context, { ...review, items, updatedAt: context.clock().toISOString() }) };
  },

  'reviews.update': async ({ id, changes }, context) => {
    const review = requireReview(context, id);
    requireOpen(review);
    const next = validated(alignmentReview, { ...review, ...changes, updatedAt: context.clock().toISOString() }, 'changes');
    return { review: await replaceReview(context, next) };
  },

  'reviews.complete': async ({ id }, context) => {
    const review = requireReview(context, id);
    requireOpen(review);
    const now = context.clock().toISOString();
    return { review: await replaceReview(context, { ...review, status: 'completed', completedAt: now, updatedAt: now }) };
  },

  'reviews.reopen': async ({ id }, context) => {
    const review = requireReview(context, id);
    if (review.status !== 'completed') throw new AppError('CONFLICT', 'This review is already open.');
    return { review: await replaceReview(context, { ...review, status: 'inProgress', completedAt: null, updatedAt: context.clock().toISOString() }) };
  },

  'reviews.delete': async ({ ids }, context) => {
    const doomed = new Set(ids);
    const present = context.store.data.reviews.filter((review) => doomed.has(review.id)).length;
    if (present === 0) throw new AppError('NOT_FOUND', 'None of those reviews exist any more.');
    await context.store.mutate((draft) => {
      // A review started from a deleted one keeps its answers and no longer names where they came from.
      draft.reviews = draft.reviews
        .filter((review) => !doomed.has(review.id))
        .map((review) => (review.startedFromId !== null && doomed.has(review.startedFromId) ? { ...review, startedFromId: null } : review));
      // Initiatives stay (they are the client's roadmap); they just no longer point at the review.
      draft.initiatives = draft.initiatives.map((item) =>
        item.why.reviewIds.some((reviewId) => doomed.has(reviewId)) ? { ...item, why: { ...item.why, reviewIds: item.why.reviewIds.filter((reviewId) => !doomed.has(reviewId)) } } : item,
      );
    });
    return { deleted: present };
  },

  'reviews.createInitiative': async ({ reviewId, standardId, initiative: fields }, context) => {
    const review = requireReview(context, reviewId);
    const item = review.items.find((candidate) => candidate.standardId === standardId);
    if (!item) throw new AppError('NOT_FOUND', 'That standard is not part of this review.');
    if (item.answer !== 'misaligned') throw new AppError('CONFLICT', 'Only a misaligned answer becomes a recommendation.');
    const existing = item.initiativeId ? context.store.data.initiatives.find((candidate) => candidate.id === item.initiativeId) : undefined;
    if (existing) throw new AppError('CONFLICT', `This finding is already on the roadmap as "${existing.title}".`);
    const { initiative } = await initiativeHandlers['initiatives.create'](
      {
        clientId: review.clientId,
        initiative: { ...fields, why: { ...INITIATIVE_DEFAULTS.why, standardIds: [standardId], reviewIds: [reviewId] } },
      },
      context,
    );
    await context.store.mutate((draft) => {
      const stored = draft.reviews.find((candidate) => candidate.id === reviewId);
      const target = stored?.items.find((candidate) => candidate.standardId === standardId);
      if (target) target.initiativeId = initiative.id;
    });
    return { initiative };
  },

  'reviews.latestScores': async (_input, context) => ({
    scores: latestScores(context.store.data.reviews).map((entry) => ({ ...entry, score: entry.score ?? null, band: entry.band ?? null })),
  }),

  ...alignmentExportHandlers,
};
