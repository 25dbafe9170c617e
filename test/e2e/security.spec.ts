import { expect, test } from './fixtures';

test('the content security policy blocks inline and evaluated scripts without breaking the styles', async ({ page: app, harness }) => {
  const violations: string[] = [];
  app.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await app.goto(harness.url);
  await expect(app.getByText('Start with your clients')).toBeVisible();
  expect(violations).toEqual([]);
  violations.length = 0;

  const policy = await app.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');

  // Code injected after load, the way an attacker's would be: a string timer and an inline script.
  const outcome = await app.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const page = window as unknown as { timerRan?: boolean; inlineRan?: boolean };
    (setTimeout as unknown as (code: string, delay: number) => void)('window.timerRan = true', 0);
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { timerRan: page.timerRan === true, inlineRan: page.inlineRan === true, violations };
  });
  expect(outcome.timerRan).toBe(false);
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem']));
  const buttonColour = await app.getByRole('button', { name: 'Add a client' }).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(buttonColour).not.toBe('rgba(0, 0, 0, 0)');
});

test('the renderer reaches data only through contract channels', async ({ app }) => {
  const answer = await app.evaluate(async () => {
    const bridge = (window as unknown as { vcio: { invoke(channel: string, input: unknown): Promise<unknown> } }).vcio;
    return bridge.invoke('store.readFile', {});
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  expect(await app.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await app.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
});
