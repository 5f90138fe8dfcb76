// i18next setup: one standard library for every string, English and Vietnamese, switched at runtime.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

/** Interface languages the reviewer can choose in Settings. */
export const LANGUAGES = ['en', 'vi'] as const;
/** One of the interface languages. */
export type Language = (typeof LANGUAGES)[number];

/** Creates an initialised i18next instance (a fresh one per app or test, so tests never share state). */
export function createI18n(language: Language = 'en'): i18n {
  const instance = i18next.createInstance();
  // initImmediate false: resources are inline, so init completes synchronously and the first paint is translated.
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, vi: { translation: vi } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Formats an ISO date (YYYY-MM-DD or full ISO) for the interface language, e.g. "01 Aug 2020" / "01/08/2020". */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: language === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: iso.length === 10 ? 'UTC' : undefined,
  }).format(date);
}

/** Formats a full ISO timestamp with its time of day, for logs ("03 Dec 2026, 14:05" / "03/12/2026, 14:05"). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: language === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
