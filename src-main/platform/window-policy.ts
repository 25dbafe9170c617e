import type { WebPreferences } from 'electron';

/** The renderer's sandbox: no Node, isolated context, web security on, only the preload's bridge. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/**
 * The content security policy of the renderer. Scripts only from the app itself; Mantine writes
 * style elements and style attributes, so styles (and only styles) may be inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Whether a navigation or IPC sender is the app's own page. */
export function isAppUrl(candidate: string, appEntryUrl: string): boolean {
  try {
    const url = new URL(candidate);
    const entry = new URL(appEntryUrl);
    // The host too: file://server/same/path is a UNC share on Windows, not the app's own file.
    if (entry.protocol === 'file:') return url.protocol === 'file:' && url.host === entry.host && url.pathname === entry.pathname;
    return url.origin === entry.origin;
  } catch {
    return false;
  }
}
