import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/browser';
import { dataFileBytes, expect, test } from './fixtures';

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
  expect(policy).not.toContain('unsafe-inline');

  // Code injected after load, the way an attacker's would be: a string timer, eval, new Function
  // and an inline script element. Each is refused, and the page hears of each refusal. (eval runs
  // in a timer of the page's own: code evaluated by the test driver itself may always eval.)
  const outcome = await app.evaluate(async () => {
    const reported: Array<{ directive: string; blocked: string }> = [];
    document.addEventListener('securitypolicyviolation', (event) => reported.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
    const page = window as unknown as { timerRan?: boolean; inlineRan?: boolean; evalRan?: boolean; functionRan?: boolean };
    (setTimeout as unknown as (code: string, delay: number) => void)('window.timerRan = true', 0);
    const errors = await new Promise<{ evalError: string; functionError: string }>((resolve) => {
      setTimeout(() => {
        const nameOf = (run: () => void) => {
          try {
            run();
            return '';
          } catch (error) {
            return (error as Error).name;
          }
        };
        // the point of the test: eval must be refused
        const evalError = nameOf(() => (0, eval)('window.evalRan = true'));
        const functionError = nameOf(() => new Function('window.functionRan = true')());
        resolve({ evalError, functionError });
      }, 0);
    });
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { timerRan: page.timerRan === true, inlineRan: page.inlineRan === true, evalRan: page.evalRan === true, functionRan: page.functionRan === true, ...errors, reported };
  });
  expect(outcome).toMatchObject({ timerRan: false, inlineRan: false, evalRan: false, functionRan: false, evalError: 'EvalError', functionError: 'EvalError' });
  expect(outcome.reported).toEqual(expect.arrayContaining([{ directive: 'script-src-elem', blocked: 'inline' }, { directive: 'script-src', blocked: 'eval' }]));
  // the string timer, eval and new Function: three refusals of evaluated code, reported by each of
  // the two copies of the policy (the header and the page's meta tag)
  expect(outcome.reported.filter((violation) => violation.blocked === 'eval')).toHaveLength(6);
  const buttonColour = await app.getByRole('button', { name: 'Add a client' }).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(buttonColour).not.toBe('rgba(0, 0, 0, 0)');
});

test("injected styles are refused, Mantine's own carry the launch's nonce, and a dialog opens without a violation", async ({ page: app, harness }) => {
  const violations: string[] = [];
  app.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const created = await harness.practice.registry.invoke('clients.create', { client: { name: 'Harbour Light Dental' } });
  if (!created.ok) throw new Error(created.error.message);
  await app.goto(`${harness.url}#/clients/${created.value.client.id}`);
  await expect(app.getByRole('button', { name: 'Edit' })).toBeVisible();

  const styles = await app.evaluate(() => {
    const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
    const mantine = [...document.querySelectorAll<HTMLStyleElement>('style[data-mantine-styles]')];
    return { nonce, mantineCount: mantine.length, allCarryIt: mantine.every((element) => element.nonce === nonce) };
  });
  expect(styles.nonce.length).toBeGreaterThanOrEqual(16);
  expect(styles.nonce).not.toBe('vcio-style-nonce-placeholder');
  expect(styles.mantineCount).toBeGreaterThan(0);
  expect(styles.allCarryIt).toBe(true);

  // A dialog: Mantine's modal locks scrolling with a <style> element of react-remove-scroll.
  await app.getByRole('button', { name: 'Edit' }).click();
  await expect(app.getByRole('dialog', { name: 'Edit client' })).toBeVisible();
  expect(await app.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
  expect(violations).toEqual([]);
  await app.keyboard.press('Escape');

  const injected = await app.evaluate(async () => {
    const reported: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => reported.push(event.effectiveDirective));
    const style = document.createElement('style');
    style.textContent = 'body { background: rgb(255, 0, 0) !important; }';
    document.head.appendChild(style);
    const holder = document.createElement('div');
    holder.innerHTML = '<p id="attr-probe" style="color: rgb(0, 255, 0)">probe</p>';
    document.body.appendChild(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      background: getComputedStyle(document.body).backgroundColor,
      colour: getComputedStyle(document.getElementById('attr-probe')!).color,
      reported,
    };
  });
  expect(injected.background).not.toBe('rgb(255, 0, 0)');
  expect(injected.colour).not.toBe('rgb(0, 255, 0)');
  expect(injected.reported).toEqual(expect.arrayContaining(['style-src-elem', 'style-src-attr']));
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

/** A page of another origin on this machine, as any site the developer has open would be. */
async function foreignSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>another site</title><p>another site</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test('a page of another origin cannot drive the harness: no-cors text/plain, a form post and a CORS call are all refused and write nothing', async ({ page, harness }) => {
  const before = await dataFileBytes(harness);
  const site = await foreignSite();
  try {
    await page.goto(site.url);
    const target = `${harness.url}api/clients.create`;
    const attempts = await page.evaluate(async (url) => {
      const body = JSON.stringify({ client: { name: 'Created by another site' } });
      const simple = await fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body }).then(
        (response) => response.type,
        (error: Error) => error.name,
      );
      const cors = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-vcio-token': 'guessed-token-0000000000' }, body }).then(
        (response) => `status ${response.status}`,
        (error: Error) => error.name,
      );
      return { simple, cors };
    }, target);
    // The simple request is sent (browsers send it whatever the answer); the harness refuses it,
    // and its answer is withheld from the other site too (Cross-Origin-Resource-Policy). The CORS
    // call fails its preflight (a foreign Origin), so it is never sent.
    expect(attempts).toEqual({ simple: 'TypeError', cors: 'TypeError' });

    await page.evaluate((url) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = url;
      form.enctype = 'text/plain';
      const field = document.createElement('input');
      field.name = '{"client":{"name":"Form post","x":"';
      field.value = '"}}';
      form.appendChild(field);
      document.body.appendChild(form);
      form.submit();
    }, target);
    await page.waitForURL(target);
    expect(await page.locator('body').innerText()).toMatch(/"ok":false/);

    const clients = await harness.practice.registry.invoke('clients.list', {});
    expect(clients.ok && (clients.value as { clients: unknown[] }).clients).toEqual([]);
    expect((await dataFileBytes(harness)).equals(before)).toBe(true);
  } finally {
    site.server.close();
  }
});

test('a DNS-rebinding page (another name for 127.0.0.1) gets neither the page, nor its token, nor a call through', async ({ harness }) => {
  const port = new URL(harness.url).port;
  // Chromium resolves rebind.test to 127.0.0.1, as a rebinding attacker's DNS would.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebind.test 127.0.0.1'], headless: true });
  try {
    const page = await browser.newPage();
    const before = await dataFileBytes(harness);
    const response = await page.goto(`http://rebind.test:${port}/`);
    expect(response?.status()).toBe(421);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(harness.token);
    const call = await page.evaluate(async () => {
      const response = await fetch('/api/clients.create', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client: { name: 'Rebound' } }) });
      return response.status;
    });
    expect(call).toBe(421);
    expect((await dataFileBytes(harness)).equals(before)).toBe(true);
  } finally {
    await browser.close();
  }
});
