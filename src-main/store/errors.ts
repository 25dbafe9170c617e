/** Errors the store raises; the registry turns them into contract error codes. */

/**
 * The practice cannot be changed now (recovery, read-only, a restore under way) or a backup or a
 * restore could not be written; `message` says why, in the consultant's words.
 */
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

function causeOf(error: unknown): { cause: string; code: string | undefined } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = (code && FRIENDLY_CAUSES[code]) ?? (error instanceof Error ? error.message : String(error));
  return { cause, code };
}

export function describeWriteFailure(error: unknown): { message: string; code: string | undefined } {
  const { cause, code } = causeOf(error);
  return { message: `Not saved yet: ${cause}. Your change is kept in memory and will be saved as soon as writing works again.`, code };
}

/**
 * A backup or a restore that could not be written, in words: "The disk is full, so the backup was
 * not made." `outcome` says what did not happen and what was kept.
 */
export function operationFailure(error: unknown, outcome: string): StoreNotWritableError {
  const { cause } = causeOf(error);
  return new StoreNotWritableError(`${cause.charAt(0).toUpperCase()}${cause.slice(1)}, so ${outcome}`);
}
