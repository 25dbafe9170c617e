import { describe, expect, it } from 'vitest';
import {
  alignmentScore,
  answerCounts,
  bandLabel,
  categoryScores,
  formatScore,
  latestCompletedReview,
  misalignedByPriority,
  reviewScore,
  scoreBand,
  scoreTrend,
  type ScoredAnswer,
} from '../../src-main/domain/alignment';
import type { Priority } from '../../src-main/domain/initiative';
import { alignmentReview, type AlignmentAnswer, type AlignmentReview, type ReviewItem } from '../../src-main/domain/review';

function answers(count: number, answer: AlignmentAnswer | null, priority: Priority): ScoredAnswer[] {
  return Array.from({ length: count }, () => ({ answer, priority }));
}

function item(category: string, name: string, priority: Priority, answer: AlignmentAnswer | null): ReviewItem {
  return {
    standardId: `std-${category}-${name}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    wording: { category, name, question: `Is ${name} in place?`, whyWeAsk: '', howToFind: '', references: [], priority, type: 'technology' },
    answer,
    note: '',
    engineerNote: '',
    initiativeId: null,
  };
}

function review(id: string, date: string, status: AlignmentReview['status'], items: ReviewItem[]): AlignmentReview {
  return alignmentReview.parse({
    id,
    clientId: 'client-1',
    date,
    title: '',
    status,
    startedFromId: null,
    items,
    privateNotes: '',
    completedAt: status === 'completed' ? `${date}T12:00:00.000Z` : null,
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T12:00:00.000Z`,
  });
}

describe('alignment score (PRODUCT.md §3)', () => {
  it('weighs answers high 5, medium 3, low 1: 26 aligned against 6 misaligned is 81.25, rounded half up to 81.3', () => {
    const worked = [...answers(4, 'aligned', 'high'), ...answers(2, 'aligned', 'medium'), ...answers(1, 'misaligned', 'low'), ...answers(1, 'misaligned', 'high')];
    expect(alignmentScore(worked)).toBe(81.3);
    expect(scoreBand(81.3)).toBe('onTrack');
  });

  it('makes a single high-priority miss weigh five times a low one: ten low aligned and one high misaligned give 66.7', () => {
    expect(alignmentScore([...answers(10, 'aligned', 'low'), ...answers(1, 'misaligned', 'high')])).toBe(66.7);
    expect(alignmentScore([...answers(10, 'aligned', 'low'), ...answers(1, 'misaligned', 'low')])).toBe(90.9);
  });

  it('scores a single high-priority miss on its own as 0, at risk (something was answered)', () => {
    const score = alignmentScore(answers(1, 'misaligned', 'high'));
    expect(score).toBe(0);
    expect(scoreBand(score)).toBe('atRisk');
    expect(formatScore(score)).toBe('0.0');
  });

  it('is undefined when everything is not applicable or unanswered, shown as "–" and never 0 or 100', () => {
    for (const list of [answers(12, 'notApplicable', 'high'), answers(3, null, 'medium'), [], [...answers(2, 'notApplicable', 'low'), ...answers(2, null, 'high')]]) {
      const score = alignmentScore(list);
      expect(score).toBeUndefined();
      expect(scoreBand(score)).toBeUndefined();
      expect(formatScore(score)).toBe('–');
      expect(bandLabel(score)).toBe('No score yet');
    }
  });

  it('leaves not-applicable and unanswered standards out', () => {
    const base = [...answers(3, 'aligned', 'medium'), ...answers(1, 'misaligned', 'medium')];
    expect(alignmentScore(base)).toBe(75);
    expect(alignmentScore([...base, ...answers(5, 'notApplicable', 'high'), ...answers(7, null, 'high')])).toBe(75);
  });

  it('rounds exactly half a tenth up, at the .x5 edges', () => {
    // 1 aligned against 15 misaligned: 6.25 -> 6.3
    expect(alignmentScore([...answers(1, 'aligned', 'low'), ...answers(3, 'misaligned', 'high')])).toBe(6.3);
    // 63 against 17: 78.75 -> 78.8
    expect(alignmentScore([...answers(63, 'aligned', 'low'), ...answers(17, 'misaligned', 'low')])).toBe(78.8);
    // 1 against 79: 1.25 -> 1.3
    expect(alignmentScore([...answers(1, 'aligned', 'low'), ...answers(79, 'misaligned', 'low')])).toBe(1.3);
    // just below half stays down: 2 against 13 is 13.333 -> 13.3
    expect(alignmentScore([...answers(2, 'aligned', 'low'), ...answers(13, 'misaligned', 'low')])).toBe(13.3);
  });

  it('puts 79.95 on track and 59.95 in needs attention, because the band reads the rounded score', () => {
    const almost80 = alignmentScore([...answers(1599, 'aligned', 'low'), ...answers(401, 'misaligned', 'low')]);
    expect(almost80).toBe(80);
    expect(scoreBand(almost80)).toBe('onTrack');
    const almost60 = alignmentScore([...answers(1199, 'aligned', 'low'), ...answers(801, 'misaligned', 'low')]);
    expect(almost60).toBe(60);
    expect(scoreBand(almost60)).toBe('needsAttention');
    expect(scoreBand(79.9)).toBe('needsAttention');
    expect(scoreBand(59.9)).toBe('atRisk');
    expect(scoreBand(100)).toBe('onTrack');
  });

  it('writes the score with one decimal in the consultant locale', () => {
    expect(formatScore(81.3, 'en-US')).toBe('81.3');
    expect(formatScore(81.3, 'de-DE')).toBe('81,3');
    expect(formatScore(100)).toBe('100.0');
  });
});

describe('a review', () => {
  const items = [
    item('Backup', 'Daily backups', 'high', 'aligned'),
    item('Backup', 'Offsite copy', 'high', 'misaligned'),
    item('Backup', 'Restore test', 'medium', 'notApplicable'),
    item('Email', 'MFA', 'high', 'aligned'),
    item('Email', 'SPF', 'low', 'misaligned'),
    item('Email', 'DMARC', 'medium', null),
    item('Firewalls', 'Firmware', 'high', 'notApplicable'),
  ];

  it('is scored overall and per category with the same formula, a category with nothing counted having no score', () => {
    const overall = reviewScore({ items });
    // aligned 5 + 5 = 10, misaligned 5 + 1 = 6: 62.5
    expect(overall).toMatchObject({ score: 62.5, band: 'needsAttention' });
    expect(overall.counts).toEqual({ total: 7, answered: 6, aligned: 2, misaligned: 2, notApplicable: 2, unanswered: 1 });
    expect(categoryScores(items).map(({ category, score, band }) => ({ category, score, band }))).toEqual([
      { category: 'Backup', score: 50, band: 'atRisk' },
      { category: 'Email', score: 83.3, band: 'onTrack' },
      { category: 'Firewalls', score: undefined, band: undefined },
    ]);
  });

  it('lists its misaligned items highest priority first', () => {
    const more = [...items, item('Desktops', 'Encryption', 'medium', 'misaligned'), item('Antivirus', 'EDR', 'high', 'misaligned')];
    expect(misalignedByPriority(more).map((entry) => entry.wording.name)).toEqual(['EDR', 'Offsite copy', 'Encryption', 'SPF']);
  });

  it('counts answers', () => {
    expect(answerCounts([])).toEqual({ total: 0, answered: 0, aligned: 0, misaligned: 0, notApplicable: 0, unanswered: 0 });
  });
});

describe('the trend', () => {
  it('follows completed reviews by date, leaving out the one in progress', () => {
    const reviews = [
      review('r3', '2026-06-01', 'inProgress', [item('Backup', 'Daily', 'high', 'aligned')]),
      review('r2', '2026-03-01', 'completed', [item('Backup', 'Daily', 'high', 'aligned'), item('Backup', 'Offsite', 'low', 'misaligned')]),
      review('r1', '2025-09-01', 'completed', [item('Backup', 'Daily', 'high', 'misaligned'), item('Backup', 'Offsite', 'low', 'aligned')]),
      review('r0', '2025-03-01', 'completed', [item('Backup', 'Daily', 'high', 'notApplicable')]),
    ];
    expect(scoreTrend(reviews)).toEqual([
      { reviewId: 'r0', date: '2025-03-01', score: undefined, band: undefined },
      { reviewId: 'r1', date: '2025-09-01', score: 16.7, band: 'atRisk' },
      { reviewId: 'r2', date: '2026-03-01', score: 83.3, band: 'onTrack' },
    ]);
    expect(latestCompletedReview(reviews)?.id).toBe('r2');
    expect(latestCompletedReview(reviews.filter((entry) => entry.status !== 'completed'))).toBeUndefined();
  });
});
