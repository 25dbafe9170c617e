import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { SaveState } from '../../src-main/api/contract';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { warmUpWorker } from '../../src-main/export/worker-pool';
import { APP_HOST, APP_SCHEME, resolveAppFile, STYLE_NONCE_PLACEHOLDER } from '../../src-main/platform/app-protocol';
import { contentSecurityPolicy } from '../../src-main/platform/window-policy';
import { faultyFileSystem } from './faulty-fs';
import { checkCall, checkSender, harnessToken, MAX_BODY_BYTES, sameToken, TOKEN_HEADER, TOO_LARGE, type Refusal } from './loopback-guard';
import { folderPlatform, REPOSITORY_ROOT, type PlatformRecord } from './test-platform';

/**
 * The loopback bridge used by end-to-end tests and screenshots: serves the built renderer and the
 * real registry over HTTP on 127.0.0.1. Test-only; it never ships with the app.
 */

export interface HarnessOptions {
  dataDir: string;
  port?: number;
  exportsDir?: string;
  clock?: () => Date;
  /** The token calls must carry in x-vcio-token; by default VCIO_HARNESS_TOKEN, else random. */
  token?: string;
}

export interface Harness {
  url: string;
  /** What calls carry in the x-vcio-token header (the served page knows it). */
  token: string;
  dataDir: string;
  exportsDir: string;
  practice: OpenPractice;
  record: PlatformRecord;
  /** Makes every write fail with this error code (e.g. ENOSPC), or stops failing with null. */
  failWrites(code: string | null): void;
  close(): Promise<void>;
}

const RENDERER_DIR = path.join(REPOSITORY_ROOT, 'out/renderer');

/**
 * window.vcio over fetch and server-sent events, the same shape the preload exposes. The token
 * comes from the served page (a meta tag), which no other site can read; EventSource cannot send
 * headers, so the event stream takes it as a query parameter.
 */
const BRIDGE_SCRIPT = `
(() => {
  const token = document.querySelector('meta[name="vcio-harness-token"]').content;
  const listeners = new Map();
  const source = new EventSource('/__harness/events?token=' + encodeURIComponent(token));
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  window.vcio = {
    async invoke(channel, input) {
      const response = await fetch('/api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', '${TOKEN_HEADER}': token },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return response.json();
    },
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  };
})();
`;

/** The body, or null when it is over the cap (the rest is read and dropped, so the answer arrives). */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8');
}

function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  request.resume();
  response.writeHead(refusal.status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ ok: false, error: { code: refusal.code, message: refusal.message } }));
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? harnessToken();
  const styleNonce = randomBytes(18).toString('base64url');
  const exportsDir = options.exportsDir ?? `${options.dataDir}.exports`;
  const { platform, record } = folderPlatform(exportsDir);
  const faults = faultyFileSystem();
  const eventStreams = new Set<ServerResponse>();
  const broadcast = (event: string, payload: unknown) => {
    for (const stream of eventStreams) stream.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  };
  // From the sources the export worker takes seconds to start: start it now, beside the page load.
  void warmUpWorker().catch(() => undefined);
  const practice = await openPractice({
    dataDir: options.dataDir,
    platform,
    fs: faults.fs,
    ...(options.clock ? { clock: options.clock } : {}),
    onSaveState: (state: SaveState) => broadcast('data.saveState', state),
  });

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  // Chromium keeps idle connections far longer than Node's 5 s: a server closing one first races
  // with a POST sent on it, which the browser cannot retry ("Failed to fetch"). close() ends them all.
  server.keepAliveTimeout = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('cross-origin-resource-policy', 'same-origin');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const senderRefused = checkSender(request.headers, port);
    if (senderRefused) return refuse(request, response, senderRefused);
    const isCall = url.pathname.startsWith('/api/') || url.pathname === '/__harness/menu';
    const callRefused = isCall ? checkCall(request.method, request.headers, token) : null;
    if (callRefused) return refuse(request, response, callRefused);
    const body = isCall ? await readBody(request) : '';
    if (body === null) return refuse(request, response, TOO_LARGE);
    if (url.pathname.startsWith('/api/')) {
      let input: unknown;
      try {
        input = JSON.parse(body || '{}');
      } catch {
        input = undefined;
      }
      const result = await practice.registry.invoke(decodeURIComponent(url.pathname.slice('/api/'.length)), input);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/__harness/menu') {
      const { command } = JSON.parse(body) as { command: string };
      broadcast('menu.command', { command });
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'GET') return refuse(request, response, { status: 405, code: 'UNKNOWN_CHANNEL', message: 'Only GET is served here.' });
    if (url.pathname === '/__harness/events') {
      if (!sameToken(url.searchParams.get('token'), token)) {
        return refuse(request, response, { status: 403, code: 'UNKNOWN_CHANNEL', message: 'The token parameter is missing or wrong.' });
      }
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    if (url.pathname === '/__harness/bridge.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(BRIDGE_SCRIPT);
      return;
    }
    await serveRendererFile(url.pathname, response, { token, styleNonce });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    dataDir: options.dataDir,
    exportsDir,
    practice,
    record,
    failWrites: faults.failWith,
    async close() {
      for (const stream of eventStreams) stream.end();
      // Close first, then drop every connection (kept-alive fetches, reconnecting event streams), or close waits on them.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await practice.close();
    },
  };
}

/** The renderer's files, resolved by the same rules as app:// in the app. */
async function serveRendererFile(pathname: string, response: ServerResponse, page: { token: string; styleNonce: string }): Promise<void> {
  const answer = await resolveAppFile(RENDERER_DIR, 'GET', `${APP_SCHEME}://${APP_HOST}${pathname}`);
  if (!answer.ok) {
    const message = answer.status === 404 ? 'Not found. Run `npm run build` first.' : answer.reason;
    response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(message);
    return;
  }
  let body = await readFile(answer.file);
  const headers: Record<string, string> = { 'content-type': answer.contentType, 'cache-control': 'no-store' };
  if (answer.contentType.startsWith('text/html')) {
    // The page as app:// serves it (this run's style nonce and policy), plus the bridge and its token.
    const bridge = `<meta name="vcio-harness-token" content="${page.token}" />\n    <script src="/__harness/bridge.js"></script>\n    <script`;
    body = Buffer.from(body.toString('utf8').replaceAll(STYLE_NONCE_PLACEHOLDER, page.styleNonce).replace('<script', bridge));
    headers['content-security-policy'] = contentSecurityPolicy(page.styleNonce);
  }
  response.writeHead(200, headers);
  response.end(body);
}
