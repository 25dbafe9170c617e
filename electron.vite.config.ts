import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import path from 'node:path';
import type { Plugin } from 'vite';
import { STYLE_NONCE_PLACEHOLDER } from './src-main/platform/app-protocol';
import { contentSecurityPolicy } from './src-main/platform/window-policy';

const here = import.meta.dirname;

/**
 * The built page carries the same policy the main process sends as a header, as a meta tag (which
 * cannot express frame-ancestors, so that directive is left to the header). Its style nonce is the
 * placeholder the app:// handler (and the test harness) replaces with the nonce of the launch.
 */
function policyMetaTag(): Plugin {
  const policy = contentSecurityPolicy(STYLE_NONCE_PLACEHOLDER)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'vcio-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: path.resolve(here, 'src-main/index.ts'),
          // Imports and exports run on a worker thread of their own (src-main/export/worker-pool.ts).
          'export-worker': path.resolve(here, 'src-main/export/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { preload: path.resolve(here, 'src-main/preload.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path.resolve(here, 'src-renderer'),
    base: './',
    plugins: [react(), policyMetaTag()],
    // Vite writes <meta property="csp-nonce" nonce="..."> and puts the nonce on the tags it writes;
    // the renderer hands it to Mantine (getStyleNonce).
    html: { cspNonce: STYLE_NONCE_PLACEHOLDER },
    build: {
      outDir: path.resolve(here, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: path.resolve(here, 'src-renderer/index.html') } },
    },
  },
});
