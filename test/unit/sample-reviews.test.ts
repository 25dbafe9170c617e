import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewSummary } from '../../src-main/api/contract/reviews';
import type { Initiative } from '../../src-main/domain/initiative';
import { practiceData } from '../../src-main/domain/practice';
import type { AlignmentReview } from '../../src-main/domain/review';
import type { DefaultLibraryFile } from '../../src-main/domain/standards-library';
import { SMALL_LIBRARY } from '../fixtures/small-standards-library';
import { openTestPractice, type TestPractice } from './standards-test-practice';

/** The small library, with its compliance standards under the ids the sample findings name. */
const LIBRARY: DefaultLibraryFile = {
  edition: 1,
  standards: [
    ...SMALL_LIBRARY.standards.map((standard) => (standard.id === 'std-compliance-02' ? { ...standard, id: 'std-compliance-05' } : standard)),
    { ...SMALL_LIBRARY.standards[11]!, id: 'std-compliance-02', name: 'HIPAA risk analysis current' },
  ],
};

let test: TestPractice | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

async function loadSample() {
  test = await openTestPractice(LIBRARY);
  await test.call('sample.load', {});
  return test;
}

describe('the sample practice reviews', () => {
  it('give every sample client at least two completed reviews, scored, for a trend', async () => {
    const practice = await loadSample();
    expect(() => practiceData.parse(practice.practice.store.data)).not.toThrow();
    const { clients } = await practice.call<{ clients: Array<{ id: string; name: string }> }>('clients.list', {});
    expect(clients.length).toBeGreaterThan(5);
    for (const client of clients) {
      const { reviews } = await practice.call<{ reviews: ReviewSummary[] }>('reviews.list', { clientId: client.id });
      const completed = reviews.filter((review) => review.status === 'completed');
      expect(completed.length, client.name).toBeGreaterThanOrEqual(2);
      expect(completed.every((review) => review.score !== null && review.counts.unanswered === 0), client.name).toBe(true);
    }
    const { scores } = await practice.call<{ scores: Array<{ clientId: string; score: number | null }> }>('reviews.latestScores', {});
    expect(scores.map((entry) => entry.clientId).sort()).toEqual(clients.map((client) => client.id).sort());
  });

  it('write the findings the sample names, linked both ways with the initiative that answers them', async () => {
    const practice = await loadSample();
    const data = practice.practice.store.data;
    const dental = data.clients.find((client) => client.name === 'Brightwater Family Dental')!;
    const latest = data.reviews.filter((review) => review.clientId === dental.id).sort((a, b) => b.date.localeCompare(a.date))[0]!;
    const finding = latest.items.find((item) => item.standardId === 'std-firewalls-02')!;
    expect(finding).toMatchObject({ answer: 'misaligned', note: expect.stringMatching(/past its vendor support date/), engineerNote: expect.stringMatching(/SonicWall/) });
    const initiative = data.initiatives.find((item: Initiative) => item.id === finding.initiativeId)!;
    expect(initiative.title).toBe('Replace the end-of-life firewall');
    expect(initiative.why.standardIds).toContain('std-firewalls-02');
    expect(initiative.why.reviewIds).toEqual([latest.id]);
    // The HIPAA standard is asked of the dental practice (HIPAA) and of no client without it.
    expect(latest.items.some((item) => item.standardId === 'std-compliance-02')).toBe(true);
    const law = data.clients.find((client) => client.name === 'Kessler & Obi LLP')!;
    expect(data.reviews.filter((review) => review.clientId === law.id).every((review) => review.items.every((item) => item.standardId !== 'std-compliance-02'))).toBe(true);
    expect(latest.privateNotes).not.toBe('');
  });

  it('are drawn the same way every time, and a standard aligned in an earlier review stays aligned as the client improves', async () => {
    const answersOf = (reviews: readonly AlignmentReview[]) => reviews.map((review) => review.items.map((item) => `${item.standardId}:${item.answer}`));
    const first = await loadSample();
    const once = answersOf(first.practice.store.data.reviews);
    await first.close();
    const second = await loadSample();
    expect(answersOf(second.practice.store.data.reviews)).toEqual(once);

    const data = second.practice.store.data;
    for (const client of data.clients) {
      const reviews = data.reviews.filter((review) => review.clientId === client.id).sort((a, b) => a.date.localeCompare(b.date));
      for (let index = 1; index < reviews.length; index += 1) {
        // Named findings may change anything; the drawn answers only ever improve.
        const later = new Map(reviews[index]!.items.filter((item) => item.note === '').map((item) => [item.standardId, item.answer]));
        for (const item of reviews[index - 1]!.items) {
          if (item.answer === 'aligned' && later.has(item.standardId)) expect(later.get(item.standardId), `${client.name} ${item.standardId}`).toBe('aligned');
        }
      }
    }
  });

  it('leave the reviews out, but load the rest, when the library is empty', async () => {
    test = await openTestPractice(null);
    await test.call('sample.load', {});
    expect(test.practice.store.data.clients.length).toBeGreaterThan(5);
    expect(test.practice.store.data.reviews).toEqual([]);
  });
});
