import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Tests that need the real Electron binary: the running app's window preferences and its
 * single-instance lock. The binary is found WITHOUT require('electron') (which would try to
 * download it): node_modules/electron/dist holds it and path.txt names the executable in it.
 * Where it is missing (the build machines cannot download it) the tests are reported as skipped,
 * with a line saying why.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules/electron');
const DIST = path.join(ELECTRON_DIR, 'dist');
const PATH_TXT = path.join(ELECTRON_DIR, 'path.txt');
const MAIN = path.join(ROOT, 'out/main/index.js');

const missing = !existsSync(DIST) ? 'node_modules/electron/dist' : !existsSync(PATH_TXT) ? 'node_modules/electron/path.txt' : null;
const hasElectron = missing === null;
if (!hasElectron) console.log(`skipped: no Electron binary (${missing} is missing)`);

const executablePath = hasElectron ? path.join(DIST, readFileSync(PATH_TXT, 'utf8').trim()) : '';

/** Chromium refuses to run as root with its sandbox on; CI containers often are root. */
const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

interface Instance {
  userDataDir: string;
  dataDir: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

async function newInstance(): Promise<Instance> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-electron-user-data-'));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-electron-practice-'));
  return {
    userDataDir,
    dataDir,
    // --user-data-dir keeps the single-instance lock (and everything else) away from a real install
    args: [MAIN, `--user-data-dir=${userDataDir}`, ...rootOnly],
    env: { ...process.env, VCIO_DATA_DIR: dataDir },
  };
}

async function launch(instance: Instance): Promise<{ app: ElectronApplication; page: Page }> {
  if (!existsSync(MAIN)) throw new Error(`${path.relative(ROOT, MAIN)} is missing: run \`npm run build\` first`);
  const app = await _electron.launch({ executablePath, args: instance.args, env: instance.env as Record<string, string>, cwd: ROOT, timeout: 60_000 });
  const page = await app.firstWindow({ timeout: 60_000 });
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

describe.skipIf(!hasElectron)('the running app (needs the Electron binary)', () => {
  let instance: Instance;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    instance = await newInstance();
    ({ app, page } = await launch(instance));
  }, 90_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    if (instance) {
      await rm(instance.userDataDir, { recursive: true, force: true });
      await rm(instance.dataDir, { recursive: true, force: true });
    }
  });

  it('opens one window with the hardened web preferences', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      // getLastWebPreferences() is in Electron but not in its type declarations
      const contents = windows[0]?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> } | undefined;
      return { count: windows.length, preferences: contents?.getLastWebPreferences() ?? null };
    });
    expect(preferences.count).toBe(1);
    expect(preferences.preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(preferences.preferences?.preload ?? '')).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it("shows the page from app://vcio/, with this launch's style nonce, and downloads no spelling dictionaries", async () => {
    expect(page.url()).toMatch(/^app:\/\/vcio\/index\.html/);
    const nonce = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '');
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(nonce).not.toBe('vcio-style-nonce-placeholder');
    const spelling = await app.evaluate(({ session }) => session.defaultSession.isSpellCheckerEnabled());
    expect(spelling).toBe(process.platform === 'darwin');
  });

  it('gives the page no Node.js, only the bridge', async () => {
    const surface = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { vcio?: object }).vcio ?? {}).sort(),
      webview: customElements.get('webview') === undefined,
    }));
    expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'on'], webview: true });
  });

  it('answers through the bridge: the app status comes from the main process', async () => {
    const status = await page.evaluate(() => (globalThis as unknown as { vcio: { invoke(channel: string, input: unknown): Promise<{ ok: boolean }> } }).vcio.invoke('app.status', {}));
    expect(status.ok).toBe(true);
  });

  it('stays on its page when the page tries to go elsewhere, and opens no new window', async () => {
    const before = page.url();
    await page.evaluate(() => {
      globalThis.open('file:///etc/hosts'); // not https or mailto: denied, and not handed to the OS
      globalThis.location.href = 'file:///etc/hosts';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('keeps a single instance: a second one quits, the first keeps running and is told', async () => {
    await app.evaluate(({ app: electronApp }) => {
      const scope = globalThis as { secondInstances?: number };
      scope.secondInstances = 0;
      electronApp.on('second-instance', () => {
        scope.secondInstances = (scope.secondInstances ?? 0) + 1;
      });
    });

    const second = spawn(executablePath, instance.args, { cwd: ROOT, env: instance.env, stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        second.kill();
        reject(new Error('the second instance did not quit within 30 s'));
      }, 30_000);
      second.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      second.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    expect(exitCode).toBe(0);

    await expect.poll(() => app.evaluate(() => (globalThis as { secondInstances?: number }).secondInstances ?? 0), { timeout: 10_000 }).toBe(1);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
  }, 60_000);
});
