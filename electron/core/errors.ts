// One error type for the domain core, so IPC, CLI and UI can show a clear message and a stable code.

/** Stable error codes surfaced across IPC (`{ok:false,error:{code,message}}`) and as CLI exit reasons. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'TOO_LARGE'
  | 'CORRUPT'
  | 'TAMPERED'
  | 'CONFLICT'
  | 'IO'
  | 'CANCELLED'
  | 'UNSUPPORTED'
  | 'INTERNAL';

/** An expected failure with a message meant for the user (never a stack trace). */
export class LecternError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LecternError';
  }
}

/** Narrowing helper for catch blocks. */
export function isLecternError(value: unknown): value is LecternError {
  return value instanceof LecternError;
}
