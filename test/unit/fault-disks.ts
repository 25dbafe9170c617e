import { execFileSync, spawn } from 'node:child_process';
import { build } from 'esbuild';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { TEMP_SUFFIX, type FileSystem } from '../../src-main/store/durable-file';

/**
 * What the fault tests share: a clock, the temp files a cut-off write leaves, a small tmpfs mounted
 * for real when this process may mount one, and file systems that fail the way a full or read-only
 * disk does when it may not.
 */

export { FAULT_CLOCK } from './fault-clock';
const REPOSITORY = path.resolve(import.meta.dirname, '..', '..');
const EXPORT_WORKER = path.join(REPOSITORY, 'src-main', 'export', 'worker.ts');

/** Every file under `folder` named like the temp files durable-file.ts writes (`*.tmp`). */
export async function tempFilesIn(folder: string): Promise<string[]> {
  const entries = await nodeFs.readdir(folder, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((name) => name.endsWith(TEMP_SUFFIX)).sort();
}

export interface ChildRun {
  signal: NodeJS.Signals | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

export type KillChildName = 'migration-kill-child' | 'export-kill-child';

export interface KillChild {
  run(args: string[]): Promise<ChildRun>;
  remove(): Promise<void>;
}

/**
 * Bundles a kill child (with the export worker beside it, as the built app has it), so that each of
 * its many short runs starts in a fraction of the time tsx needs to load the sources. Packages stay
 * outside the bundle and load from node_modules, which is why the bundle is written under it.
 */
export async function buildKillChild(name: KillChildName): Promise<KillChild> {
  const cache = path.join(REPOSITORY, 'node_modules', '.cache');
  await nodeFs.mkdir(cache, { recursive: true });
  const outdir = await nodeFs.mkdtemp(path.join(cache, 'vcio-fault-child-'));
  await build({
    entryPoints: { [name]: path.join(import.meta.dirname, `${name}.ts`), 'export-worker': EXPORT_WORKER },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir,
    logLevel: 'warning',
  });
  await nodeFs.writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n');
  const script = path.join(outdir, `${name}.js`);
  return { run: (args) => runChild(script, args), remove: () => nodeFs.rm(outdir, { recursive: true, force: true }) };
}

function runChild(script: string, args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: REPOSITORY, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ signal, code, stdout, stderr }));
  });
}

/**
 * Runs `check` for kill points 1..count, two at a time (each point has its own folders), and answers
 * the results in order of the points.
 */
export async function forEachKillPoint<T>(count: number, check: (killAt: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 1;
  const lane = async (): Promise<void> => {
    while (next <= count) {
      const killAt = next;
      next += 1;
      results[killAt - 1] = await check(killAt);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

export function stepsOf(run: ChildRun): number {
  return Number(/^steps (\d+)$/m.exec(run.stdout)?.[1]);
}

/** True when this process may mount a tmpfs (root with the capability, as in the CI container); tried once. */
export async function canMountTmpfs(probeParent: string): Promise<boolean> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = await nodeFs.mkdtemp(path.join(probeParent, 'mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    await nodeFs.rmdir(probe).catch(() => undefined);
  }
}

export function mountTmpfs(folder: string, sizeBytes: number): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', folder], { stdio: 'pipe' });
}

export function remount(folder: string, access: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${access}`, folder], { stdio: 'pipe' });
}

/** Unmounts if mounted; never throws, so that it can run in every `finally`. */
export function unmount(folder: string): void {
  try {
    execFileSync('umount', [folder], { stdio: 'pipe' });
  } catch {
    // Not mounted (the test failed before mounting it).
  }
}

/** Free bytes on the file system holding `folder`. */
export async function freeBytes(folder: string): Promise<number> {
  const stats = await nodeFs.statfs(folder);
  return stats.bavail * stats.bsize;
}

/** Fills the file system holding `folder` until a write fails with ENOSPC; returns the filler file. */
export async function fillDisk(folder: string): Promise<string> {
  const filler = path.join(folder, 'filler.bin');
  const handle = await nodeFs.open(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
  return filler;
}

export function errnoError(code: 'ENOSPC' | 'EROFS' | 'EACCES', syscall: string, file: string): NodeJS.ErrnoException {
  const numbers = { ENOSPC: -28, EROFS: -30, EACCES: -13 };
  const words = { ENOSPC: 'no space left on device', EROFS: 'read-only file system', EACCES: 'permission denied' };
  return Object.assign(new Error(`${code}: ${words[code]}, ${syscall} '${file}'`), { code, errno: numbers[code], syscall, path: file });
}

/**
 * A disk of `budget` bytes for what is written through it: a write past the budget writes what fits,
 * then fails with ENOSPC, as a full disk does. Deleting a file written through it gives its bytes back.
 */
export function budgetFileSystem(budget: number): { fs: FileSystem; setBudget(bytes: number): void } {
  let left = budget;
  const sizes = new Map<string, number>();
  const handleFor = (handle: nodeFs.FileHandle, file: string): nodeFs.FileHandle => {
    const writeFile = async (content: string | Uint8Array) => {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      const fits = Math.max(0, Math.min(left, bytes.length));
      await handle.write(bytes, 0, fits);
      left -= fits;
      sizes.set(file, (sizes.get(file) ?? 0) + fits);
      if (fits < bytes.length) throw errnoError('ENOSPC', 'write', file);
    };
    return new Proxy(handle, {
      get(target, key, receiver) {
        if (key === 'writeFile') return writeFile;
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  const fs: FileSystem = {
    ...nodeFs,
    open: (async (...args: Parameters<typeof nodeFs.open>) => handleFor(await nodeFs.open(...args), String(args[0]))) as FileSystem['open'],
    rename: async (from, to) => {
      await nodeFs.rename(from, to);
      left += sizes.get(String(to)) ?? 0;
      sizes.set(String(to), sizes.get(String(from)) ?? 0);
      sizes.delete(String(from));
    },
    unlink: async (file) => {
      await nodeFs.unlink(file);
      left += sizes.get(String(file)) ?? 0;
      sizes.delete(String(file));
    },
  };
  return { fs, setBudget: (bytes) => (left = bytes) };
}

/** A folder that refuses every write with `code`, as a read-only disk or a folder without permission does. */
export function refusingFileSystem(code: 'EROFS' | 'EACCES'): { fs: FileSystem; refuse(on: boolean): void } {
  let refusing = false;
  const guard = <F extends (...args: never[]) => Promise<unknown>>(syscall: string, operation: F): F =>
    ((...args: Parameters<F>) => (refusing ? Promise.reject(errnoError(code, syscall, String(args[0]))) : operation(...args))) as F;
  const fs: FileSystem = {
    ...nodeFs,
    open: ((file: Parameters<typeof nodeFs.open>[0], flags?: Parameters<typeof nodeFs.open>[1], mode?: Parameters<typeof nodeFs.open>[2]) =>
      refusing && typeof flags === 'string' && /[wa+]/.test(flags) ? Promise.reject(errnoError(code, 'open', String(file))) : nodeFs.open(file, flags, mode)) as FileSystem['open'],
    rename: guard('rename', nodeFs.rename),
    unlink: guard('unlink', nodeFs.unlink),
    rm: guard('rm', nodeFs.rm),
  };
  return { fs, refuse: (on) => (refusing = on) };
}
