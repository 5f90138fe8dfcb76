// The one result shape every IPC call returns, so the renderer never sees a thrown error or a stack trace.
import { ERROR_CODES } from '../core/errors';
import type { MessageLanguage } from '../core/errors';

export type { MessageLanguage };

/** Codes an IPC call can fail with: the core's own (core/errors.ts), and FORBIDDEN, which only the IPC gate gives. */
export const IPC_ERROR_CODES = [...ERROR_CODES, 'FORBIDDEN'] as const;

/** A code the renderer can switch on; FORBIDDEN is IPC-only (untrusted sender or bad token). */
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/**
 * What crosses the boundary when a call fails: a code, a user-facing message and the language that message is
 * written in (most core messages exist in English only), never a stack. The renderer shows the message when it is
 * in the interface language, and otherwise its own translated sentence for the code with the message as detail.
 */
interface IpcError {
  code: IpcErrorCode;
  message: string;
  language: MessageLanguage;
}

/** The envelope: `{ok: true, value}` or `{ok: false, error: {code, message, language}}`. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Wraps a value in a success envelope. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** Builds a failure envelope; `language` is the language `message` is written in (English unless worded). */
export function fail<T = never>(
  code: IpcErrorCode,
  message: string,
  language: MessageLanguage = 'en',
): IpcResult<T> {
  return { ok: false, error: { code, message, language } };
}
