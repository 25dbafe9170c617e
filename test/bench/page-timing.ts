import type { Page } from 'playwright-core';

/**
 * Timing in the page, with performance marks that Playwright reads back: `name:start` just before
 * the action (a click, a route change, a keystroke in a field, a scroll), `name:end` on the frame
 * after the DOM shows the result and stays quiet, and the measure `name` between them. Long tasks
 * and long animation frames are collected from the start of the page.
 */

export const PAGE_SCRIPT = `
(() => {
  const bench = { longTasks: [], frames: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.frames.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const holds = (until) => {
    if (Array.isArray(until)) return until.every(holds);
    const all = [...document.querySelectorAll(until.selector)];
    if (until.absent) return all.length === 0;
    if (until.exact !== undefined) return all.some((element) => element.textContent.trim() === until.exact);
    if (until.text !== undefined) return all.some((element) => element.textContent.includes(until.text));
    if (until.notText !== undefined) return all.length > 0 && !all.some((element) => element.textContent.includes(until.notText));
    return all.length >= (until.minCount ?? 1);
  };
  const act = (action) => {
    if (action.kind === 'hash') return void (location.hash = action.hash);
    if (action.kind === 'scroll') return void window.scrollBy(0, action.by);
    const candidates = [...document.querySelectorAll(action.selector)].filter((element) => action.text === undefined || element.textContent.trim() === action.text);
    const element = candidates[0];
    if (!element) throw new Error('nothing matches ' + action.selector + (action.text ? ' with ' + action.text : ''));
    if (action.kind === 'click') return void element.click();
    if (action.kind === 'type') {
      element.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value').set;
      setter.call(element, action.value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      return;
    }
    if (action.kind === 'key') {
      element.dispatchEvent(new KeyboardEvent('keydown', { key: action.key, bubbles: true, cancelable: true }));
      return;
    }
    throw new Error('unknown action ' + action.kind);
  };
  /**
   * Runs the action, then follows the frames: the end is the moment after the frame that painted the
   * last DOM change (its requestAnimationFrame, then the task after the paint), once the condition
   * holds and a whole frame has gone by without a change.
   */
  window.__benchRun = (name, action, until, timeoutMs) =>
    new Promise((resolve) => {
      let lastChange = -1;
      const observer = new MutationObserver(() => (lastChange = performance.now()));
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      const started = performance.now();
      performance.mark(name + ':start');
      try {
        act(action);
      } catch (error) {
        observer.disconnect();
        resolve({ ok: false, reason: String(error) });
        return;
      }
      let held = false;
      let previousFrame = started;
      let paintedAt = null;
      const finish = (result) => {
        observer.disconnect();
        resolve(result);
      };
      const frame = () => {
        const now = performance.now();
        held = held || holds(until);
        const changed = lastChange >= previousFrame || paintedAt === null;
        if (changed) setTimeout(() => (paintedAt = performance.now()), 0);
        else if (held && paintedAt !== null) {
          performance.mark(name + ':end', { startTime: paintedAt });
          const measure = performance.measure(name, name + ':start', name + ':end');
          return finish({ ok: true, duration: measure.duration, start: started });
        }
        if (now - started > timeoutMs) return finish({ ok: false, reason: 'timed out waiting for ' + JSON.stringify(until) });
        previousFrame = now;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  performance.mark('bench:script');
})();
`;

export type PageAction =
  | { kind: 'click'; selector: string; text?: string }
  | { kind: 'hash'; hash: string }
  | { kind: 'type'; selector: string; value: string }
  | { kind: 'key'; selector: string; key: string }
  | { kind: 'scroll'; by: number };

export interface Until {
  selector: string;
  /** The whole text of one matching element. */
  exact?: string;
  text?: string;
  notText?: string;
  minCount?: number;
  absent?: boolean;
}

export interface PageTiming {
  /** From the mark before the action to the frame after the result, read from the page's performance measure. */
  duration: number;
  start: number;
}

export async function timeInPage(page: Page, name: string, action: PageAction, until: Until | Until[], timeoutMs = 20_000): Promise<PageTiming> {
  const result = (await page.evaluate(([n, a, u, t]) => (window as unknown as BenchWindow).__benchRun(n, a, u, t), [name, action, until, timeoutMs] as const)) as
    | { ok: true; duration: number; start: number }
    | { ok: false; reason: string };
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  // The figure is the measure Playwright reads back from the page's performance timeline.
  const measured = (await page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? null, name)) as number | null;
  return { duration: measured ?? result.duration, start: result.start };
}

interface BenchWindow {
  __benchRun(name: string, action: PageAction, until: Until | Until[], timeoutMs: number): Promise<unknown>;
}

export interface PerfEntry {
  start: number;
  duration: number;
}

export async function perfEntries(page: Page): Promise<{ longTasks: PerfEntry[]; frames: PerfEntry[] }> {
  // Entries arrive after the task ends; give the observers a moment.
  await page.waitForTimeout(120);
  return (await page.evaluate('({ longTasks: window.__bench.longTasks, frames: window.__bench.frames })')) as { longTasks: PerfEntry[]; frames: PerfEntry[] };
}

export function longestIn(entries: readonly PerfEntry[], from: number, to: number): number {
  let longest = 0;
  for (const entry of entries) if (entry.start < to && entry.start + entry.duration > from) longest = Math.max(longest, entry.duration);
  return longest;
}
