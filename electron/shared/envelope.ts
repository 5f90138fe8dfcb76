// The one result shape every IPC call returns, so the renderer never sees a thrown error or a stack trace.

/** Stable error codes; mirrors `ErrorCode` in electron/core/errors.ts (kept in sync by test/shared/envelope.test.ts). */
export const IPC_ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'TOO_LARGE',
  'CORRUPT',
  'TAMPERED',
  'CONFLICT',
  'EXISTS',
  'IO',
  'CANCELLED',
  'UNSUPPORTED',
  'UNTRUSTED',
  'INTERNAL',
  'FORBIDDEN',
] as const;

/** A code the renderer can switch on; FORBIDDEN is IPC-only (untrusted sender or bad token). */
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/** What crosses the boundary when a call fails: a code and a user-facing message, never a stack. */
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** The envelope: `{ok: true, value}` or `{ok: false, error: {code, message}}`. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Wraps a value in a success envelope. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** Builds a failure envelope. */
export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}
