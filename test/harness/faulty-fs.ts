import * as nodeFs from 'node:fs/promises';
import type { FileSystem } from '../../src-main/store/durable-file';

/** A file system that fails writes on demand, as a full or read-only disk would. */
export function faultyFileSystem(): { fs: FileSystem; failWith(code: string | null): void } {
  let failure: string | null = null;
  const refuse = () => {
    const error = new Error(`${failure}: simulated write failure`) as NodeJS.ErrnoException;
    error.code = failure ?? undefined;
    return error;
  };
  const fs: FileSystem = {
    ...nodeFs,
    open: ((file: Parameters<typeof nodeFs.open>[0], flags?: Parameters<typeof nodeFs.open>[1], mode?: Parameters<typeof nodeFs.open>[2]) => {
      const writing = typeof flags === 'string' && /[wa+]/.test(flags);
      if (failure && writing) return Promise.reject(refuse());
      return nodeFs.open(file, flags, mode);
    }) as FileSystem['open'],
  };
  return { fs, failWith: (code) => (failure = code) };
}
