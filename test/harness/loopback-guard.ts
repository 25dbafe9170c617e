import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * What the loopback bridge accepts. It runs on developers' machines next to real data, so a web
 * page open in any browser must not be able to drive it:
 * - the Host must be 127.0.0.1 or localhost with the harness's port (a DNS-rebinding page sends
 *   its own name),
 * - an Origin, when sent, must be the harness's own (a cross-site form or fetch sends its own),
 * - calls carry the per-run token in `x-vcio-token` (only the harness's page knows it) and are
 *   application/json (a form or a "simple" text/plain request cannot be),
 * - bodies are capped at what the largest upload needs.
 * A refused request is answered here and never reaches the registry, so it writes nothing.
 */

export const TOKEN_HEADER = 'x-vcio-token';
const TOKEN_ENV = 'VCIO_HARNESS_TOKEN';

/** The contract takes a file of up to 28,000,000 base64 characters (20 MB); JSON around it is small. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

export interface Refusal {
  status: 403 | 405 | 413 | 415 | 421;
  code: 'UNKNOWN_CHANNEL' | 'INVALID_INPUT';
  message: string;
}

export const TOO_LARGE: Refusal = {
  status: 413,
  code: 'INVALID_INPUT',
  message: 'The request is too large: the limit is 30 MB, enough for a file of 20 MB.',
};

const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]{16,512}$/;

/** The token of this run: VCIO_HARNESS_TOKEN when set (so outside checks can call), else random. */
export function harnessToken(environment: NodeJS.ProcessEnv = process.env): string {
  const given = environment[TOKEN_ENV];
  if (given === undefined || given === '') return randomBytes(24).toString('base64url');
  if (!TOKEN_SHAPE.test(given)) throw new Error(`${TOKEN_ENV} must be 16 to 512 characters of letters, digits and . _ ~ + / = -`);
  return given;
}

export function sameToken(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? undefined : value);

/** The origins of the harness's own page, for this port. */
function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Checks every request meets: the Host, and an Origin if one is sent. */
export function checkSender(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = single(headers.host)?.toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return { status: 421, code: 'UNKNOWN_CHANNEL', message: `Requests are only accepted for 127.0.0.1:${port} or localhost:${port}.` };
  }
  const origin = headers.origin;
  if (origin !== undefined && !ownOrigins(port).includes(single(origin) ?? '')) {
    return { status: 403, code: 'UNKNOWN_CHANNEL', message: "Requests are only accepted from the harness's own page." };
  }
  return null;
}

/** Checks a call (a POST that may change data) meets on top of checkSender. */
export function checkCall(method: string | undefined, headers: IncomingHttpHeaders, token: string): Refusal | null {
  if (method !== 'POST') return { status: 405, code: 'UNKNOWN_CHANNEL', message: 'Calls are POST requests.' };
  if (!sameToken(single(headers[TOKEN_HEADER]), token)) {
    return { status: 403, code: 'UNKNOWN_CHANNEL', message: `The ${TOKEN_HEADER} header is missing or wrong.` };
  }
  const type = single(headers['content-type'])?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, code: 'INVALID_INPUT', message: 'Calls must be sent as application/json.' };
  const length = Number(single(headers['content-length']) ?? '0');
  if (length > MAX_BODY_BYTES) return TOO_LARGE;
  return null;
}
