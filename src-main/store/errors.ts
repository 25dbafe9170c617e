/** Errors the store raises; the registry turns them into contract error codes. */

/** The practice cannot be changed now (recovery, read-only, or closed); `reason` says why. */
export class StoreNotWritableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreNotWritableError';
  }
}

/** The change is in memory but the write to disk failed; it will be retried. */
export class SaveFailedError extends Error {
  constructor(message: string, readonly causeCode: string | undefined) {
    super(message);
    this.name = 'SaveFailedError';
  }
}

const FRIENDLY_CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission to write in the data folder was denied',
  EPERM: 'the operating system refused the write',
  EROFS: 'the data folder is on a read-only disk',
  EIO: 'the disk reported an input/output error',
  ENOENT: 'the data folder has disappeared',
};

export function describeWriteFailure(error: unknown): { message: string; code: string | undefined } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = (code && FRIENDLY_CAUSES[code]) ?? (error instanceof Error ? error.message : String(error));
  return { message: `Not saved yet: ${cause}. Your change is kept in memory and will be saved as soon as writing works again.`, code };
}
