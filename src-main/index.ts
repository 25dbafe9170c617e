import { app, BrowserWindow, ipcMain, session, shell, type WebFrameMain } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pushEvent, serveRegistryOverIpc } from './api/ipc';
import { openPractice, type OpenPractice } from './api/open-practice';
import { isSafeExternalUrl } from './domain/links';
import { resolveDataDir } from './platform/data-location';
import { electronPlatform } from './platform/electron-platform';
import { installApplicationMenu } from './platform/menu';
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from './platform/window-policy';

/** App lifecycle and the window; everything else lives behind the registry. */

let mainWindow: BrowserWindow | null = null;
let practice: OpenPractice | null = null;

// A file URL built by Node is right on every platform (Windows drive letters and backslashes included).
const entryUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html')).href;

function send(channel: string, payload: unknown): void {
  mainWindow?.webContents.send(channel, payload);
}

function isTrustedFrame(frame: WebFrameMain | null): boolean {
  return frame !== null && mainWindow !== null && frame === mainWindow.webContents.mainFrame && isAppUrl(frame.url, entryUrl);
}

function createWindow(): void {
  mainWindow = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK: a middle-click can only ask setWindowOpenHandler (below) for a window, and it denies every one
    width: 1360,
    height: 880,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'vCIO Desk',
    webPreferences: secureWebPreferences(path.join(import.meta.dirname, '../preload/preload.cjs')), // eng-disable PRELOAD_JS_CHECK: reviewed, it exposes only vcio.invoke and vcio.on, for contract names
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(entryUrl);
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entryUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    hardenSessions();
    const dataDir = await resolveDataDir(process.env, app.getPath('userData'));
    practice = await openPractice({
      dataDir,
      platform: electronPlatform(() => mainWindow),
      onSaveState: (state) => pushEvent(send, 'data.saveState', state),
    });
    serveRegistryOverIpc(ipcMain, practice.registry, isTrustedFrame);
    installApplicationMenu((command) => pushEvent(send, 'menu.command', { command }), process.platform === 'darwin');
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void practice?.close();
});
