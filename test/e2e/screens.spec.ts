import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CLIENT_SECTIONS, PRACTICE_SCREENS, SETTINGS_TABS } from '../../src-renderer/src/router';
import { REPOSITORY_ROOT } from '../harness/test-platform';
import { expect, test } from './fixtures';

/**
 * Every screen at the sizes of a consultant's screens, in both themes: no sideways scrolling, no
 * console error (the fixture fails on those), no serious or critical accessibility violation.
 * Screenshots are kept under out/screens for a person to look at.
 */

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;
const SHOTS_DIR = path.join(REPOSITORY_ROOT, 'out/screens');

interface Screen {
  name: string;
  hash: string;
}

interface SampleIds {
  clientId: string;
  reviewId: string | null;
  meetingId: string | null;
  proposalId: string | null;
}

/** Every screen the router knows, and one record page of each kind, so a new screen is surveyed without being listed here. */
function screensOf(ids: SampleIds): Screen[] {
  const client = `#/clients/${ids.clientId}`;
  return [
    { name: 'dashboard', hash: '#/' },
    { name: 'clients', hash: '#/clients' },
    { name: 'new-client', hash: '#/clients/new' },
    ...CLIENT_SECTIONS.map((section) => ({ name: `client-${section}`, hash: `${client}/${section}` })),
    ...(ids.reviewId ? [{ name: 'client-review', hash: `${client}/alignment/${ids.reviewId}` }] : []),
    ...(ids.meetingId ? [{ name: 'client-meeting', hash: `${client}/meetings/${ids.meetingId}` }] : []),
    ...(ids.proposalId ? [{ name: 'client-proposal', hash: `${client}/proposals/${ids.proposalId}` }] : []),
    ...PRACTICE_SCREENS.map((screen) => ({ name: screen, hash: `#/${screen}` })),
    ...SETTINGS_TABS.map((tab) => ({ name: `settings-${tab}`, hash: tab === 'consultant' ? '#/settings' : `#/settings/${tab}` })),
  ];
}

/**
 * What scrolls sideways: the page itself, or any region inside it. A month-by-month grid whose
 * width is its data (marked data-wide-grid, first column frozen) is the one allowed exception.
 */
async function sidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('[data-wide-grid]')) continue;
      const overflowX = getComputedStyle(element).overflowX;
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        const label = element.getAttribute('aria-label') ?? element.className.toString().slice(0, 60);
        found.push(`a region (${label}) scrolls sideways by ${element.scrollWidth - element.clientWidth} px`);
      }
    }
    return found;
  });
}

/** Text cut short with an ellipsis: a status word must never read "RE…". */
async function truncatedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if (style.textOverflow !== 'ellipsis' || element.scrollWidth <= element.clientWidth + 1 || element.clientWidth === 0) continue;
      found.push(`"${(element.textContent ?? '').trim().slice(0, 60)}" is cut short`);
    }
    return found;
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const theme of THEMES) {
  test(`every screen fits, reads and passes axe in the ${theme} theme`, async ({ app, harness }) => {
    test.setTimeout(1_200_000);
    const registry = harness.practice.registry;
    await registry.invoke('sample.load', {});
    await registry.invoke('settings.update', { changes: { appearance: theme } });
    const value = async <T,>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): Promise<T> => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const { clients } = await value(await registry.invoke('clients.list', { query: { search: '', filter: 'current', sort: 'mrr', descending: true } }));
    const clientId = clients[0]!.id;
    const { reviews } = await value(await registry.invoke('reviews.list', { clientId }));
    const { meetings } = await value(await registry.invoke('meetings.list', { clientId }));
    const { proposals } = await value(await registry.invoke('proposals.list', { clientId }));
    const ids: SampleIds = { clientId, reviewId: reviews[0]?.id ?? null, meetingId: meetings[0]?.id ?? null, proposalId: proposals[0]?.id ?? null };
    await mkdir(SHOTS_DIR, { recursive: true });
    const problems: string[] = [];
    for (const size of SIZES) {
      await app.setViewportSize(size);
      for (const screen of screensOf(ids)) {
        await app.goto(`${harness.url}${screen.hash}`);
        await app.waitForLoadState('networkidle');
        await expect(app.locator('main')).toBeVisible();
        const where = `${screen.name} at ${size.width}×${size.height} (${theme})`;
        for (const problem of [...(await sidewaysScrolling(app)), ...(await truncatedText(app))]) problems.push(`${where}: ${problem}`);
        for (const violation of await seriousViolations(app)) problems.push(`${where}: ${violation}`);
        await app.screenshot({ path: path.join(SHOTS_DIR, `${screen.name}-${size.width}-${theme}.png`) });
      }
    }
    expect(problems).toEqual([]);
  });
}
