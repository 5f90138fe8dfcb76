// One error type for the domain core, so IPC, CLI and UI can show a clear message and a stable code.

/** Stable error codes surfaced across IPC (`{ok:false,error:{code,message}}`) and as CLI exit reasons; defined here only. */
export const ERROR_CODES = [
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
] as const;

/** One of ERROR_CODES. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The languages a user-facing message exists in (the interface languages). */
export type MessageLanguage = 'en' | 'vi';

/**
 * An expected failure with a message meant for the user (never a stack trace). `vi` is the Vietnamese wording
 * when the failure has one (the mapped SQLite, filesystem and PDF failures of failure-messages.ts do).
 */
export class LecternError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly vi?: string,
  ) {
    super(message);
    this.name = 'LecternError';
  }

  /** The language messageIn(language) answers in: `language` when a wording exists in it, else English. */
  languageIn(language: MessageLanguage): MessageLanguage {
    return language === 'vi' && this.vi !== undefined ? 'vi' : 'en';
  }

  /** The message in `language`, English when no Vietnamese wording exists. */
  messageIn(language: MessageLanguage): string {
    return language === 'vi' && this.vi !== undefined ? this.vi : this.message;
  }
}

/** Narrowing helper for catch blocks. */
export function isLecternError(value: unknown): value is LecternError {
  return value instanceof LecternError;
}
