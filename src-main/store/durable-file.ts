import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/**
 * Atomic, durable file replacement: write a uniquely named temp file in the same folder, fsync it,
 * rename it over the target, fsync the folder. A crash at any moment leaves either the old file or
 * the new one, never a mix. This file imports nothing of the project, so a test can run it alone.
 */

/** The part of node:fs/promises the store uses; tests pass a wrapper that fails on demand. */
export interface FileSystem {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
  readFile: typeof nodeFs.readFile;
  readdir: typeof nodeFs.readdir;
  mkdir: typeof nodeFs.mkdir;
  stat: typeof nodeFs.stat;
  rm: typeof nodeFs.rm;
}

export const realFileSystem: FileSystem = nodeFs;

export const TEMP_SUFFIX = '.tmp';

export function tempNameFor(target: string): string {
  return `${target}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

async function fsyncFolder(fs: FileSystem, folder: string): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a folder for fsync; the rename is already durable there.
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  } finally {
    await handle?.close();
  }
}

export async function writeFileDurably(target: string, content: string | Uint8Array, fs: FileSystem = realFileSystem): Promise<void> {
  const temp = tempNameFor(target);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o600);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(fs, path.dirname(target));
}

/**
 * Writes one file durably, one write at a time. A write asked for while another runs waits for it,
 * and every write asked for meanwhile is served by that one next write: `content` is read when the
 * write starts, so a burst of changes costs one serialisation and one write, not one each. Hence
 * `content` must give the latest state, never a value fixed when it was asked.
 */
export class SerialWriter {
  private running: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | null = null;

  constructor(
    private readonly target: string,
    private readonly fs: FileSystem = realFileSystem,
  ) {}

  write(content: () => string | Uint8Array): Promise<void> {
    if (this.waiting) return this.waiting;
    const next = this.running
      .catch(() => undefined)
      .then(() => {
        this.waiting = null;
        return writeFileDurably(this.target, content(), this.fs);
      });
    this.waiting = next;
    this.running = next;
    return next;
  }
}

/** The process that wrote a temp file, from its name (see tempNameFor); null for any other file. */
function writerOfTemp(name: string, baseName: string): number | null {
  if (!name.startsWith(`${baseName}.`) || !name.endsWith(TEMP_SUFFIX)) return null;
  const match = /^(\d+)-[0-9a-f]{12}$/.exec(name.slice(baseName.length + 1, -TEMP_SUFFIX.length));
  return match ? Number(match[1]) : null;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes a file in a folder the consultant chose (an export), atomically: a write cut off by a crash
 * leaves only a temp file, never a partial file under the final name. Temp files that an earlier
 * write of the same name left when its process was killed are removed first; those of a process
 * still running (this one included) may be under way and are left alone.
 */
export async function writeExportFile(target: string, content: string | Uint8Array, fs: FileSystem = realFileSystem): Promise<void> {
  const folder = path.dirname(target);
  const baseName = path.basename(target);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const orphans = names.filter((name) => {
    const writer = writerOfTemp(name, baseName);
    return writer !== null && !isRunning(writer);
  });
  await Promise.all(orphans.map((name) => fs.unlink(path.join(folder, name)).catch(() => undefined)));
  await writeFileDurably(target, content, fs);
}

/** Temp files left by a write that was cut off (the process was killed mid-write). */
export async function removeStaleTempFiles(folder: string, baseName: string, fs: FileSystem = realFileSystem): Promise<number> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const stale = names.filter((name) => name.startsWith(`${baseName}.`) && name.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((name) => fs.unlink(path.join(folder, name)).catch(() => undefined)));
  return stale.length;
}
