import * as nodeFs from 'node:fs/promises';
import type { FileSystem } from '../../src-main/store/durable-file';

/**
 * For the kill children (migration-kill-child.ts, export-kill-child.ts): a file system that counts
 * every step touching the disk (opening, renaming, deleting or creating a file or folder, writing the
 * first or the second half of a file, flushing it, closing it) while armed, and kills the process
 * with SIGKILL just before the `killAt`-th. With `killAt` 0 nothing is killed; the steps are counted.
 */
export function killingFileSystem(killAt: number): { fs: FileSystem; arm(on: boolean): void; steps(): number } {
  let armed = false;
  let steps = 0;
  const step = (): void => {
    if (!armed) return;
    steps += 1;
    if (steps === killAt) process.kill(process.pid, 'SIGKILL');
  };

  const writeAll = async (handle: nodeFs.FileHandle, bytes: Uint8Array): Promise<void> => {
    let offset = 0;
    while (offset < bytes.length) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
  };

  /** A whole-file write is two steps, one a half, so that a kill can leave a half-written file. */
  const countedHandle = (handle: nodeFs.FileHandle): nodeFs.FileHandle => {
    const counted: Record<string, unknown> = {
      async writeFile(content: string | Uint8Array) {
        const bytes = typeof content === 'string' ? Buffer.from(content) : content;
        const half = Math.floor(bytes.length / 2);
        step();
        await writeAll(handle, bytes.subarray(0, half));
        step();
        await writeAll(handle, bytes.subarray(half));
      },
      async sync() {
        step();
        await handle.sync();
      },
      async close() {
        step();
        await handle.close();
      },
    };
    return new Proxy(handle, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key in counted) return counted[key];
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };

  const counted = <F extends (...args: never[]) => Promise<unknown>>(operation: F): F =>
    ((...args: Parameters<F>) => {
      step();
      return operation(...args);
    }) as F;

  const fs: FileSystem = {
    ...nodeFs,
    open: (async (...args: Parameters<typeof nodeFs.open>) => {
      step();
      return countedHandle(await nodeFs.open(...args));
    }) as FileSystem['open'],
    rename: counted(nodeFs.rename),
    unlink: counted(nodeFs.unlink),
    mkdir: counted(nodeFs.mkdir),
    rm: counted(nodeFs.rm),
  };
  return { fs, arm: (on) => (armed = on), steps: () => steps };
}
