import type { Priority } from './initiative';
import type { AlignmentAnswer, AlignmentReview, ReviewItem } from './review';

/**
 * The alignment score of PRODUCT.md §3, computed once here for screens, PDFs and workbooks alike.
 * Each answered standard weighs by its priority; not-applicable and unanswered ones are left out.
 */

export const PRIORITY_WEIGHTS: Record<Priority, number> = { high: 5, medium: 3, low: 1 };

export const SCORE_BANDS = ['onTrack', 'needsAttention', 'atRisk'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];
export const SCORE_BAND_LABELS: Record<ScoreBand, string> = {
  onTrack: 'On track',
  needsAttention: 'Needs attention',
  atRisk: 'At risk',
};

/** The answer and the priority it was asked with: all the score needs of a review item. */
export interface ScoredAnswer {
  answer: AlignmentAnswer | null;
  priority: Priority;
}

/**
 * 100 × aligned weight / (aligned + misaligned weight), rounded half up to one decimal; undefined
 * when nothing counts (never 0 or 100). Computed in whole tenths with integers, so a score that
 * sits exactly on .x5 rounds up whatever floating point would make of it.
 */
export function alignmentScore(answers: Iterable<ScoredAnswer>): number | undefined {
  let aligned = 0;
  let misaligned = 0;
  for (const { answer, priority } of answers) {
    if (answer === 'aligned') aligned += PRIORITY_WEIGHTS[priority];
    else if (answer === 'misaligned') misaligned += PRIORITY_WEIGHTS[priority];
  }
  const total = aligned + misaligned;
  if (total === 0) return undefined;
  const tenths = Math.floor((2000 * aligned + total) / (2 * total));
  return tenths / 10;
}

/** 80 and above on track, 60 to under 80 needs attention, under 60 at risk; no band without a score. */
export function scoreBand(score: number | undefined): ScoreBand | undefined {
  if (score === undefined) return undefined;
  if (score >= 80) return 'onTrack';
  if (score >= 60) return 'needsAttention';
  return 'atRisk';
}

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** "85.7" in the consultant's locale, or "–" when there is no score. */
export function formatScore(score: number | undefined, locale = 'en-US'): string {
  if (score === undefined) return '–';
  let format = scoreFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    scoreFormats.set(locale, format);
  }
  return format.format(score);
}

export function bandLabel(score: number | undefined): string {
  const band = scoreBand(score);
  return band ? SCORE_BAND_LABELS[band] : 'No score yet';
}

export interface AnswerCounts {
  total: number;
  answered: number;
  aligned: number;
  misaligned: number;
  notApplicable: number;
  unanswered: number;
}

export function answerCounts(items: readonly Pick<ReviewItem, 'answer'>[]): AnswerCounts {
  const counts: AnswerCounts = { total: items.length, answered: 0, aligned: 0, misaligned: 0, notApplicable: 0, unanswered: 0 };
  for (const item of items) {
    if (item.answer === null) counts.unanswered += 1;
    else {
      counts.answered += 1;
      counts[item.answer] += 1;
    }
  }
  return counts;
}

function scored(item: ReviewItem): ScoredAnswer {
  return { answer: item.answer, priority: item.wording.priority };
}

export interface CategoryScore {
  category: string;
  score: number | undefined;
  band: ScoreBand | undefined;
  counts: AnswerCounts;
}

/** The same formula per category, in the order the categories first appear in the review. */
export function categoryScores(items: readonly ReviewItem[]): CategoryScore[] {
  const groups = new Map<string, ReviewItem[]>();
  for (const item of items) {
    const group = groups.get(item.wording.category);
    if (group) group.push(item);
    else groups.set(item.wording.category, [item]);
  }
  return [...groups].map(([category, group]) => {
    const score = alignmentScore(group.map(scored));
    return { category, score, band: scoreBand(score), counts: answerCounts(group) };
  });
}

export interface ReviewScore {
  score: number | undefined;
  band: ScoreBand | undefined;
  counts: AnswerCounts;
}

export function reviewScore(review: Pick<AlignmentReview, 'items'>): ReviewScore {
  const score = alignmentScore(review.items.map(scored));
  return { score, band: scoreBand(score), counts: answerCounts(review.items) };
}

export interface TrendPoint {
  reviewId: string;
  date: string;
  score: number | undefined;
  band: ScoreBand | undefined;
}

/** The client's completed reviews, oldest first, with their scores (PRODUCT.md §3: scores are trended). */
export function scoreTrend(reviews: readonly AlignmentReview[]): TrendPoint[] {
  return reviews
    .filter((review) => review.status === 'completed')
    .sort((a, b) => a.date.localeCompare(b.date) || (a.completedAt ?? '').localeCompare(b.completedAt ?? ''))
    .map((review) => {
      const { score, band } = reviewScore(review);
      return { reviewId: review.id, date: review.date, score, band };
    });
}

/** The most recent completed review of a client, the one its page and the dashboard report. */
export function latestCompletedReview<T extends Pick<AlignmentReview, 'status' | 'date' | 'completedAt'>>(reviews: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const review of reviews) {
    if (review.status !== 'completed') continue;
    if (!latest || review.date > latest.date || (review.date === latest.date && (review.completedAt ?? '') > (latest.completedAt ?? ''))) latest = review;
  }
  return latest;
}

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** Misaligned items, highest priority first, then by category and name: the order a client reads findings in. */
export function misalignedByPriority<T extends ReviewItem>(items: readonly T[]): T[] {
  return items
    .filter((item) => item.answer === 'misaligned')
    .sort(
      (a, b) =>
        PRIORITY_ORDER[a.wording.priority] - PRIORITY_ORDER[b.wording.priority] ||
        a.wording.category.localeCompare(b.wording.category) ||
        a.wording.name.localeCompare(b.wording.name),
    );
}
