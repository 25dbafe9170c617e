import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, STYLE_NONCE_PLACEHOLDER } from '../../src-main/platform/app-protocol';
import { rendererEntry } from '../../src-main/platform/renderer-entry';
import { contentSecurityPolicy } from '../../src-main/platform/window-policy';

/** The dev-server gate: which page the window loads, packaged or not, whatever the environment says. */

const nonce = () => 'RandomNonceForThisLaunch01';

describe('rendererEntry', () => {
  it('loads app:// in the packaged app even when ELECTRON_RENDERER_URL is set', () => {
    for (const devServerUrl of ['http://localhost:5173/', 'http://127.0.0.1:5173/', 'https://attacker.example/', 'file:///tmp/evil.html']) {
      expect(rendererEntry({ isPackaged: true, devServerUrl, randomNonce: nonce })).toEqual({ url: APP_ENTRY_URL, fromDevServer: false, styleNonce: 'RandomNonceForThisLaunch01' });
    }
  });

  it('loads app:// in the packaged app without the variable', () => {
    expect(rendererEntry({ isPackaged: true, devServerUrl: undefined, randomNonce: nonce }).url).toBe(APP_ENTRY_URL);
  });

  it('loads the dev server of this machine when unpackaged, with the placeholder as nonce (the dev server writes it as is)', () => {
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://localhost:5173/', randomNonce: nonce })).toEqual({
      url: 'http://localhost:5173/',
      fromDevServer: true,
      styleNonce: STYLE_NONCE_PLACEHOLDER,
    });
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5174', randomNonce: nonce }).url).toBe('http://127.0.0.1:5174/');
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://[::1]:5173/', randomNonce: nonce }).url).toBe('http://[::1]:5173/');
  });

  it('ignores, even unpackaged, a dev URL that is not an http(s) server on this machine', () => {
    for (const devServerUrl of [
      'https://attacker.example/',
      'http://localhost.attacker.example:5173/',
      'http://localhost@attacker.example/',
      'http://user:pw@localhost:5173/',
      'http://192.168.1.20:5173/',
      'file:///tmp/evil.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(rendererEntry({ isPackaged: false, devServerUrl, randomNonce: nonce }), devServerUrl).toEqual({ url: APP_ENTRY_URL, fromDevServer: false, styleNonce: 'RandomNonceForThisLaunch01' });
    }
  });

  it('gives app:// a fresh random nonce each launch, one the policy accepts', () => {
    const first = rendererEntry({ isPackaged: true, devServerUrl: undefined }).styleNonce;
    const second = rendererEntry({ isPackaged: true, devServerUrl: undefined }).styleNonce;
    expect(first).not.toBe(second);
    expect(first).not.toBe(STYLE_NONCE_PLACEHOLDER);
    expect(first.length).toBeGreaterThanOrEqual(22);
    expect(contentSecurityPolicy(first)).toContain(`'nonce-${first}'`);
  });
});

describe('src-main/index.ts uses the gate', () => {
  it('reads ELECTRON_RENDERER_URL only through rendererEntry, with app.isPackaged, and loads what it returns', async () => {
    const index = await readFile(new URL('../../src-main/index.ts', import.meta.url), 'utf8');
    expect(index).toMatch(/rendererEntry\(\{\s*isPackaged:\s*app\.isPackaged,\s*devServerUrl:\s*process\.env\.ELECTRON_RENDERER_URL\s*\}\)/);
    expect(index.match(/ELECTRON_RENDERER_URL/g)).toHaveLength(1);
    expect(index).toMatch(/loadURL\(entry\.url\)/);
    expect(index).not.toMatch(/pathToFileURL|loadFile\(|file:\/\//);
  });
});
