import { randomBytes } from 'node:crypto';
import { APP_ENTRY_URL, STYLE_NONCE_PLACEHOLDER } from './app-protocol';

export interface RendererEntry {
  /** The page the window loads. */
  url: string;
  /** Whether that page comes from electron-vite's dev server rather than app://. */
  fromDevServer: boolean;
  /** The nonce `<style>` elements must carry under this launch's content security policy. */
  styleNonce: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the window's page comes from. electron-vite's dev server (ELECTRON_RENDERER_URL) is
 * honoured only in an unpackaged app and only on this machine: whoever can set an environment
 * variable for the consultant's session must not be able to point the real app, with every
 * channel of the registry, at a page of their own.
 *
 * The dev server writes the build's nonce placeholder into its page as it is, so in development
 * the placeholder is the nonce; app:// pages get a fresh random one each launch.
 */
export function rendererEntry(options: { isPackaged: boolean; devServerUrl: string | undefined; randomNonce?: () => string }): RendererEntry {
  const devServer = options.isPackaged ? null : loopbackHttpUrl(options.devServerUrl);
  if (devServer) return { url: devServer, fromDevServer: true, styleNonce: STYLE_NONCE_PLACEHOLDER };
  return { url: APP_ENTRY_URL, fromDevServer: false, styleNonce: (options.randomNonce ?? launchNonce)() };
}

function loopbackHttpUrl(candidate: string | undefined): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username !== '' || url.password !== '' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
    return url.href;
  } catch {
    return null;
  }
}

function launchNonce(): string {
  return randomBytes(18).toString('base64url');
}
