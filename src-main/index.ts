import { app, BrowserWindow, ipcMain, protocol, session, shell, type WebFrameMain } from 'electron';
import path from 'node:path';
import { pushEvent, serveRegistryOverIpc } from './api/ipc';
import { openPractice, type OpenPractice } from './api/open-practice';
import { isSafeExternalUrl } from './domain/links';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './platform/app-protocol';
import { resolveDataDir } from './platform/data-location';
import { electronPlatform } from './platform/electron-platform';
import { installApplicationMenu } from './platform/menu';
import { rendererEntry } from './platform/renderer-entry';
import { contentSecurityPolicy, isAppUrl, isTrustedSender, secureWebPreferences, spellCheckWithoutDownloads } from './platform/window-policy';

/** App lifecycle and the window; everything else lives behind the registry. */

let mainWindow: BrowserWindow | null = null;
let practice: OpenPractice | null = null;

const entry = rendererEntry({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });

// Privileges of a scheme can only be given before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

function send(channel: string, payload: unknown): void {
  mainWindow?.webContents.send(channel, payload);
}

function isTrustedFrame(frame: WebFrameMain | null): boolean {
  return isTrustedSender(frame, mainWindow?.webContents.mainFrame ?? null, entry.url);
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
  void mainWindow.loadURL(entry.url);
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(entry.styleNonce)] } });
  });
  // The dictionary downloader is the session's: off wherever spelling would need it.
  if (!spellCheckWithoutDownloads(process.platform)) session.defaultSession.setSpellCheckerEnabled(false);
  protocol.handle(
    APP_SCHEME,
    appProtocolHandler({ rootDir: path.join(import.meta.dirname, '../renderer'), styleNonce: entry.styleNonce, contentSecurityPolicy: contentSecurityPolicy(entry.styleNonce) }),
  );
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entry.url)) event.preventDefault();
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
