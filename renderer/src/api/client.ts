// The renderer's one seam to the core: `window.lectern` (preload in Electron, injected script on the test host).
// Unwraps the `{ok,value}` envelope into values or an ApiError carrying the stable code, the plain message and the
// message's language; error-text.ts turns it into what the interface shows.
import type { LecternApi } from '../../../electron/shared/api';
import type { IpcErrorCode, IpcResult, MessageLanguage } from '../../../electron/shared/envelope';

declare global {
  interface Window {
    lectern?: LecternApi;
  }
}

/** A failed call: the core's code, its user-facing message and the language that message is written in. */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly language: MessageLanguage,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Resolves an envelope to its value or throws ApiError. */
export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, result.error.language);
}

/** The API object the host provided; a clear error when the page was opened without one. */
export function getApi(): LecternApi {
  const api = window.lectern;
  if (!api) throw new ApiError('INTERNAL', 'Lectern API is not available in this window.', 'en');
  return api;
}
