import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { SaveState } from '../../src-main/api/contract';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { warmUpWorker } from '../../src-main/export/worker-pool';
import { faultyFileSystem } from './faulty-fs';
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
}

export interface Harness {
  url: string;
  dataDir: string;
  exportsDir: string;
  practice: OpenPractice;
  record: PlatformRecord;
  /** Makes every write fail with this error code (e.g. ENOSPC), or stops failing with null. */
  failWrites(code: string | null): void;
  close(): Promise<void>;
}

const RENDERER_DIR = path.join(REPOSITORY_ROOT, 'out/renderer');
const MAX_BODY_BYTES = 40 * 1024 * 1024;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** window.vcio over fetch and server-sent events, the same shape the preload exposes. */
const BRIDGE_SCRIPT = `
(() => {
  const listeners = new Map();
  const source = new EventSource('/__harness/events');
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  window.vcio = {
    async invoke(channel, input) {
      const response = await fetch('/api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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

class BodyTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`Too large: this request is ${Math.ceil(size / (1024 * 1024))} MB; at most ${MAX_BODY_BYTES / (1024 * 1024)} MB can be sent at once (a file can be at most 20 MB).`);
  }
}

/**
 * The body of a request. One over the limit is read to its end without being kept (up to a point),
 * so that the page gets the 413 answer rather than a connection cut while it was still sending.
 */
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES * 8) break;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(size);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
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

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
      let input: unknown;
      try {
        input = JSON.parse((await readBody(request)) || '{}');
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          response.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
          response.end(JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: error.message } }));
          return;
        }
        input = undefined;
      }
      const result = await practice.registry.invoke(decodeURIComponent(url.pathname.slice('/api/'.length)), input);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/__harness/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    if (url.pathname === '/__harness/bridge.js') {
      response.writeHead(200, { 'content-type': MIME_TYPES['.js']! });
      response.end(BRIDGE_SCRIPT);
      return;
    }
    if (request.method === 'POST' && url.pathname === '/__harness/menu') {
      const { command } = JSON.parse(await readBody(request)) as { command: string };
      broadcast('menu.command', { command });
      response.writeHead(204).end();
      return;
    }
    await serveRendererFile(url.pathname, response);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
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

async function serveRendererFile(pathname: string, response: ServerResponse): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(RENDERER_DIR, relative);
  if (!file.startsWith(RENDERER_DIR + path.sep)) {
    response.writeHead(403).end();
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. Run `npm run build` first.');
    return;
  }
  const extension = path.extname(file);
  if (extension === '.html') {
    body = Buffer.from(body.toString('utf8').replace('<script', '<script src="/__harness/bridge.js"></script>\n    <script'));
  }
  response.writeHead(200, { 'content-type': MIME_TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(body);
}
