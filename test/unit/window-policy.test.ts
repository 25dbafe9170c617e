import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, serveRegistryOverIpc } from '../../src-main/api/ipc';
import type { Registry } from '../../src-main/api/registry';
import { APP_ENTRY_URL } from '../../src-main/platform/app-protocol';
import { contentSecurityPolicy, isAppUrl, isTrustedSender, secureWebPreferences, spellCheckWithoutDownloads } from '../../src-main/platform/window-policy';

/**
 * The window's sandbox, its content security policy, which URLs count as the app's own page, and
 * the sender check in front of the IPC registry. Electron itself is only imported for its types:
 * the binary is not needed (and cannot be downloaded on the build machines).
 */

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/preload.cjs');

  it('isolates the renderer: context isolation and the OS sandbox on', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
  });

  it('gives the page no Node.js, not in workers nor in sub-frames', () => {
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure content, experimental features and <webview> off', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and nothing that would weaken the above', () => {
    expect(preferences.preload).toBe('/app/out/preload/preload.cjs');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
    expect(preferences).not.toHaveProperty('devTools', true);
  });

  it('sets every security-relevant preference explicitly rather than relying on defaults', () => {
    for (const key of ['contextIsolation', 'sandbox', 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webSecurity', 'allowRunningInsecureContent', 'webviewTag', 'spellcheck']) {
      expect(preferences, key).toHaveProperty(key);
    }
  });

  it('checks spelling only where it downloads no dictionary: on macOS (the system speller), not on Windows or Linux (Hunspell from the internet)', () => {
    expect(secureWebPreferences('/p.cjs', 'darwin').spellcheck).toBe(true);
    expect(secureWebPreferences('/p.cjs', 'win32').spellcheck).toBe(false);
    expect(secureWebPreferences('/p.cjs', 'linux').spellcheck).toBe(false);
    expect(secureWebPreferences('/p.cjs', 'freebsd').spellcheck).toBe(false);
    expect(spellCheckWithoutDownloads('linux')).toBe(false);
    expect(secureWebPreferences('/p.cjs').spellcheck).toBe(spellCheckWithoutDownloads(process.platform));
  });
});

describe('contentSecurityPolicy', () => {
  const NONCE = 'q0BZ3xJ2n8yQk5vW7eRt1aUi';
  const CONTENT_SECURITY_POLICY = contentSecurityPolicy(NONCE);
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        return [name, sources] as const;
      }),
  );

  it('names each directive once', () => {
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY.split(';').filter((part) => part.trim() !== '').length);
  });

  it("allows scripts from the app itself only: 'self', no inline, no eval, no hosts", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('falls back to nothing, and forbids plugins, <base> and form posts', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets no directive reach the network: no http(s) sources, no wildcards', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(https?:|ws:|wss:|\*)/);
      }
    }
  });

  it("connects only to 'self' (the loopback harness in tests, nothing when packaged)", () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it("allows styles from the app and from <style> elements with this launch's nonce, never 'unsafe-inline'", () => {
    expect(directives.get('style-src')).toEqual(["'self'", `'nonce-${NONCE}'`]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-hashes'");
    expect(contentSecurityPolicy('another-nonce-of-24-chars')).toContain("'nonce-another-nonce-of-24-chars'");
  });

  it('refuses a nonce that is short or could break out of the policy', () => {
    expect(() => contentSecurityPolicy('')).toThrow();
    expect(() => contentSecurityPolicy('abc')).toThrow();
    expect(() => contentSecurityPolicy("abcdefghijklmnop' 'unsafe-inline")).toThrow();
    expect(() => contentSecurityPolicy('abcdefghijklmnop; script-src *')).toThrow();
  });
});

describe('isAppUrl', () => {
  const packaged = APP_ENTRY_URL;
  const dev = 'http://localhost:5173/';

  it('accepts the app:// page itself, also with a route in the hash or a query, and its other files', () => {
    expect(packaged).toBe('app://vcio/index.html');
    expect(isAppUrl(packaged, packaged)).toBe(true);
    expect(isAppUrl(`${packaged}#/clients/42`, packaged)).toBe(true);
    expect(isAppUrl(`${packaged}?tab=budget`, packaged)).toBe(true);
    expect(isAppUrl('app://vcio/', packaged)).toBe(true);
    expect(isAppUrl('app://VCIO/index.html', packaged)).toBe(true);
  });

  it('refuses other hosts of the scheme, look-alikes, credentials and ports', () => {
    expect(isAppUrl('app://other/index.html', packaged)).toBe(false);
    expect(isAppUrl('app://vcio.attacker.example/index.html', packaged)).toBe(false);
    expect(isAppUrl('app://vcio@attacker/index.html', packaged)).toBe(false);
    expect(isAppUrl('app://user:pw@vcio/index.html', packaged)).toBe(false);
    expect(isAppUrl('app://vcio:8080/index.html', packaged)).toBe(false);
    expect(isAppUrl('apps://vcio/index.html', packaged)).toBe(false);
    expect(isAppUrl('other://vcio/index.html', packaged)).toBe(false);
  });

  it('refuses file:// always: the renderer is no longer a file, whatever the path', () => {
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/vCIO%20Desk/resources/app.asar/out/renderer/index.html', packaged)).toBe(false);
    expect(isAppUrl('file://attacker/C:/index.html', packaged)).toBe(false);
    const fileEntry = 'file:///opt/vCIO%20Desk/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(fileEntry, fileEntry)).toBe(false);
  });

  it('refuses the web and the dev server when the app is app://', () => {
    expect(isAppUrl('https://example.com/index.html', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppUrl('http://vcio/index.html', packaged)).toBe(false);
  });

  it('accepts any path of the dev server, which serves only the app', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html#/budget', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', dev)).toBe(true);
  });

  it('refuses other origins in development: other ports, hosts, schemes, look-alikes', () => {
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.attacker.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost@attacker.example:5173/', dev)).toBe(false);
    expect(isAppUrl('file:///index.html', dev)).toBe(false);
    expect(isAppUrl(packaged, dev)).toBe(false);
  });

  it('refuses javascript:, data:, blob of other origins, about: and garbage', () => {
    for (const entry of [packaged, dev]) {
      expect(isAppUrl('javascript:alert(1)', entry)).toBe(false);
      expect(isAppUrl('data:text/html,<script>alert(1)</script>', entry)).toBe(false);
      expect(isAppUrl('blob:https://attacker.example/6b1c', entry)).toBe(false);
      expect(isAppUrl('about:blank', entry)).toBe(false);
      expect(isAppUrl('', entry)).toBe(false);
      expect(isAppUrl('not a url', entry)).toBe(false);
    }
  });

  it('refuses everything when the entry URL itself is broken or of another scheme', () => {
    expect(isAppUrl(packaged, 'not a url')).toBe(false);
    expect(isAppUrl('custom://x/', 'custom://x/')).toBe(false);
  });
});

describe('isTrustedSender: which frame may call the registry', () => {
  const mainFrame = { url: `${APP_ENTRY_URL}#/clients` };

  it("trusts the window's top frame while it shows the app", () => {
    expect(isTrustedSender(mainFrame, mainFrame, APP_ENTRY_URL)).toBe(true);
  });

  it('refuses a sub-frame, even one showing the app', () => {
    const subFrame = { url: APP_ENTRY_URL };
    expect(isTrustedSender(subFrame, mainFrame, APP_ENTRY_URL)).toBe(false);
  });

  it('refuses the top frame once it shows anything else', () => {
    const navigated = { url: 'https://attacker.example/' };
    expect(isTrustedSender(navigated, navigated, APP_ENTRY_URL)).toBe(false);
    const file = { url: 'file:///etc/passwd' };
    expect(isTrustedSender(file, file, APP_ENTRY_URL)).toBe(false);
  });

  it('refuses a missing sender, and any sender when there is no window', () => {
    expect(isTrustedSender(null, mainFrame, APP_ENTRY_URL)).toBe(false);
    expect(isTrustedSender(mainFrame, null, APP_ENTRY_URL)).toBe(false);
  });
});

describe('serveRegistryOverIpc: the sender check', () => {
  type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

  function fakeIpcMain() {
    const handlers = new Map<string, InvokeHandler>();
    const ipcMain = {
      handle: vi.fn((channel: string, handler: InvokeHandler) => {
        handlers.set(channel, handler);
      }),
    };
    return { ipcMain: ipcMain as unknown as IpcMain, handle: ipcMain.handle, handlers };
  }

  function fakeRegistry() {
    const invoke = vi.fn<Registry['invoke']>(async () => ({ ok: true, value: { answered: true } }) as unknown as Awaited<ReturnType<Registry['invoke']>>);
    return { registry: { invoke } satisfies Registry, invoke };
  }

  const frame = (url: string) => ({ url }) as unknown as WebFrameMain;
  const eventFrom = (senderFrame: WebFrameMain | null) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

  const appFrame = frame('app://vcio/index.html');
  const isTrusted = (candidate: WebFrameMain | null) => candidate === appFrame;

  function serve() {
    const ipc = fakeIpcMain();
    const reg = fakeRegistry();
    serveRegistryOverIpc(ipc.ipcMain, reg.registry, isTrusted);
    const handler = ipc.handlers.get(INVOKE_CHANNEL);
    if (!handler) throw new Error(`no handler registered on ${INVOKE_CHANNEL}`);
    return { ...ipc, ...reg, handler };
  }

  it('registers exactly one handler, on the invoke channel', () => {
    const { handle } = serve();
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0]?.[0]).toBe('vcio:invoke');
  });

  it("passes the app's own frame through to the registry, with channel and input unchanged", async () => {
    const { handler, invoke } = serve();
    const input = { name: 'Harbor Dental' };
    const result = await handler(eventFrom(appFrame), 'clients.create', input);
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('clients.create', input);
    expect(result).toEqual({ ok: true, value: { answered: true } });
  });

  it('refuses any other frame without calling the registry', async () => {
    const { handler, invoke } = serve();
    for (const sender of [frame('https://attacker.example/'), frame('app://vcio/index.html'), null]) {
      const result = (await handler(eventFrom(sender), 'clients.delete', { id: 'c1' })) as { ok: boolean; error?: { code: string; message: string } };
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe('UNKNOWN_CHANNEL');
      expect(result.error?.message).toMatch(/only accepted from the app/i);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('asks the trust check about the sender frame of each message', async () => {
    const ipc = fakeIpcMain();
    const reg = fakeRegistry();
    const trust = vi.fn((candidate: WebFrameMain | null) => candidate === appFrame);
    serveRegistryOverIpc(ipc.ipcMain, reg.registry, trust);
    const handler = ipc.handlers.get(INVOKE_CHANNEL);
    await handler?.(eventFrom(appFrame), 'app.status', {});
    await handler?.(eventFrom(null), 'app.status', {});
    expect(trust.mock.calls.map(([candidate]) => candidate)).toEqual([appFrame, null]);
    expect(reg.invoke).toHaveBeenCalledTimes(1);
  });
});
