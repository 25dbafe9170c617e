import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME } from '../../src-main/platform/app-protocol';

/**
 * The electron-builder configuration of `npm run dist` (package.json "build"), checked without
 * running electron-builder (it needs the Electron binary, which cannot be downloaded here): the
 * security fuses, the targets, the resources the app reads when packaged, the icon, and which
 * libraries ship (dependencies) and which are bundled into the renderer (devDependencies).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Manifest {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  build: Configuration;
}

const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const build = manifest.build;

/** Bare package names imported for their values (type-only imports need nothing at run time). */
async function runtimeImports(dir: string): Promise<Set<string>> {
  const names = new Set<string>();
  const entries = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) continue;
    const source = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gm)) {
      const [, , typeOnly, clause = '', specifier = ''] = match;
      if (typeOnly || specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const braces = /^\{([^}]*)\}$/.exec(clause.trim());
      if (braces && (braces[1] ?? '').split(',').every((part) => part.trim() === '' || part.trim().startsWith('type '))) continue;
      names.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier));
    }
  }
  return names;
}

describe('electron-builder configuration', () => {
  it('is valid for electron-builder itself (its own schema check)', async () => {
    const requireHere = createRequire(import.meta.url);
    // app-builder-lib is electron-builder's engine (pinned by it); this is what `electron-builder` runs first.
    const config = requireHere('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, configFromOptions: Configuration | null): Promise<Configuration>;
      validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
    };
    const { DebugLogger } = requireHere('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const loaded = await config.getConfig(ROOT, null, null);
    expect(loaded.appId).toBe(build.appId);
    await expect(config.validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and writes installers to dist/', () => {
    expect(build.appId).toBe('com.vciodesk.app');
    expect(build.productName).toBe('vCIO Desk');
    expect(build.directories?.output).toBe('dist');
  });

  it('packs the built app, and only it, into an asar archive', () => {
    expect(build.asar).toBe(true);
    expect(build.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(manifest.main).toBe('out/main/index.js');
  });

  it('builds an AppImage, an NSIS installer and a dmg', () => {
    expect(build.linux?.target).toEqual(['AppImage']);
    expect(build.win?.target).toEqual(['nsis']);
    expect(build.mac?.target).toEqual(['dmg']);
    expect(build.mac?.category).toBe('public.app-category.business');
  });

  it('uses resources/icon.png, a 512x512 PNG, on every platform', async () => {
    expect(build.linux?.icon).toBe('resources/icon.png');
    expect(build.win?.icon).toBe('resources/icon.png');
    expect(build.mac?.icon).toBe('resources/icon.png');
    const png = await readFile(path.join(ROOT, 'resources/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('copies resources/ to <resources>/resources, where the packaged app reads them', async () => {
    expect(build.extraResources).toEqual([{ from: 'resources', to: 'resources', filter: ['**/*', '!screenshots/**'] }]);
    const platform = await readFile(path.join(ROOT, 'src-main/platform/electron-platform.ts'), 'utf8');
    expect(platform).toContain("path.join(process.resourcesPath, 'resources')");
    // what the handlers read from there: the PDF fonts and the sample practice
    expect(existsSync(path.join(ROOT, 'resources/sample-practice.json'))).toBe(true);
    expect((await readdir(path.join(ROOT, 'resources/fonts'))).filter((name) => name.endsWith('.ttf')).length).toBeGreaterThan(0);
  });
});

describe('Electron fuses of the packaged app', () => {
  const fuses: NonNullable<Configuration['electronFuses']> = build.electronFuses ?? {};

  it('turns off running as Node, NODE_OPTIONS and --inspect', () => {
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('loads the app only from its asar archive, and checks the archive', () => {
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('encrypts cookies and keeps the shared V8 snapshot', () => {
    expect(fuses.enableCookieEncryption).toBe(true);
    expect(fuses.loadBrowserProcessSpecificV8Snapshot).toBe(false);
  });

  it('gives file:// no extra privileges, and the renderer comes from the app:// handler instead', async () => {
    // With this fuse off, Electron no longer reads file:// URLs inside app.asar and file:// pages
    // cannot load module scripts: a page served from file:// would stay blank. So the fuse goes
    // with serving the renderer from the privileged app:// scheme (registered before ready).
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    const index = await readFile(path.join(ROOT, 'src-main/index.ts'), 'utf8');
    expect(index).not.toMatch(/pathToFileURL\(|`file:\/\/\$\{|\.loadFile\(|'file:\/\//);
    const registered = index.indexOf('protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])');
    expect(registered, 'the scheme is registered as privileged').toBeGreaterThan(-1);
    expect(registered, 'before the app is ready').toBeLessThan(index.indexOf('app.whenReady()'));
    expect(index).toMatch(/protocol\.handle\(\s*APP_SCHEME,\s*appProtocolHandler\(\{ rootDir: path\.join\(import\.meta\.dirname, '\.\.\/renderer'\)/);
    expect(APP_ENTRY_URL).toBe(`${APP_SCHEME}://vcio/index.html`);
    // the folder it serves is the one electron-builder packs
    expect(build.files).toContain('out/renderer/**');
  });

  it('sets exactly these fuses', () => {
    expect(Object.keys(fuses).sort()).toEqual(
      [
        'enableCookieEncryption',
        'enableEmbeddedAsarIntegrityValidation',
        'enableNodeCliInspectArguments',
        'enableNodeOptionsEnvironmentVariable',
        'grantFileProtocolExtraPrivileges',
        'loadBrowserProcessSpecificV8Snapshot',
        'onlyLoadAppFromAsar',
        'runAsNode',
      ].sort(),
    );
  });
});

describe('dependencies: what ships and what is bundled', () => {
  it('ships the libraries the main process loads at run time', () => {
    for (const name of ['exceljs', 'lowdb', 'pdfmake', 'zod']) {
      expect(manifest.dependencies, name).toHaveProperty(name);
      expect(manifest.devDependencies, name).not.toHaveProperty(name);
    }
  });

  it('ships every package src-main imports for its values (electron itself excepted)', async () => {
    const imported = [...(await runtimeImports('src-main'))].filter((name) => name !== 'electron').sort();
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => !(name in manifest.dependencies))).toEqual([]);
  });

  it('keeps the renderer-only libraries in devDependencies (they are bundled into out/renderer)', async () => {
    const mainSide = await runtimeImports('src-main');
    const rendererOnly = [...(await runtimeImports('src-renderer'))].filter((name) => !mainSide.has(name));
    expect(rendererOnly).toEqual(expect.arrayContaining(['react', 'react-dom', '@mantine/core']));
    for (const name of [...rendererOnly, 'recharts']) {
      expect(manifest.devDependencies, name).toHaveProperty(name);
      expect(manifest.dependencies, name).not.toHaveProperty(name);
    }
  });

  it('keeps electron and the build tools out of the shipped dependencies', () => {
    for (const name of ['electron', 'electron-builder', 'electron-vite', 'vite', 'typescript', '@doyensec/electronegativity']) {
      expect(manifest.dependencies, name).not.toHaveProperty(name);
      expect(manifest.devDependencies, name).toHaveProperty(name);
    }
  });
});
