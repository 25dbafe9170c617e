import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ReviewSummary } from '../../src-main/api/contract/reviews';
import { formatScore, SCORE_BAND_LABELS } from '../../src-main/domain/alignment';
import type { AlignmentReview } from '../../src-main/domain/review';
import { myItProcessWorkbook, SAMPLE_TEMPLATE } from '../fixtures/myitprocess-workbook';
import { dataFile, expect as baseExpect, test } from './fixtures';

// Long journeys on a shared machine: give each step more time than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.html.slice(0, 300)} ${node.any[0]?.message ?? ''}`).join(' | ')}`);
}

test('import a myITprocess export, run a review by keyboard, complete it, see score and trend, make two findings initiatives, export the summary', async ({ app, harness }) => {
  test.setTimeout(240_000);
  const registry = harness.practice.registry;

  // 1. Import a myITprocess-format file: preview first, nothing written until confirmed; the same file again changes nothing.
  const file = path.join(harness.dataDir, 'myitprocess-standards.xlsx');
  await writeFile(file, await myItProcessWorkbook(SAMPLE_TEMPLATE));
  const before = (await dataFile(harness)).data.standards.length;
  await app.goto(`${harness.url}#/standards`);
  await app.getByRole('button', { name: 'Import' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import standards' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  const summary = dialog.getByTestId('standards-import-summary');
  await expect(summary).toContainText('10 to add');
  await expect(summary).toContainText('0 to update');
  await expect(summary).toContainText('1 question to rephrase');
  expect((await dataFile(harness)).data.standards).toHaveLength(before);
  await dialog.getByText('To rephrase (1)').click();
  await expect(dialog.getByTestId('import-preview-row')).toContainText('Definition age');
  await dialog.getByRole('button', { name: 'Import 10 standards' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await dataFile(harness)).data.standards.length).toBe(before + 10);
  await app.getByRole('button', { name: 'Import' }).click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(summary).toContainText('0 to add');
  await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // 2. A sample client, a new review started from the previous one's answers.
  const loaded = await registry.invoke('sample.load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  const clients = await registry.invoke('clients.list', {});
  if (!clients.ok) throw new Error(clients.error.message);
  const client = clients.value.clients.find((entry) => entry.name === 'Lumen Arc Architecture Studio')!;
  await app.goto(`${harness.url}#/clients/${client.id}/alignment`);
  await expect(app.getByTestId('review-row')).toHaveCount(2);
  expect(await seriousViolations(app)).toEqual([]);
  await app.getByRole('button', { name: 'Start a review' }).click();
  const start = app.getByRole('dialog', { name: /Start an alignment review/ });
  await start.getByLabel('Title').fill('Quarterly check');
  await expect(start.getByRole('checkbox', { name: /previous review/ })).toBeChecked();
  await start.getByRole('button', { name: 'Start review' }).click();
  await expect(app.getByRole('heading', { name: 'Quarterly check' })).toBeVisible();

  // 3. Answer by keyboard: N, N, Y, A (each moves on), then K, Up and J move back to the fourth.
  const items = app.getByTestId('review-item');
  await expect(items.first()).toBeFocused();
  await app.keyboard.press('n');
  await app.keyboard.press('n');
  await app.keyboard.press('y');
  await app.keyboard.press('a');
  await app.keyboard.press('k');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('j');
  await expect(items.nth(3)).toBeFocused();
  await expect(items.nth(0)).toHaveAttribute('data-answer', 'misaligned');
  await expect(items.nth(1)).toHaveAttribute('data-answer', 'misaligned');
  await expect(items.nth(2)).toHaveAttribute('data-answer', 'aligned');
  await expect(items.nth(3)).toHaveAttribute('data-answer', 'notApplicable');
  await expect(app.getByText('All answers saved')).toBeVisible();
  // A note, typed in the active row after Enter, Escape back to the list.
  await app.keyboard.press('Enter');
  await app.keyboard.type('Only the studio NAS is covered.');
  await app.keyboard.press('Escape');
  await expect(items.nth(3)).toBeFocused();

  const reviewId = app.url().split('/').pop()!;
  const stored = async () => {
    const result = await registry.invoke('reviews.get', { id: reviewId });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { review: AlignmentReview; summary: ReviewSummary };
  };
  await expect.poll(async () => (await stored()).review.items.slice(0, 4).map((item) => item.answer)).toEqual(['misaligned', 'misaligned', 'aligned', 'notApplicable']);
  await expect.poll(async () => (await stored()).review.items[3]!.note).toBe('Only the studio NAS is covered.');
  const live = (await stored()).summary;
  await expect(app.getByTestId('review-score')).toContainText(formatScore(live.score ?? undefined));
  expect(await seriousViolations(app)).toEqual([]);

  // 4. Two misaligned answers become initiatives, business impact prefilled and edited.
  const misaligned = (await stored()).review.items.slice(0, 2);
  for (const [index, item] of misaligned.entries()) {
    await items.nth(index).getByRole('button', { name: 'Make an initiative' }).click();
    const make = app.getByRole('dialog', { name: 'Make this finding an initiative' });
    await expect(make.getByLabel('Title')).toHaveValue(item.wording.name);
    await expect(make.getByLabel('Business risk')).toHaveValue(item.wording.whyWeAsk);
    await make.getByLabel('Productivity').fill(`Staff lose less time (${index + 1}).`);
    await make.getByRole('button', { name: 'Add to the roadmap' }).click();
    await expect(make).toHaveCount(0);
    await expect(items.nth(index)).toContainText(`On the roadmap: ${item.wording.name}`);
  }
  const initiatives = (await dataFile(harness)).data.initiatives.filter((item) => item.why.reviewIds.includes(reviewId));
  expect(initiatives.map((item) => [item.title, item.why.standardIds, item.businessImpact.productivity])).toEqual([
    [misaligned[0]!.wording.name, [misaligned[0]!.standardId], 'Staff lose less time (1).'],
    [misaligned[1]!.wording.name, [misaligned[1]!.standardId], 'Staff lose less time (2).'],
  ]);

  // 5. Complete (locked), see the score and the trend of three completed reviews.
  await app.getByRole('button', { name: 'Complete review' }).click();
  await app.getByRole('button', { name: 'Complete and lock' }).click();
  await expect(app.getByText('Completed and locked: reopen it to change answers.')).toBeVisible();
  await expect(items.nth(0).getByTestId('locked-answer')).toHaveText('Misaligned');
  const final = (await stored()).summary;
  expect(final.status).toBe('completed');
  await app.getByRole('button', { name: 'All reviews' }).click();
  const score = formatScore(final.score ?? undefined);
  const band = SCORE_BAND_LABELS[final.band!];
  await expect(app.getByTestId('latest-score')).toContainText(score);
  await expect(app.getByTestId('latest-score')).toContainText(band);
  await expect(app.getByTestId('review-row')).toHaveCount(3);
  await expect(app.getByTestId('score-trend').locator('.recharts-line-dot')).toHaveCount(3);
  await app.goto(`${harness.url}#/clients/${client.id}`);
  await expect(app.getByTestId('profile-alignment-score')).toContainText(score);

  // 6. The summary PDF: score, band and the misaligned questions; engineer notes stay out.
  await app.goto(`${harness.url}#/clients/${client.id}/alignment/${reviewId}`);
  await app.getByRole('button', { name: 'Export summary' }).click();
  await app.getByRole('dialog', { name: 'Export the alignment summary' }).getByRole('button', { name: 'Export PDF' }).click();
  await expect.poll(() => harness.record.saved.length).toBe(1);
  const text = execFileSync('pdftotext', ['-layout', harness.record.saved[0]!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(score);
  expect(text).toContain(band);
  for (const item of misaligned) {
    expect(text).toContain(item.wording.question.replace(/\s+/g, ' ').slice(0, 40));
    expect(text).toContain(item.wording.name);
  }
  expect(text).toContain('Staff lose less time (1).');

  // Reopening is deliberate: it asks first.
  await app.getByRole('button', { name: 'Reopen…' }).click();
  await app.getByRole('button', { name: 'Reopen review' }).click();
  await expect(app.getByRole('button', { name: 'Complete review' })).toBeVisible();
  expect((await stored()).summary.status).toBe('inProgress');
});
