import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness';
import { harnessToken, MAX_BODY_BYTES, TOKEN_HEADER } from '../harness/loopback-guard';

/**
 * The loopback bridge refuses what a web page in any browser could send it: a cross-site
 * text/plain POST (CSRF), a DNS-rebinding request (a foreign Host), a foreign Origin, a missing or
 * wrong token, a body over the cap. Each refusal is a JSON answer with its status, and writes
 * nothing: the data folder is byte for byte as before. Requests are sent with node:http, which
 * lets a test set the Host and Origin a browser would.
 */

let harness: Harness;
let port = 0;
let folder = '';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(options: { method?: string; path: string; headers?: OutgoingHttpHeaders; body?: string | Buffer; chunked?: boolean }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: OutgoingHttpHeaders = { host: `127.0.0.1:${port}`, ...options.headers };
    const request = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    if (options.body !== undefined && options.chunked) {
      // no content-length: the cap must hold while the body streams in
      const body = Buffer.from(options.body);
      const step = 1024 * 1024;
      for (let at = 0; at < body.length; at += step) request.write(body.subarray(at, at + step));
      request.end();
    } else {
      request.end(options.body);
    }
  });
}

const json = { 'content-type': 'application/json' };
const createClient = JSON.stringify({ client: { name: 'Driven By Another Page' } });
const withToken = () => ({ ...json, [TOKEN_HEADER]: harness.token });

/** Every file of the data folder with its bytes: what "writes nothing" is checked against. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(folder, path.join(entry.parentPath, entry.name))] = (await readFile(path.join(entry.parentPath, entry.name))).toString('base64');
  }
  return files;
}

async function clientCount(): Promise<number> {
  const answer = await harness.practice.registry.invoke('clients.list', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { clients: unknown[] }).clients.length;
}

async function expectRefusedAndNothingWritten(attempt: () => Promise<Answer>, status: number, message: RegExp): Promise<void> {
  const before = await snapshot();
  const answer = await attempt();
  expect(answer.status).toBe(status);
  expect(String(answer.headers['content-type'])).toMatch(/^application\/json/);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
  expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  expect(await snapshot()).toEqual(before);
  expect(await clientCount()).toBe(0);
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-bridge-'));
  harness = await startHarness({ dataDir: folder });
  port = Number(new URL(harness.url).port);
});

afterAll(async () => {
  await harness?.close();
  await rm(folder, { recursive: true, force: true });
  await rm(`${folder}.exports`, { recursive: true, force: true });
});

describe('the loopback bridge refuses, and writes nothing', () => {
  it('a cross-site text/plain POST (what a form or a no-cors fetch on any page can send)', async () => {
    await expectRefusedAndNothingWritten(
      () => send({ path: '/api/clients.create', headers: { 'content-type': 'text/plain', origin: 'https://attacker.example' }, body: createClient }),
      403,
      /own page/,
    );
  });

  it('a text/plain POST even with the token and no Origin', async () => {
    await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: { ...withToken(), 'content-type': 'text/plain;charset=UTF-8' }, body: createClient }), 415, /application\/json/);
  });

  it('a form post (application/x-www-form-urlencoded) with the token', async () => {
    await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: { ...withToken(), 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' }), 415, /application\/json/);
  });

  it('a wrong Host (a DNS-rebinding page sends its own name), even with the token', async () => {
    for (const host of [`rebind.attacker.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `localhost.attacker.example:${port}`, `[::1]:${port}`]) {
      await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: { ...withToken(), host }, body: createClient }), 421, /only accepted for 127\.0\.0\.1/);
    }
  });

  it('a wrong Host for the page too, so a rebinding page cannot read the token out of it', async () => {
    const answer = await send({ method: 'GET', path: '/', headers: { host: `rebind.attacker.example:${port}` } });
    expect(answer.status).toBe(421);
    expect(answer.body).not.toContain(harness.token);
  });

  it('a foreign Origin, even with the token and JSON', async () => {
    for (const origin of ['https://attacker.example', `http://127.0.0.1:${port + 1}`, 'null', `http://rebind.attacker.example:${port}`]) {
      await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: { ...withToken(), origin }, body: createClient }), 403, /own page/);
    }
  });

  it('no token', async () => {
    await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: json, body: createClient }), 403, /x-vcio-token/);
  });

  it('a wrong token, also one that differs only at the end or in length', async () => {
    for (const token of ['wrong-token-of-some-length', `${harness.token.slice(0, -1)}x`, `${harness.token}x`, '']) {
      await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: { ...json, [TOKEN_HEADER]: token }, body: createClient }), 403, /x-vcio-token/);
    }
  });

  it('a body over the cap, announced by its length: 413 "too large"', async () => {
    const body = JSON.stringify({ client: { name: 'x'.repeat(MAX_BODY_BYTES) } });
    await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: withToken(), body }), 413, /too large/);
  });

  it('a body over the cap sent in chunks without a length: 413 "too large"', async () => {
    const body = JSON.stringify({ client: { name: 'x'.repeat(MAX_BODY_BYTES) } });
    await expectRefusedAndNothingWritten(() => send({ path: '/api/clients.create', headers: { ...withToken(), 'transfer-encoding': 'chunked' }, body, chunked: true }), 413, /too large/);
  });

  it('a menu command without the token', async () => {
    const answer = await send({ path: '/__harness/menu', headers: json, body: JSON.stringify({ command: 'newClient' }) });
    expect(answer.status).toBe(403);
  });

  it('the event stream without its token, or with a wrong one', async () => {
    for (const query of ['', '?token=', '?token=wrong-token-of-some-length']) {
      const answer = await send({ method: 'GET', path: `/__harness/events${query}` });
      expect(answer.status, query).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false });
    }
  });

  it('a call that is not a POST', async () => {
    const answer = await send({ method: 'GET', path: '/api/clients.list', headers: withToken() });
    expect(answer.status).toBe(405);
  });
});

describe('the loopback bridge accepts its own page', () => {
  it('serves the page with the token for its bridge, this run’s style nonce and the policy', async () => {
    const answer = await send({ method: 'GET', path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(`<meta name="vcio-harness-token" content="${harness.token}" />`);
    expect(answer.body).toContain('<script src="/__harness/bridge.js"></script>');
    expect(answer.body).not.toContain('vcio-style-nonce-placeholder');
    const nonce = /<meta property="csp-nonce" nonce="([^"]+)">/.exec(answer.body)?.[1] ?? '';
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(String(answer.headers['content-security-policy'])).toContain(`'nonce-${nonce}'`);
    expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('keeps the token out of the bridge script, which any site could load', async () => {
    const answer = await send({ method: 'GET', path: '/__harness/bridge.js' });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain(harness.token);
    expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers a call with the token, JSON, its own Host (127.0.0.1 or localhost) and its own Origin', async () => {
    const first = await send({ path: '/api/app.status', headers: { ...withToken(), origin: `http://127.0.0.1:${port}` }, body: '{}' });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toMatchObject({ ok: true });
    const second = await send({ path: '/api/app.status', headers: { ...withToken(), 'content-type': 'application/json; charset=utf-8', host: `localhost:${port}`, origin: `http://localhost:${port}` }, body: '{}' });
    expect(second.status).toBe(200);
  });

  it('takes the largest upload the contract allows (28,000,000 base64 characters) under the cap', async () => {
    const body = JSON.stringify({ file: { name: 'logo.png', dataBase64: 'A'.repeat(28_000_000) } });
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_BODY_BYTES);
    const answer = await send({ path: '/api/settings.setLogo', headers: withToken(), body });
    expect(answer.status).toBe(200);
    // the registry read it and answered (these bytes are no image), rather than the size cap
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(answer.body).not.toMatch(/too large/);
  });

  it('streams events to a holder of the token', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, method: 'GET', path: `/__harness/events?token=${encodeURIComponent(harness.token)}`, headers: { host: `127.0.0.1:${port}` } }, (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      });
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(200);
  });
});

describe('the token', () => {
  it('comes from VCIO_HARNESS_TOKEN when set, so outside checks can call', () => {
    expect(harnessToken({ VCIO_HARNESS_TOKEN: 'a-token-set-for-this-run-1234' })).toBe('a-token-set-for-this-run-1234');
  });

  it('is random otherwise, and long', () => {
    const first = harnessToken({});
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(harnessToken({})).not.toBe(first);
    expect(harnessToken({ VCIO_HARNESS_TOKEN: '' })).not.toBe('');
  });

  it('refuses a VCIO_HARNESS_TOKEN that is short or could not travel in a header or the page', () => {
    expect(() => harnessToken({ VCIO_HARNESS_TOKEN: 'short' })).toThrow(/VCIO_HARNESS_TOKEN/);
    expect(() => harnessToken({ VCIO_HARNESS_TOKEN: 'a token with "quotes" and spaces' })).toThrow(/VCIO_HARNESS_TOKEN/);
    expect(() => harnessToken({ VCIO_HARNESS_TOKEN: 'line\nbreak-in-the-token-0000' })).toThrow(/VCIO_HARNESS_TOKEN/);
  });
});
