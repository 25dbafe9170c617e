import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlatformPort } from '../../src-main/platform/port';
import { realFileSystem, writeExportFile, type FileSystem } from '../../src-main/store/durable-file';

export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');

/** What the test platform did, for tests to check. */
export interface PlatformRecord {
  saved: string[];
  shownFolders: string[];
  /** Saved files the consultant asked to open or to show in their folder. */
  openedFiles: string[];
  shownFiles: string[];
  openedLinks: string[];
  rememberedDataDirs: string[];
  /** The folder the next "choose folder" dialog answers with; null answers as a cancel. */
  nextChosenFolder: string | null;
}

/**
 * The desktop port for tests and the harness: saves go to a folder, dialogs answer from a queue.
 * `fs` is what saves write through (a test may pass one that fails or counts).
 */
export function folderPlatform(exportsDir: string, fs: FileSystem = realFileSystem): { platform: PlatformPort; record: PlatformRecord } {
  const record: PlatformRecord = { saved: [], shownFolders: [], openedFiles: [], shownFiles: [], openedLinks: [], rememberedDataDirs: [], nextChosenFolder: null };
  const resourcesDir = path.join(REPOSITORY_ROOT, 'resources');
  const platform: PlatformPort = {
    resourcesDir,
    async saveFile({ suggestedName, bytes }) {
      const target = path.join(exportsDir, path.basename(suggestedName));
      await fs.mkdir(exportsDir, { recursive: true });
      await writeExportFile(target, bytes, fs);
      record.saved.push(target);
      return target;
    },
    async chooseFolder() {
      const folder = record.nextChosenFolder;
      record.nextChosenFolder = null;
      return folder;
    },
    async showFolder(folder) {
      record.shownFolders.push(folder);
      return true;
    },
    async openFile(file) {
      record.openedFiles.push(file);
      return true;
    },
    async showFileInFolder(file) {
      record.shownFiles.push(file);
      return true;
    },
    async openExternal(url) {
      record.openedLinks.push(url);
      return true;
    },
    async rememberDataDir(folder) {
      record.rememberedDataDirs.push(folder);
    },
    readResource: async (name) => new Uint8Array(await readFile(path.join(resourcesDir, path.basename(name)))),
  };
  return { platform, record };
}
