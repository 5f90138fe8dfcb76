// The renderer's one seam to the core: `window.lectern` (preload in Electron, injected script on the test host).
// Unwraps the `{ok,value}` envelope into values or an ApiError carrying the stable code and plain message.
import type { LecternApi } from '../../../electron/shared/api';
import type { IpcErrorCode, IpcResult } from '../../../electron/shared/envelope';

declare global {
  interface Window {
    lectern?: LecternApi;
  }
}

/** A failed call: the core's code and its user-facing message. */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Resolves an envelope to its value or throws ApiError. */
export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/** The API object the host provided; a clear error when the page was opened without one. */
export function getApi(): LecternApi {
  const api = window.lectern;
  if (!api) throw new ApiError('INTERNAL', 'Lectern API is not available in this window.');
  return api;
}

/** A message for any thrown value, for plain display in the UI. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
