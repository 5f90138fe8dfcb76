// The one result shape every IPC call returns, so the renderer never sees a thrown error or a stack trace.
import { ERROR_CODES } from '../core/errors';

/** Codes an IPC call can fail with: the core's own (core/errors.ts), and FORBIDDEN, which only the IPC gate gives. */
export const IPC_ERROR_CODES = [...ERROR_CODES, 'FORBIDDEN'] as const;

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
