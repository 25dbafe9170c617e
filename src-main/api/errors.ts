import type { ErrorCode, FieldIssue } from './contract';

/** An error a handler raises on purpose: the message is written for the consultant. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found. It may have been deleted.`);
}
