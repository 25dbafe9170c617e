import type { Browser, Page } from 'playwright-core';
import { CLIENT_SECTIONS, PRACTICE_SCREENS } from '../../src-renderer/src/router';
import { startHarness } from '../harness/harness';
import { figureOf, type Figure } from './measure';
import { PAGE_SCRIPT, timeInPage, type PageAction, type Until } from './page-timing';

/**
 * Every interaction in real Chromium over the loopback harness (the real handlers and store), timed
 * in the page with performance marks that Playwright reads back: from just before the action to the
 * frame that painted its result. Median and worst of several runs. Screens are enumerated from the
 * router, so a new client section or practice screen is opened here as soon as it exists.
 */

export const INTERACTION_TARGET_MS = 50;
export const INTERACTION_WORST_MS = 100;
export const COLD_LOAD_TARGET_MS = 1000;

export interface InteractionClients {
  /** The largest client (500 assets): budget, assets, sections; its review in progress and a meeting. */
  big: { id: string; name: string; reviewId?: string; meetingId?: string };
  /** Two ordinary clients to switch between. */
  first: { id: string; name: string };
  second: { id: string; name: string };
}

export interface InteractionOptions {
  browser: Browser;
  dataDir: string;
  clients: InteractionClients;
  /** The practice's client count, in the figures' ids and labels. */
  size: number;
  runs: number;
  warmup: number;
  /** Only what depends on the practice's size (cold load, dashboard, switching client, the client list filter). */
  scaleOnly: boolean;
}

const HEADER = 'main h2, h2';
/** Nothing is loading any more: no spinner in the page. */
const LOADED: Until = { selector: '.mantine-Loader-root', absent: true };
const DASHBOARD: Until[] = [{ selector: '[aria-label="Client capacity"]' }, LOADED];

export async function benchInteractions(options: InteractionOptions): Promise<{ figures: Figure[]; notes: string[] }> {
  const { size, clients } = options;
  const section = `6. Interactions in Chromium, ${size} clients${options.scaleOnly ? '' : ' + the 500-asset client'}`;
  const figures: Figure[] = [];
  const notes: string[] = [];
  const harness = await startHarness({ dataDir: options.dataDir });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
  };
  const total = options.warmup + options.runs;
  const add = (key: string, label: string, samples: number[], target = INTERACTION_TARGET_MS) =>
    figures.push(figureOf(`ui.${size}.${key}`, section, label, samples.slice(options.warmup), { target }));
  try {
    // Cold load: a fresh browser context each run, from navigation start to the painted dashboard.
    const cold: number[] = [];
    for (let run = 0; run < total; run += 1) {
      const context = await options.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      watch(page);
      await page.addInitScript(PAGE_SCRIPT);
      await page.goto(`${harness.url}#/`);
      await page.waitForFunction(() => document.querySelector('[aria-label="Client capacity"]') !== null && document.querySelector('.mantine-Loader-root') === null, null, { timeout: 60_000, polling: 'raf' });
      cold.push((await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))))) as number);
      await context.close();
    }
    add('coldLoad', 'Cold load to an interactive dashboard (navigation start → dashboard painted)', cold, COLD_LOAD_TARGET_MS);

    const page = await options.browser.newPage({ viewport: { width: 1440, height: 900 } });
    watch(page);
    await page.addInitScript(PAGE_SCRIPT);
    await page.goto(`${harness.url}#/clients/${clients.first.id}`);
    await page.getByRole('heading', { name: clients.first.name, exact: true }).waitFor({ timeout: 60_000 });

    const time = async (name: string, action: PageAction, until: Until | Until[]) => (await timeInPage(page, name, action, until)).duration;
    const repeat = async (step: (run: number) => Promise<number>) => {
      const samples: number[] = [];
      for (let run = 0; run < total; run += 1) samples.push(await step(run));
      return samples;
    };
    /** One interaction; one that cannot be made (a screen changed) is reported and the others still run. */
    const measureInteraction = async (key: string, label: string, step: (run: number) => Promise<number>) => {
      try {
        add(key, label, await repeat(step));
      } catch (error) {
        notes.push(`${size} clients, ${key}: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
      }
    };
    const go = async (hash: string, until: Until | Until[]) => void (await timeInPage(page, 'bench:setup', { kind: 'hash', hash }, until));

    await measureInteraction(
      'switchClient',
      'Switch client (profile of one client → profile of another)',
      (async (run) => {
        const target = run % 2 === 0 ? clients.second : clients.first;
        return time('switchClient', { kind: 'hash', hash: `#/clients/${target.id}` }, [{ selector: HEADER, exact: target.name }, LOADED]);
      }),
    );
    await measureInteraction(
      'openDashboard',
      'Open the dashboard from a client',
      (async () => {
        await go(`#/clients/${clients.first.id}`, [{ selector: HEADER, exact: clients.first.name }, LOADED]);
        return time('openDashboard', { kind: 'hash', hash: '#/' }, DASHBOARD);
      }),
    );
    await go('#/clients', [{ selector: '[data-testid=client-row]' }, LOADED]);
    const clientFilter = ['H', 'Ha', 'Har', 'Harb', ''];
    await measureInteraction(
      'filterClients',
      'Type one letter in the client list search (until the list is repainted)',
      (async (run) => time('filterClients', { kind: 'type', selector: 'input[aria-label="Search clients"]', value: clientFilter[run % clientFilter.length]! }, LOADED)),
    );
    if (options.scaleOnly) return { figures, notes };

    const big = clients.big;
    const bigProfile: Until[] = [{ selector: HEADER, exact: big.name }, LOADED];
    await measureInteraction(
      'openBudget',
      'Open the budget of the 500-asset client (click Budget → total painted)',
      (async () => {
        await go(`#/clients/${big.id}`, bigProfile);
        return time('openBudget', { kind: 'click', selector: 'nav a, nav button', text: 'Budget' }, [{ selector: '[data-testid=budget-total]' }, LOADED]);
      }),
    );
    await measureInteraction(
      'openAssets',
      'Open the assets list of the 500-asset client (click Assets → rows painted)',
      (async () => {
        await go(`#/clients/${big.id}`, bigProfile);
        return time('openAssets', { kind: 'click', selector: 'nav a, nav button', text: 'Assets' }, [{ selector: '[data-testid=asset-row]', minCount: 20 }, LOADED]);
      }),
    );
    await measureInteraction(
      'scrollAssets',
      'Scroll the 500-asset list by 1,500 px (until the new rows are painted)',
      (async (run) => {
        if (run % 4 === 0) await page.evaluate(() => window.scrollTo(0, 0));
        return time('scrollAssets', { kind: 'scroll', by: 1500 }, { selector: '[data-testid=asset-row]' });
      }),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const assetFilter = ['D', 'De', 'Del', 'Dell', ''];
    await measureInteraction(
      'filterAssets',
      'Type one letter in the asset search, 500 assets (until the list is repainted)',
      (async (run) => time('filterAssets', { kind: 'type', selector: 'input[aria-label="Search assets"]', value: assetFilter[run % assetFilter.length]! }, LOADED)),
    );
    // The filter runs may end on a search that hides the first rows.
    await page.locator('input[aria-label="Search assets"]').fill('');
    await measureInteraction(
      'editCell',
      'Edit a unit-cost cell in the asset grid (Enter → new value painted; the save is awaited)',
      (async (run) => {
        const row = page.getByTestId('asset-row').first();
        await row.getByRole('button', { name: 'Unit cost:' }).click();
        const value = (1234 + run).toFixed(2);
        await page.getByRole('textbox', { name: 'Unit cost' }).fill(value);
        return time('editCell', { kind: 'key', selector: 'input[aria-label="Unit cost"]', key: 'Enter' }, [
          { selector: 'input[aria-label="Unit cost"]', absent: true },
          { selector: '[data-testid=asset-row] [data-editable-cell]', text: (1234 + run).toLocaleString('en-US') },
        ]);
      }),
    );
    await measureInteraction(
      'moveInitiative',
      'Move an initiative to another quarter on the roadmap board (menu Move to → card painted in its new column)',
      (async () => {
        await go(`#/clients/${big.id}/roadmap`, [{ selector: '[data-testid=roadmap-card]' }, LOADED]);
        // The first card goes to the next column to its right (or back to the first one), by its menu.
        const move = await page.evaluate(() => {
          const card = document.querySelector<HTMLElement>('[data-testid=roadmap-card]')!;
          const columns = [...document.querySelectorAll<HTMLElement>('[data-testid=roadmap-column]')];
          const from = columns.findIndex((column) => column.contains(card));
          const to = columns[from + 1] ?? columns[0]!;
          return { id: card.dataset.id!, toKey: to.dataset.key!, toLabel: to.getAttribute('aria-label')! };
        });
        await page.locator(`[data-testid=roadmap-card][data-id="${move.id}"] button[aria-label^="Actions for"]`).click();
        await page.getByRole('menuitem', { name: move.toLabel, exact: true }).waitFor();
        return time('moveInitiative', { kind: 'click', selector: '[role=menuitem]', text: move.toLabel }, [
          { selector: `[data-testid=roadmap-column][data-key="${move.toKey}"] [data-testid=roadmap-card][data-id="${move.id}"]` },
          LOADED,
        ]);
      }),
    );
    if (big.reviewId) {
      const reviewId = big.reviewId;
      await go(`#/clients/${big.id}/alignment/${reviewId}`, [{ selector: '#review-item-0' }, LOADED]);
      await page.locator('#review-item-0').focus();
      await measureInteraction(
        'answerReview',
        'Answer a review question with Y and move to the next (keydown → answer and focus painted)',
        (async (run) =>
          time('answerReview', { kind: 'key', selector: `#review-item-${run}`, key: 'y' }, [
            { selector: `#review-item-${run}[data-answer=aligned]` },
            { selector: `#review-item-${run + 1}:focus` },
          ])),
      );
    }
    if (big.meetingId) {
      await measureInteraction(
        'openMeeting',
        "Open a meeting from the client's meetings list (click → meeting form painted)",
        (async () => {
          await go(`#/clients/${big.id}/meetings`, [{ selector: '[data-testid=meeting-row]' }, LOADED]);
          return time('openMeeting', { kind: 'click', selector: '[data-testid=meeting-row]' }, [{ selector: 'input[type="time"]' }, LOADED]);
        }),
      );
    }
    // Every section of a client and every practice screen, as the router lists them.
    for (const name of CLIENT_SECTIONS.filter((section) => section !== 'profile')) {
      await measureInteraction(
        `section.${name}`,
        `Open the client's ${name} section (500-asset client, from its profile)`,
        (async () => {
          await go(`#/clients/${big.id}`, bigProfile);
          return time(`section.${name}`, { kind: 'hash', hash: `#/clients/${big.id}/${name}` }, [{ selector: HEADER, text: `${big.name}: ` }, LOADED]);
        }),
      );
    }
    for (const screen of PRACTICE_SCREENS) {
      await measureInteraction(
        `screen.${screen}`,
        `Open the practice's ${screen} screen (from the dashboard)`,
        (async () => {
          await go('#/', DASHBOARD);
          return time(`screen.${screen}`, { kind: 'hash', hash: `#/${screen}` }, [{ selector: 'main' }, LOADED]);
        }),
      );
    }
    await page.close();
    return { figures, notes };
  } finally {
    if (problems.length > 0) notes.push(`${size} clients, the page reported: ${[...new Set(problems)].slice(0, 3).join('; ')}`);
    await harness.close();
  }
}
