import { app, dialog, shell, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSafeExternalUrl } from '../domain/links';
import { writeExportFile } from '../store/durable-file';
import { rememberDataDir } from './data-location';
import type { PlatformPort } from './port';

export function resourcesDirectory(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');
}

/** The desktop side of the handlers' needs: native dialogs, the file manager, the browser. */
export function electronPlatform(currentWindow: () => BrowserWindow | null): PlatformPort {
  const resourcesDir = resourcesDirectory();
  return {
    resourcesDir,
    async saveFile({ suggestedName, filters, bytes }) {
      const window = currentWindow();
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeExportFile(choice.filePath, bytes);
      return choice.filePath;
    },
    async chooseFolder({ title, defaultPath }) {
      const window = currentWindow();
      const options = { title, defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    async showFolder(folder) {
      return (await shell.openPath(folder)) === '';
    },
    async openFile(file) {
      return (await shell.openPath(file)) === '';
    },
    async showFileInFolder(file) {
      shell.showItemInFolder(file);
      return true;
    },
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) return false;
      await shell.openExternal(url);
      return true;
    },
    rememberDataDir: (folder) => rememberDataDir(app.getPath('userData'), folder),
    readResource: async (name) => new Uint8Array(await readFile(path.join(resourcesDir, path.basename(name)))),
  };
}
