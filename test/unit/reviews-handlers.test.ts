import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewSummary } from '../../src-main/api/contract/reviews';
import type { Initiative } from '../../src-main/domain/initiative';
import type { AlignmentReview } from '../../src-main/domain/review';
import { openTestPractice, type TestPractice } from './standards-test-practice';

let test: TestPractice;
let clientId = '';

beforeEach(async () => {
  test = await openTestPractice();
  clientId = (await test.call<{ client: { id: string } }>('clients.create', { client: { name: 'Harbour Light Dental', complianceRegimes: ['HIPAA'] } })).client.id;
});

afterEach(async () => {
  await test.close();
});

const start = (input: object = {}) => test.call<{ review: ReviewSummary }>('reviews.start', { clientId, date: '2026-11-20', ...input });
const get = async (id: string) => (await test.call<{ review: AlignmentReview; summary: ReviewSummary }>('reviews.get', { id })).review;
const answer = (id: string, answers: object[]) => test.call<{ review: ReviewSummary }>('reviews.answer', { id, answers });
const dataFile = () => readFile(path.join(test.folder, 'data', 'practice.json'));

describe('a review', () => {
  it('asks the active technology standards and the compliance ones of the client regimes, minus hidden categories', async () => {
    const scope = await test.call<{ applicable: number; categories: Array<{ category: string; standards: number; hidden: boolean }> }>('reviews.scope', { clientId });
    expect(scope.applicable).toBe(12);
    expect(scope.categories.find((entry) => entry.category === 'Compliance')).toEqual({ category: 'Compliance', standards: 1, hidden: false });

    await test.call('clients.update', { id: clientId, changes: { hiddenStandardCategories: ['Desktops'] } });
    await test.call('standards.update', { id: 'std-email-03', changes: { active: false } });
    const { review } = await start({ title: 'Annual review' });
    expect(review).toMatchObject({ status: 'inProgress', title: 'Annual review', score: null, band: null, counts: { total: 9, answered: 0, unanswered: 9 } });
    const stored = await get(review.id);
    expect(stored.items.map((item) => item.standardId)).toEqual([
      'std-backup-01',
      'std-backup-02',
      'std-backup-03',
      'std-email-01',
      'std-email-02',
      'std-firewalls-01',
      'std-firewalls-02',
      'std-firewalls-03',
      'std-compliance-01',
    ]);
    const hiddenScope = await test.call<{ categories: Array<{ category: string; hidden: boolean }> }>('reviews.scope', { clientId });
    expect(hiddenScope.categories.find((entry) => entry.category === 'Desktops')?.hidden).toBe(true);
  });

  it('is answered, scored as it goes, completed (locked) and reopened deliberately', async () => {
    const { review } = await start();
    const after = await answer(review.id, [
      { standardId: 'std-backup-01', answer: 'aligned' },
      { standardId: 'std-backup-02', answer: 'misaligned', note: 'Only one copy, in the server room.', engineerNote: 'NAS share \\\\fs01\\backup' },
      { standardId: 'std-backup-03', answer: 'notApplicable' },
    ]);
    // aligned 5 (high) against misaligned 5 (high): 50.0
    expect(after.review).toMatchObject({ score: 50, band: 'atRisk', counts: { answered: 3, aligned: 1, misaligned: 1, notApplicable: 1 } });
    const note = (await get(review.id)).items.find((item) => item.standardId === 'std-backup-02')!;
    expect(note).toMatchObject({ answer: 'misaligned', note: 'Only one copy, in the server room.', engineerNote: 'NAS share \\\\fs01\\backup' });
    await answer(review.id, [{ standardId: 'std-backup-03', answer: null }]);
    expect((await get(review.id)).items.find((item) => item.standardId === 'std-backup-03')?.answer).toBeNull();

    const completed = await test.call<{ review: ReviewSummary }>('reviews.complete', { id: review.id });
    expect(completed.review).toMatchObject({ status: 'completed', completedAt: '2026-11-22T10:00:00.000Z' });
    const locked = await test.failure('reviews.answer', { id: review.id, answers: [{ standardId: 'std-backup-01', answer: 'misaligned' }] });
    expect(locked).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/completed and locked/) });
    expect((await test.failure('reviews.update', { id: review.id, changes: { title: 'x' } })).code).toBe('CONFLICT');

    const reopened = await test.call<{ review: ReviewSummary }>('reviews.reopen', { id: review.id });
    expect(reopened.review).toMatchObject({ status: 'inProgress', completedAt: null });
    await answer(review.id, [{ standardId: 'std-backup-02', answer: 'aligned' }]);
    expect((await get(review.id)).items.find((item) => item.standardId === 'std-backup-02')?.answer).toBe('aligned');
  });

  it('keeps the wording it asked when the library changes afterwards', async () => {
    const { review } = await start();
    await test.call('standards.update', { id: 'std-backup-01', changes: { question: 'Are all servers backed up every night?', priority: 'low' } });
    await test.call('standards.delete', { ids: ['std-backup-02'] });
    const stored = await get(review.id);
    expect(stored.items.find((item) => item.standardId === 'std-backup-01')?.wording).toMatchObject({ question: 'Are servers backed up at least once a day?', priority: 'high' });
    expect(stored.items.find((item) => item.standardId === 'std-backup-02')?.wording.name).toBe('Offsite copy');
  });

  it('starts from the previous review, carrying its answers and notes', async () => {
    const { review: first } = await start({ date: '2026-05-01' });
    await answer(first.id, [
      { standardId: 'std-email-01', answer: 'misaligned', note: 'No MFA for the front desk.' },
      { standardId: 'std-email-02', answer: 'aligned' },
    ]);
    await test.call('reviews.complete', { id: first.id });
    const scope = await test.call<{ previousReviewId: string | null }>('reviews.scope', { clientId });
    expect(scope.previousReviewId).toBe(first.id);
    const { review: second } = await start({ fromPrevious: true });
    expect(second).toMatchObject({ startedFromId: first.id, counts: { answered: 2, aligned: 1, misaligned: 1 } });
    expect((await get(second.id)).items.find((item) => item.standardId === 'std-email-01')).toMatchObject({ answer: 'misaligned', note: 'No MFA for the front desk.' });
    const { review: fresh } = await start();
    expect(fresh).toMatchObject({ startedFromId: null, counts: { answered: 0 } });
  });

  it('refuses to start when no standard applies, writing nothing', async () => {
    await test.call('clients.update', { id: clientId, changes: { hiddenStandardCategories: ['Backup', 'Email', 'Firewalls', 'Desktops', 'Compliance'] } });
    const before = await dataFile();
    const refused = await test.failure('reviews.start', { clientId, date: '2026-11-20' });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/No active standard applies/) });
    expect((await dataFile()).equals(before)).toBe(true);
    expect(test.practice.store.data.reviews).toEqual([]);
  });
});

describe('a misaligned finding', () => {
  it('becomes an initiative linked to the standard and the review, and back; only once, and only when misaligned', async () => {
    const { review } = await start();
    await answer(review.id, [
      { standardId: 'std-backup-02', answer: 'misaligned', note: 'Only one copy.' },
      { standardId: 'std-backup-01', answer: 'aligned' },
    ]);
    const { initiative } = await test.call<{ initiative: Initiative }>('reviews.createInitiative', {
      reviewId: review.id,
      standardId: 'std-backup-02',
      initiative: {
        title: 'Offsite backup copy',
        description: 'Keep a second copy of every backup outside the office.',
        priority: 'high',
        businessImpact: { productivity: '', businessRisk: 'A fire would take the backups with the server.', opportunityCost: '' },
      },
    });
    expect(initiative).toMatchObject({
      clientId,
      title: 'Offsite backup copy',
      status: 'proposed',
      priority: 'high',
      why: { standardIds: ['std-backup-02'], reviewIds: [review.id] },
      businessImpact: { businessRisk: 'A fire would take the backups with the server.' },
    });
    expect((await get(review.id)).items.find((item) => item.standardId === 'std-backup-02')?.initiativeId).toBe(initiative.id);
    expect((await test.call<{ review: ReviewSummary }>('reviews.get', { id: review.id })).review).toBeDefined();

    const twice = await test.failure('reviews.createInitiative', { reviewId: review.id, standardId: 'std-backup-02', initiative: { title: 'Again', description: '', priority: 'high', businessImpact: { productivity: '', businessRisk: '', opportunityCost: '' } } });
    expect(twice).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already on the roadmap as "Offsite backup copy"/) });
    const aligned = await test.failure('reviews.createInitiative', { reviewId: review.id, standardId: 'std-backup-01', initiative: { title: 'No', description: '', priority: 'low', businessImpact: { productivity: '', businessRisk: '', opportunityCost: '' } } });
    expect(aligned.message).toMatch(/Only a misaligned answer/);

    // When the initiative is deleted, the finding can become a recommendation again.
    await test.call('initiatives.delete', { ids: [initiative.id] });
    await test.call('reviews.createInitiative', { reviewId: review.id, standardId: 'std-backup-02', initiative: { title: 'Second try', description: '', priority: 'medium', businessImpact: { productivity: '', businessRisk: '', opportunityCost: '' } } });

    // Deleting the review leaves its initiatives on the roadmap, no longer pointing at it.
    await test.call('reviews.delete', { ids: [review.id] });
    const { initiatives } = await test.call<{ initiatives: Initiative[] }>('initiatives.list', { clientId });
    expect(initiatives.map((item) => [item.title, item.why.reviewIds])).toEqual([['Second try', []]]);
  });
});

describe('scores across reviews', () => {
  it('report the latest completed review of each client', async () => {
    const { review: older } = await start({ date: '2026-01-10' });
    await answer(older.id, [{ standardId: 'std-backup-01', answer: 'misaligned' }]);
    await test.call('reviews.complete', { id: older.id });
    const { review: newer } = await start({ date: '2026-06-10' });
    await answer(newer.id, [
      { standardId: 'std-backup-01', answer: 'aligned' },
      { standardId: 'std-email-03', answer: 'misaligned' },
    ]);
    await test.call('reviews.complete', { id: newer.id });
    await start({ date: '2026-11-01' });
    const { scores } = await test.call<{ scores: unknown[] }>('reviews.latestScores', {});
    // aligned 5 against misaligned 1: 83.3
    expect(scores).toEqual([{ clientId, reviewId: newer.id, date: '2026-06-10', score: 83.3, band: 'onTrack' }]);
    const { reviews } = await test.call<{ reviews: ReviewSummary[] }>('reviews.list', { clientId });
    expect(reviews.map((item) => [item.date, item.status, item.score])).toEqual([
      ['2026-11-01', 'inProgress', null],
      ['2026-06-10', 'completed', 83.3],
      ['2026-01-10', 'completed', 0],
    ]);
  });
});

function pdfText(file: string): { text: string; pages: number } {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, pages };
}

describe('the alignment summary PDF', () => {
  it('shows the score, the band and the misaligned questions; private and engineer notes only when ticked', async () => {
    await test.call('settings.update', { changes: { consultant: { name: 'Dana Reyes', company: 'Northline vCIO', email: '', phone: '', website: '', address: '' } } });
    const { review } = await start();
    await test.call('reviews.update', { id: review.id, changes: { privateNotes: 'Owner is selling the practice next spring.' } });
    await answer(review.id, [
      { standardId: 'std-backup-01', answer: 'aligned' },
      { standardId: 'std-backup-02', answer: 'misaligned', note: 'Only one copy, in the server room.', engineerNote: 'Synology DS920 unreplicated' },
      { standardId: 'std-email-03', answer: 'misaligned' },
      { standardId: 'std-firewalls-01', answer: 'aligned' },
      { standardId: 'std-desktops-01', answer: 'notApplicable' },
    ]);
    await test.call('reviews.createInitiative', {
      reviewId: review.id,
      standardId: 'std-backup-02',
      initiative: { title: 'Offsite backup copy', description: '', priority: 'high', businessImpact: { productivity: 'Staff keep working after a fire.', businessRisk: '', opportunityCost: '' } },
    });
    await test.call('reviews.complete', { id: review.id });

    const plain = await test.call<{ savedTo: string; fileName: string }>('export.alignmentPdf', { reviewId: review.id });
    expect(plain.fileName).toMatch(/^Harbour Light Dental - Technical alignment summary - \d{4}-\d{2}-\d{2}\.pdf$/);
    const { text } = pdfText(plain.savedTo);
    // aligned 5 + 5 = 10 against 5 + 1 = 6: 62.5
    expect(text).toContain('62.5');
    expect(text).toContain('Needs attention');
    expect(text).toContain('Is a copy of every backup kept offsite?');
    expect(text).toContain('Is a DMARC policy of quarantine or reject published?');
    expect(text).toContain('Only one copy, in the server room.');
    expect(text).toContain('Offsite backup copy');
    expect(text).toContain('Staff keep working after a fire.');
    expect(text).toContain('Northline vCIO');
    expect(text.indexOf('Offsite copy')).toBeLessThan(text.indexOf('DMARC policy'));
    expect(text).not.toContain('Synology');
    expect(text).not.toContain('selling the practice');

    const full = await test.call<{ savedTo: string }>('export.alignmentPdf', { reviewId: review.id, includePrivateNotes: true, includeEngineerNotes: true });
    const withNotes = pdfText(full.savedTo).text;
    expect(withNotes).toContain('Synology DS920 unreplicated');
    expect(withNotes).toContain('selling the practice');
  });

  it('fits a review of 120 standards, a third of them misaligned with notes, in at most four pages', async () => {
    const categories = ['Patch management', 'Backup', 'Email', 'Windows servers', 'Switches', 'Power management', 'Cloud services', 'Firewalls', 'Disaster recovery', 'Desktops', 'Routers', 'Wireless access', 'Business applications', 'Endpoint protection'];
    const why = 'When this is not in place, a single failure or a single careless click can stop the office for days, and the cost of recovering is many times the cost of doing it right now. Owners rarely see the risk until the day it happens.';
    await test.call('standards.delete', { ids: test.practice.store.data.standards.map((item) => item.id) });
    for (let index = 0; index < 120; index += 1) {
      await test.call('standards.create', {
        standard: {
          category: categories[index % categories.length],
          name: `Standard number ${index + 1} for this category`,
          question: `Is control number ${index + 1} configured the way the standard asks on every device of the business?`,
          whyWeAsk: why,
          priority: (['high', 'medium', 'low'] as const)[index % 3],
        },
      });
    }
    const { review } = await start();
    const items = (await get(review.id)).items;
    await answer(
      review.id,
      items.map((item, index) => (index % 3 === 0 ? { standardId: item.standardId, answer: 'misaligned', note: 'Found on three of the twelve computers; the others are fine.' } : { standardId: item.standardId, answer: 'aligned' })),
    );
    const saved = await test.call<{ savedTo: string }>('export.alignmentPdf', { reviewId: review.id });
    if (process.env.KEEP_PDFS) execFileSync('cp', [saved.savedTo, path.join(process.env.KEEP_PDFS, 'alignment-120.pdf')]);
    const { text, pages } = pdfText(saved.savedTo);
    expect(text).toContain('Is control number 1 configured');
    expect(pages).toBeLessThanOrEqual(4);
  });
});
