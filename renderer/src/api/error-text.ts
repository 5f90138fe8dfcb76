// The one way a failure becomes text in the interface: the core's message when it is already in the interface
// language, otherwise the interface's own sentence for the error code with the core's message as the detail
// (most core messages exist in English only). Every `catch` that shows something to the user goes through here.
import type { i18n } from 'i18next';
import type { IpcErrorCode } from '../../../electron/shared/envelope';
import { langOf } from '../reader/provision-label';
import { ApiError } from './client';

/** The part of an i18next instance the wording needs: its translate function and current language. */
export type ErrorTextI18n = Pick<i18n, 't' | 'language'>;

/** The i18n key of a code's sentence (en.ts `errors`, typed by IpcErrorCode). */
export function errorKey(code: IpcErrorCode): `errors.${IpcErrorCode}` {
  return `errors.${code}`;
}

/**
 * The text to show for any thrown value in the interface language. An ApiError whose message is in that language
 * is shown as it is; any other ApiError shows the sentence for its code, then its message in brackets. A value
 * that is not an ApiError is a bug in the renderer: it gets the INTERNAL sentence, with its message as detail.
 */
export function errorText(error: unknown, i18n: ErrorTextI18n): string {
  if (error instanceof ApiError && error.language === langOf(i18n.language)) return error.message;
  const code: IpcErrorCode = error instanceof ApiError ? error.code : 'INTERNAL';
  const text = i18n.t(errorKey(code));
  const detail = error instanceof Error ? error.message : String(error);
  return detail.trim().length > 0 ? i18n.t('app.errorDetail', { text, detail }) : text;
}
