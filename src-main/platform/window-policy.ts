import type { WebPreferences } from 'electron';
import { APP_SCHEME } from './app-protocol';

/**
 * Spell checking downloads its dictionaries from the internet on Windows and Linux (Hunspell);
 * macOS checks with the system's own speller, offline. The app sends nothing out, so it checks
 * spelling on macOS only.
 */
export function spellCheckWithoutDownloads(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/** The renderer's sandbox: no Node, isolated context, web security on, only the preload's bridge. */
export function secureWebPreferences(preloadPath: string, platform: NodeJS.Platform = process.platform): WebPreferences {
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
    spellcheck: spellCheckWithoutDownloads(platform),
  };
}

/**
 * The content security policy of the renderer, with the style nonce of this launch.
 *
 * Scripts only from the app itself: no inline script, no eval. Styles from the app's stylesheet
 * and from `<style>` elements carrying the nonce: Mantine gives its own elements the nonce
 * (MantineProvider's getStyleNonce), and react-remove-scroll, which Mantine's modals use, reads
 * it from `__webpack_nonce__`. No 'unsafe-inline': Mantine's `style` props are applied by React
 * through the CSSOM (element.style), which the policy does not govern, so inline style
 * attributes are not needed; a `style` attribute in injected markup is refused.
 */
export function contentSecurityPolicy(styleNonce: string): string {
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(styleNonce)) throw new Error('A style nonce is at least 16 base64 characters');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Whether a navigation or IPC sender is the app's own page: any path of app://vcio/ (its handler
 * serves only the renderer's files), or in development the dev server's origin. Never file://.
 */
export function isAppUrl(candidate: string, appEntryUrl: string): boolean {
  try {
    const url = new URL(candidate);
    const entry = new URL(appEntryUrl);
    if (entry.protocol === `${APP_SCHEME}:`) {
      // Node gives custom schemes an opaque origin ("null"), so compare their parts.
      return url.protocol === entry.protocol && url.host.toLowerCase() === entry.host.toLowerCase() && url.username === '' && url.password === '';
    }
    if (entry.protocol === 'http:' || entry.protocol === 'https:') return url.origin === entry.origin;
    return false;
  } catch {
    return false;
  }
}

/** Whether an IPC message comes from the app's own page: the window's top frame, showing the app. */
export function isTrustedSender<Frame extends { url: string }>(sender: Frame | null, mainFrame: Frame | null, appEntryUrl: string): boolean {
  return sender !== null && mainFrame !== null && sender === mainFrame && isAppUrl(sender.url, appEntryUrl);
}
