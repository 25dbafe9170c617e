/** What the handlers need from the desktop. The app implements it with Electron; tests with folders. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PlatformPort {
  /** Asks where to save (a dialog in the app) and writes atomically; null when the consultant cancels. */
  saveFile(request: { suggestedName: string; filters: FileFilter[]; bytes: Uint8Array }): Promise<string | null>;
  /** Asks for a folder (a dialog in the app); null when the consultant cancels. */
  chooseFolder(request: { title: string; defaultPath: string }): Promise<string | null>;
  /** Shows a folder in the system's file manager. */
  showFolder(folder: string): Promise<boolean>;
  /** Opens a file the app saved, with the system's application for its kind. */
  openFile(file: string): Promise<boolean>;
  /** Shows a file the app saved, selected in the system's file manager. */
  showFileInFolder(file: string): Promise<boolean>;
  /** Opens an already validated https or mailto link in the system browser or mail client. */
  openExternal(url: string): Promise<boolean>;
  /** Remembers the data folder for the next start. */
  rememberDataDir(folder: string): Promise<void>;
  /** A bundled file from resources/ (fonts, the sample practice). */
  readResource(name: string): Promise<Uint8Array>;
  /** The folder holding the bundled files, for libraries that load fonts by path. */
  resourcesDir: string;
}
