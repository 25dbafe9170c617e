import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, appProtocolHandler, resolveAppFile, STYLE_NONCE_PLACEHOLDER } from '../../src-main/platform/app-protocol';
import { contentSecurityPolicy } from '../../src-main/platform/window-policy';

/**
 * The app:// handler over a real folder: a renderer folder with a page, an asset and a symbolic
 * link leading out, next to a secret file it must never serve.
 */

let base = '';
let root = '';
const NONCE = 'Zk3nQ8vX1pL5tR9wY2bC7dF4';

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'vcio-app-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), `<meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}"><p>the app</p>`);
  await writeFile(path.join(root, 'assets/index-abc.js'), 'console.log("app")');
  await writeFile(path.join(root, 'assets/index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets/blob.bin'), 'bytes');
  await writeFile(path.join(base, 'secret.txt'), 'the practice database');
  await mkdir(path.join(base, 'renderer-other'));
  await writeFile(path.join(base, 'renderer-other/index.html'), 'a sibling folder with a shared prefix');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets/leak.js'));
  await symlink(base, path.join(root, 'up'));
  await symlink(path.join(root, 'assets/index-abc.js'), path.join(root, 'alias.js'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string) => resolveAppFile(root, 'GET', url);

describe('resolveAppFile: what app:// serves', () => {
  it('serves the page at the entry URL and at the bare origin, with the right type', async () => {
    expect(await get(APP_ENTRY_URL)).toEqual({ ok: true, file: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(await get('app://vcio/')).toMatchObject({ ok: true, file: path.join(root, 'index.html') });
    expect(await get('app://vcio')).toMatchObject({ ok: true, file: path.join(root, 'index.html') });
    expect(await get('app://vcio/index.html?x=1#/clients')).toMatchObject({ ok: true, file: path.join(root, 'index.html') });
  });

  it('serves the assets inside the folder with their types (module scripts need text/javascript)', async () => {
    expect(await get('app://vcio/assets/index-abc.js')).toMatchObject({ ok: true, contentType: 'text/javascript; charset=utf-8' });
    expect(await get('app://vcio/assets/index-abc.css')).toMatchObject({ ok: true, contentType: 'text/css; charset=utf-8' });
    expect(await get('app://vcio/assets/blob.bin')).toMatchObject({ ok: true, contentType: 'application/octet-stream' });
  });

  it('follows a symbolic link that stays inside the folder', async () => {
    expect(await get('app://vcio/alias.js')).toEqual({ ok: true, file: path.join(root, 'assets/index-abc.js'), contentType: 'text/javascript; charset=utf-8' });
  });

  it('refuses .. in every spelling: plain, percent-encoded, mixed case, half-encoded', async () => {
    for (const url of [
      'app://vcio/../secret.txt',
      'app://vcio/assets/../../secret.txt',
      'app://vcio/%2e%2e/secret.txt',
      'app://vcio/%2E%2E/secret.txt',
      'app://vcio/.%2e/secret.txt',
      'app://vcio/assets/%2e%2e/%2e%2e/secret.txt',
      'app://vcio/./index.html',
    ]) {
      expect(await get(url), url).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuses encoded separators and backslashes, which would hide a .. from the URL parser', async () => {
    for (const url of [
      'app://vcio/..%2fsecret.txt',
      'app://vcio/assets%2F..%2F..%2Fsecret.txt',
      'app://vcio/..%5csecret.txt',
      'app://vcio/..\\secret.txt',
      'app://vcio/index.html%00.js',
    ]) {
      expect(await get(url), url).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuses absolute paths: a doubled slash, a drive letter, an encoded absolute path', async () => {
    const secret = path.join(base, 'secret.txt');
    for (const url of [`app://vcio/${secret}`, 'app://vcio//etc/passwd', 'app://vcio/C:/Windows/win.ini', 'app://vcio/c:%5cWindows%5cwin.ini', `app://vcio/${encodeURIComponent(secret)}`]) {
      expect(await get(url), url).toMatchObject({ ok: false });
    }
    expect(await get(`app://vcio/${secret}`)).toMatchObject({ status: 403 });
  });

  it('refuses a symbolic link leading out of the folder, to a file or to a folder above', async () => {
    expect(await get('app://vcio/assets/leak.js')).toMatchObject({ ok: false, status: 403 });
    expect(await get('app://vcio/up/secret.txt')).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses a sibling folder that merely shares the prefix of its name', async () => {
    expect(await get('app://vcio/../renderer-other/index.html')).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect(await get('app://vcio/missing.js')).toMatchObject({ ok: false, status: 404 });
    expect(await get('app://vcio/assets')).toMatchObject({ ok: false, status: 404 });
    expect(await get('app://vcio/assets/')).toMatchObject({ ok: false, status: 404 });
  });

  it('answers only its own host', async () => {
    for (const url of ['app://other/index.html', 'app://vcio.evil/index.html', 'app://vcio:80/index.html', 'app://x@vcio/index.html', 'file:///etc/passwd', 'https://vcio/index.html']) {
      expect(await get(url), url).toMatchObject({ ok: false, status: 404 });
    }
  });

  it('answers nothing but GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'get']) {
      expect(await resolveAppFile(root, method, APP_ENTRY_URL), method).toMatchObject({ ok: false, status: 405 });
    }
  });

  it('refuses a broken percent escape without throwing', async () => {
    expect(await get('app://vcio/%E0%A4%A.js')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('appProtocolHandler: the responses', () => {
  const handler = () => appProtocolHandler({ rootDir: root, styleNonce: NONCE, contentSecurityPolicy: contentSecurityPolicy(NONCE) });

  it('serves the page with the nonce of the launch in place of the placeholder, and the policy as a header', async () => {
    const response = await handler()(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(`nonce="${NONCE}"`);
    expect(page).not.toContain(STYLE_NONCE_PLACEHOLDER);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(NONCE));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves an asset byte for byte', async () => {
    const response = await handler()(new Request('app://vcio/assets/index-abc.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("app")');
  });

  it('answers a refused request with its status and no content of the file', async () => {
    for (const [request, status] of [
      [new Request('app://vcio/assets/leak.js'), 403],
      [new Request('app://vcio/..%2fsecret.txt'), 403],
      [new Request(APP_ENTRY_URL, { method: 'POST', body: '{}' }), 405],
      [new Request('app://vcio/missing.js'), 404],
    ] as const) {
      const response = await handler()(request);
      expect(response.status, request.url).toBe(status);
      expect(await response.text()).not.toContain('the practice database');
    }
  });
});

describe('the scheme', () => {
  it('is registered as standard and secure, and nothing more (no CSP bypass, no CORS, no service workers)', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true });
  });
});
