import type { WebPreferences } from 'electron';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serveRegistryOverIpc } from '../../src-main/api/ipc';
import { secureWebPreferences } from '../../src-main/platform/window-policy';
import { serveWithUncheckedDebugChannel } from '../fixtures/security/unchecked-ipc';
import { fuseProblems, ipcProblems, preloadProblems, type PreloadSurface, webPreferencesProblems } from '../security/gate';

/**
 * The security gate beside Electronegativity (test/unit/electronegativity.test.ts), for what a
 * static scan cannot see: the window's preferences as built, the builder's fuses, the surface the
 * preload really exposes when it runs, and the sender check on every IPC listener. Each check runs
 * on the app (no problems) and on a deliberately bad copy from test/fixtures/security (problems),
 * so a gate that stopped looking would fail here too.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/security');

/** Runs a preload module against a recording stand-in for electron's contextBridge and ipcRenderer. */
async function runPreload(modulePath: string): Promise<PreloadSurface> {
  const surface: PreloadSurface = { exposures: [], ipcRenderer: {}, invoked: [], listening: [], removed: [] };
  surface.ipcRenderer = {
    invoke: (...args: unknown[]) => {
      surface.invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string) => surface.listening.push(channel),
    removeListener: (channel: string) => surface.removed.push(channel),
    send: () => undefined,
    sendSync: () => undefined,
  };
  vi.resetModules();
  vi.doMock('electron', () => ({
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => surface.exposures.push({ key, api }) },
    ipcRenderer: surface.ipcRenderer,
  }));
  try {
    await import(modulePath);
  } finally {
    vi.doUnmock('electron');
  }
  return surface;
}

describe('gate: the window preferences', () => {
  it('passes the app’s own, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(webPreferencesProblems(secureWebPreferences('/app/out/preload/preload.cjs', platform), platform), platform).toEqual([]);
    }
  });

  it('trips on the bad copy (Node in the page, no isolation, no sandbox, spell checking that downloads)', async () => {
    const weak = JSON.parse(await readFile(path.join(FIXTURES, 'weak-window-options.json'), 'utf8')) as WebPreferences;
    const problems = webPreferencesProblems(weak, 'linux');
    expect(problems).toEqual(
      expect.arrayContaining([
        'contextIsolation is false, must be true',
        'sandbox is false, must be true',
        'nodeIntegration is true, must be false',
        'spellcheck must be off on linux (it downloads dictionaries)',
      ]),
    );
  });

  it('trips on each weakened preference alone', () => {
    const good = secureWebPreferences('/app/out/preload/preload.cjs', 'linux');
    for (const [key, value] of Object.entries({ webSecurity: false, webviewTag: true, allowRunningInsecureContent: true, nodeIntegrationInSubFrames: true, experimentalFeatures: true })) {
      expect(webPreferencesProblems({ ...good, [key]: value }, 'linux'), key).toHaveLength(1);
    }
    expect(webPreferencesProblems({ ...good, enableBlinkFeatures: 'CSSPseudoHas' }, 'linux')).toEqual(['enableBlinkFeatures must not be set']);
    expect(webPreferencesProblems({ ...good, preload: '/tmp/other.js' }, 'linux')).toHaveLength(1);
  });
});

describe('gate: the fuses in the builder configuration', () => {
  it('passes the fuses of package.json', async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { build: { electronFuses?: Record<string, unknown> } };
    expect(fuseProblems(manifest.build.electronFuses)).toEqual([]);
  });

  it('trips on a copy with a fuse turned the wrong way, an unknown fuse, or none at all', async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { build: { electronFuses: Record<string, unknown> } };
    const fuses = manifest.build.electronFuses;
    expect(fuseProblems({ ...fuses, runAsNode: true })).toEqual(['fuse runAsNode is true, must be false']);
    expect(fuseProblems({ ...fuses, grantFileProtocolExtraPrivileges: true })).toEqual(['fuse grantFileProtocolExtraPrivileges is true, must be false']);
    const { onlyLoadAppFromAsar: _left, ...missing } = fuses;
    expect(fuseProblems(missing)).toEqual(['fuse onlyLoadAppFromAsar is undefined, must be true']);
    expect(fuseProblems({ ...fuses, someFutureFuse: true })).toHaveLength(1);
    expect(fuseProblems(undefined)).toHaveLength(1);
  });
});

describe('gate: what the preload exposes', () => {
  it('passes the real preload: window.vcio with invoke and on, for the contract’s names only', async () => {
    const surface = await runPreload(path.join(ROOT, 'src-main/preload.ts'));
    expect(surface.exposures.map((exposure) => exposure.key)).toEqual(['vcio']);
    expect(await preloadProblems(surface)).toEqual([]);
  });

  it('trips on a preload that also hands the page ipcRenderer', async () => {
    const problems = await preloadProblems(await runPreload(path.join(FIXTURES, 'leaky-preload.ts')));
    expect(problems).toEqual(expect.arrayContaining(['"vcio" hands ipcRenderer (or one of its functions) to the page', 'window.vcio has ["invoke","ipc","on"], must have only invoke and on']));
  });

  it('trips on a preload that passes any channel and event through', async () => {
    const problems = await preloadProblems(await runPreload(path.join(FIXTURES, 'unchecked-preload.ts')));
    expect(problems).toEqual(expect.arrayContaining(['invoke passed "store.readFile", not a contract channel, to the main side', 'on accepted "vcio:invoke", not a contract event']));
  });
});

describe('gate: the sender check on every IPC listener', () => {
  it('passes api/ipc.ts: no listener lets a stranger frame reach the registry, whatever the channel', async () => {
    expect(await ipcProblems(serveRegistryOverIpc)).toEqual([]);
  });

  it('trips on a transport with one listener that forgets the check', async () => {
    const problems = await ipcProblems(serveWithUncheckedDebugChannel);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith("ipcMain.handle('vcio:debug')"))).toBe(true);
  });

  it('has no IPC listener anywhere in src-main but api/ipc.ts, and index.ts hands it the sender check', async () => {
    const entries = await readdir(path.join(ROOT, 'src-main'), { recursive: true, withFileTypes: true });
    const listeners: string[] = [];
    for (const entry of entries.filter((candidate) => candidate.isFile() && candidate.name.endsWith('.ts'))) {
      const file = path.join(entry.parentPath, entry.name);
      const source = await readFile(file, 'utf8');
      if (/\bipcMain\s*\.\s*(handle|handleOnce|on|once|addListener|prependListener|prependOnceListener)\s*\(/.test(source)) listeners.push(path.relative(ROOT, file));
    }
    expect(listeners).toEqual(['src-main/api/ipc.ts']);
    const index = await readFile(path.join(ROOT, 'src-main/index.ts'), 'utf8');
    expect(index).toMatch(/serveRegistryOverIpc\(ipcMain, practice\.registry, isTrustedFrame\)/);
    expect(index).toMatch(/return isTrustedSender\(frame, mainWindow\?\.webContents\.mainFrame \?\? null, entry\.url\);/);
  });
});
