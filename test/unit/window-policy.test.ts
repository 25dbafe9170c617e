import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, serveRegistryOverIpc } from '../../src-main/api/ipc';
import type { Registry } from '../../src-main/api/registry';
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from '../../src-main/platform/window-policy';

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
    for (const key of ['contextIsolation', 'sandbox', 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webSecurity', 'allowRunningInsecureContent', 'webviewTag']) {
      expect(preferences, key).toHaveProperty(key);
    }
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
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
});

describe('isAppUrl', () => {
  const packaged = 'file:///opt/vCIO%20Desk/resources/app.asar/out/renderer/index.html';
  const dev = 'http://localhost:5173/';

  it('accepts the packaged page itself, also with a route in the hash or a query', () => {
    expect(isAppUrl(packaged, packaged)).toBe(true);
    expect(isAppUrl(`${packaged}#/clients/42`, packaged)).toBe(true);
    expect(isAppUrl(`${packaged}?tab=budget`, packaged)).toBe(true);
  });

  it('accepts the same page written with localhost as the file host', () => {
    expect(isAppUrl('file://localhost/opt/vCIO%20Desk/resources/app.asar/out/renderer/index.html', packaged)).toBe(true);
  });

  it('refuses other files, also next to the page or above it', () => {
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/vCIO%20Desk/resources/app.asar/out/renderer/other.html', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/vCIO%20Desk/resources/app.asar/out/renderer/', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/vCIO%20Desk/resources/app.asar/out/renderer/index.html/../../../../../etc/passwd', packaged)).toBe(false);
  });

  it('refuses the same path on another file host (a UNC share on Windows)', () => {
    expect(isAppUrl('file://attacker.example/opt/vCIO%20Desk/resources/app.asar/out/renderer/index.html', packaged)).toBe(false);
    const windows = 'file:///C:/Program%20Files/vCIO%20Desk/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(windows, windows)).toBe(true);
    expect(isAppUrl('file://attacker/C:/Program%20Files/vCIO%20Desk/resources/app.asar/out/renderer/index.html', windows)).toBe(false);
  });

  it('refuses the web, whatever the path, when the app is a file', () => {
    expect(isAppUrl('https://example.com/opt/vCIO%20Desk/resources/app.asar/out/renderer/index.html', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
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

  it('refuses everything when the entry URL itself is broken', () => {
    expect(isAppUrl(packaged, 'not a url')).toBe(false);
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

  const appFrame = frame('file:///app/out/renderer/index.html');
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
    for (const sender of [frame('https://attacker.example/'), frame('file:///app/out/renderer/index.html'), null]) {
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
