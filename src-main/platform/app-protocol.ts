import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The renderer is served from `app://vcio/`, a privileged scheme of the app's own, instead of
 * file:// (which would give the page the whole disk to aim at). The handler answers only GET
 * requests for regular files inside the renderer's build folder, and refuses everything else.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'vcio';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard: relative URLs, a real origin ('self' in the policy) and same-origin module scripts.
 * Secure: a secure context like https. Nothing more: no CSP bypass, no CORS, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true } as const;

/** The placeholder the build writes where the style nonce goes; the server puts the real one in. */
export const STYLE_NONCE_PLACEHOLDER = 'vcio-style-nonce-placeholder';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export type AppFileAnswer = { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

const refuse = (status: 400 | 403 | 404 | 405, reason: string): AppFileAnswer => ({ ok: false, status, reason });

const inside = (root: string, candidate: string) => {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * Which file of `rootDir` a request asks for, or why it gets none. Checked on the URL as sent
 * (a `..` or an encoded separator is refused, not normalised away), then on the resolved path,
 * then on the real path (a symbolic link may not lead out of the folder).
 */
export async function resolveAppFile(rootDir: string, method: string, requestUrl: string): Promise<AppFileAnswer> {
  if (method !== 'GET') return refuse(405, 'only GET is served');
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (requestUrl.slice(0, prefix.length).toLowerCase() !== prefix) return refuse(404, 'not an app:// address of this app');
  const rawPath = requestUrl.slice(prefix.length).replace(/[?#].*$/s, '');
  if (rawPath !== '' && !rawPath.startsWith('/')) return refuse(404, 'not an app:// address of this app');
  if (/\\|%5c|%2f|%00/i.test(rawPath)) return refuse(403, 'encoded separators are refused');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, 'a broken percent escape');
  }
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return refuse(403, 'dot segments are refused');
  if (decoded.startsWith('//') || /^\/[a-z]:/i.test(decoded) || decoded.includes('\0')) return refuse(403, 'absolute paths are refused');

  const relative = decoded === '' || decoded === '/' ? 'index.html' : decoded.slice(1);
  const root = path.resolve(rootDir);
  const candidate = path.resolve(root, relative);
  if (!inside(root, candidate)) return refuse(403, 'outside the renderer folder');
  let realFile: string;
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
    realFile = await fs.realpath(candidate);
  } catch {
    return refuse(404, 'no such file');
  }
  if (!inside(realRoot, realFile)) return refuse(403, 'a link leading outside the renderer folder');
  try {
    if (!(await fs.stat(realFile)).isFile()) return refuse(404, 'not a file');
  } catch {
    return refuse(404, 'no such file');
  }
  return { ok: true, file: realFile, contentType: CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream' };
}

export interface AppProtocolOptions {
  rootDir: string;
  styleNonce: string;
  /** The content security policy of the page, sent as a header with the HTML. */
  contentSecurityPolicy: string;
}

/** The handler for protocol.handle: the page with its style nonce and policy, the assets as they are. */
export function appProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const answer = await resolveAppFile(options.rootDir, request.method, request.url);
    if (!answer.ok) return new Response(answer.reason, { status: answer.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const headers: Record<string, string> = { 'content-type': answer.contentType, 'x-content-type-options': 'nosniff' };
    const bytes = await fs.readFile(answer.file);
    if (!answer.contentType.startsWith('text/html')) return new Response(new Uint8Array(bytes), { status: 200, headers });
    headers['content-security-policy'] = options.contentSecurityPolicy;
    const page = bytes.toString('utf8').replaceAll(STYLE_NONCE_PLACEHOLDER, options.styleNonce);
    return new Response(page, { status: 200, headers });
  };
}
