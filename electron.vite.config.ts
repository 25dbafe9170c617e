import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import path from 'node:path';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: path.resolve(here, 'src-main/index.ts') } },
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
    plugins: [react()],
    build: {
      outDir: path.resolve(here, 'out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: path.resolve(here, 'src-renderer/index.html') } },
    },
  },
});
