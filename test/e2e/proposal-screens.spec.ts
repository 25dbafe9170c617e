import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The proposal screens at a consultant's screen sizes, in both themes: nothing scrolls sideways, no
 * word is cut short, no serious or critical accessibility violation (the fixture fails on console
 * errors), including the accept dialog.
 */

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

async function problemsOn(page: Page): Promise<string[]> {
  const layout = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`a region (${element.getAttribute('aria-label') ?? element.className.toString().slice(0, 60)}) scrolls sideways`);
      }
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`"${(element.textContent ?? '').trim().slice(0, 60)}" is cut short`);
      }
    }
    return found;
  });
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  return [...layout, ...serious];
}

for (const theme of ['light', 'dark'] as const) {
  test(`the proposal screens fit, read and pass axe in the ${theme} theme`, async ({ app, harness }) => {
    test.setTimeout(300_000);
    const registry = harness.practice.registry;
    await registry.invoke('sample.load', {});
    await registry.invoke('settings.update', { changes: { appearance: theme } });
    const clients = await registry.invoke('clients.list', {});
    if (!clients.ok) throw new Error(clients.error.message);
    const ridgeline = clients.value.clients.find((client) => client.name === 'Ridgeline Builders Inc.')!;
    const listed = await registry.invoke('proposals.list', { clientId: ridgeline.id });
    if (!listed.ok) throw new Error(listed.error.message);
    const open = listed.value.proposals.find((proposal) => proposal.status === 'sent')!;
    const accepted = listed.value.proposals.find((proposal) => proposal.status === 'accepted')!;
    const screens = [
      ['list', `#/clients/${ridgeline.id}/proposals`],
      ['editor', `#/clients/${ridgeline.id}/proposals/${open.id}`],
      ['accepted', `#/clients/${ridgeline.id}/proposals/${accepted.id}`],
      ['catalogue', '#/settings/catalogue'],
    ] as const;
    const problems: string[] = [];
    for (const size of SIZES) {
      await app.setViewportSize(size);
      for (const [name, hash] of screens) {
        await app.goto(`${harness.url}${hash}`);
        await expect(app.locator('main')).toBeVisible();
        await app.waitForLoadState('networkidle');
        for (const problem of await problemsOn(app)) problems.push(`${name} at ${size.width} (${theme}): ${problem}`);
      }
      await app.goto(`${harness.url}#/clients/${ridgeline.id}/proposals/${open.id}`);
      await app.getByRole('button', { name: 'Client accepted' }).click();
      await expect(app.getByRole('dialog', { name: 'The client accepted this proposal' })).toBeVisible();
      for (const problem of await problemsOn(app)) problems.push(`accept dialog at ${size.width} (${theme}): ${problem}`);
      await app.keyboard.press('Escape');
    }
    expect(problems).toEqual([]);
  });
}
