import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { startHarness } from '../harness/harness';
import { figureOf, type Figure } from './measure';
import { PAGE_SCRIPT, perfEntries } from './page-timing';

/**
 * Saves off the interaction path: the consultant types without pause in a form (the address of the
 * new-client form) on the 400-client practice while the page saves a small change every half
 * second, as edits elsewhere do. Reports the longest animation frame while typing, the longest one
 * that overlaps a save, each save's duration seen from the page, and how long the main side's event
 * loop was blocked (in the app that is the Electron main process, which answers every call).
 */

const SECTION = '7. Typing while saves run (400 clients, Chromium)';
const TEXT = 'Suite 400, 1200 Harbour Boulevard, second floor, behind the reception desk. ';

const SAVE_LOOP = `
(async ({ assetId, everyMs, untilMs }) => {
  const windows = [];
  const stopAt = performance.now() + untilMs;
  let cents = 100000;
  while (performance.now() < stopAt) {
    const start = performance.now();
    cents += 100;
    const result = await window.vcio.invoke('assets.update', { id: assetId, changes: { unitCostCents: cents } });
    if (!result.ok) throw new Error(result.error.message);
    windows.push({ start, end: performance.now() });
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  window.__saves = windows;
  return windows.length;
})
`;

export async function benchTypingDuringSaves(options: { browser: Browser; dataDir: string; assetId: string; typingMs: number }): Promise<{ figures: Figure[]; notes: string[] }> {
  const harness = await startHarness({ dataDir: options.dataDir });
  const page = await options.browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.addInitScript(PAGE_SCRIPT);
    await page.goto(`${harness.url}#/clients/new`);
    const field = page.getByRole('textbox', { name: 'Address' });
    await field.waitFor({ timeout: 60_000 });
    await field.click();
    const typingStart = (await page.evaluate('performance.now()')) as number;
    const loop = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
      page.evaluate(`(${SAVE_LOOP})(${JSON.stringify({ assetId: options.assetId, everyMs: 500, untilMs: options.typingMs })})`),
    );
    const mainLoop = monitorEventLoopDelay({ resolution: 10 });
    mainLoop.enable();
    let typed = '';
    const typingEnds = Date.now() + options.typingMs;
    while (Date.now() < typingEnds) {
      await page.keyboard.type(TEXT.slice(0, 20), { delay: 60 });
      typed += TEXT.slice(0, 20);
    }
    await loop;
    mainLoop.disable();
    const typingEnd = (await page.evaluate('performance.now()')) as number;
    const saves = (await page.evaluate('window.__saves')) as Array<{ start: number; end: number }>;
    const { frames } = await perfEntries(page);
    const inTyping = frames.filter((frame) => frame.start + frame.duration > typingStart && frame.start < typingEnd);
    const duringSave = inTyping.filter((frame) => saves.some((save) => frame.start < save.end && frame.start + frame.duration > save.start));
    const shown = await field.inputValue();
    const notes = [
      `Typing while saving: ${typed.length} characters typed in ${Math.round(options.typingMs / 1000)} s during ${saves.length} saves; ` +
        `${inTyping.length} animation frames of 50 ms or more while typing, ${duringSave.length} of them overlapping a save; ` +
        `the field ${shown === typed ? 'shows every character' : `lost characters (${shown.length} of ${typed.length})`}.`,
    ];
    const longest = (list: typeof frames) => (list.length === 0 ? 0 : Math.max(...list.map((frame) => frame.duration)));
    const figures = [
      figureOf('typing.longestFrame', SECTION, 'Longest animation frame while typing (LoAF; 0 = none ≥ 50 ms)', [longest(inTyping)]),
      figureOf('typing.longestFrameDuringSave', SECTION, 'Longest animation frame overlapping a save', [longest(duringSave)], { target: 100 }),
      figureOf('typing.saveSeenFromPage', SECTION, 'One small change saved, as the page waits for it (call → answer)', saves.map((save) => save.end - save.start)),
      figureOf('typing.mainBlocked', SECTION, 'Longest block of the main side’s event loop during the saves', [mainLoop.max / 1e6]),
    ];
    return { figures, notes };
  } finally {
    await page.close();
    await harness.close();
  }
}
