// Reader preferences (theme incl. sepia, font size, line width, language…): loaded from and saved to the core
// (user.sqlite) through `window.lectern`, applied to the page.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../electron/shared/types';
import { SETTINGS_DEFAULTS } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { errorText, type ErrorTextI18n } from '../api/error-text';

/** Themes the UI offers; `system` follows the OS (prefers-color-scheme). */
export type ThemeChoice = Settings['theme'];
/** Reading column widths. */
export type LineWidth = Settings['lineWidth'];

/** Settings as the UI edits them: every one is stored in user.sqlite, so all survive a restart. */
export type UiSettings = Settings;

/** Defaults used until the stored settings arrive: the core's own defaults (SETTINGS_SCHEMA). */
export const DEFAULT_SETTINGS: UiSettings = SETTINGS_DEFAULTS;

/** The concrete theme for a choice, given whether the OS prefers dark. */
function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' | 'sepia' {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}

/** The request for a patch: an emptied reviewer name is left unchanged (the store requires a name or none). */
function storable(patch: Partial<UiSettings>): Partial<Settings> {
  const { reviewerName, ...rest } = patch;
  return reviewerName !== undefined && reviewerName.trim().length > 0 ? { ...rest, reviewerName } : rest;
}

/** What useSettings hands the workspace: current settings, a save function, and the last save error. */
export interface SettingsHandle {
  settings: UiSettings;
  save: (patch: Partial<UiSettings>) => Promise<void>;
  error: string | null;
}

/**
 * Current settings, a save function, and the last save error, worded through `i18n` (the App's instance: this
 * hook runs above the I18nextProvider).
 */
export function useSettings(i18n: ErrorTextI18n): SettingsHandle {
  const [settings, setSettings] = useState<UiSettings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    unwrap(getApi().settings.get()).then(
      (stored) => {
        if (live) setSettings((s) => ({ ...s, ...stored }));
      },
      (e: unknown) => {
        if (live) setError(errorText(e, i18n));
      },
    );
    return () => {
      live = false;
    };
  }, [i18n]);

  const save = useCallback(
    async (patch: Partial<UiSettings>) => {
      setSettings((s) => ({ ...s, ...patch }));
      const request = storable(patch);
      if (Object.keys(request).length === 0) return;
      try {
        const stored = await unwrap(getApi().settings.update(request));
        setSettings((s) => ({ ...s, ...stored }));
        setError(null);
      } catch (e) {
        setError(errorText(e, i18n));
      }
    },
    [i18n],
  );

  return { settings, save, error };
}

/** Applies theme, font size and line width to the document element so CSS variables follow. */
export function useApplySettings(settings: UiSettings): void {
  const [prefersDark, setPrefersDark] = useState(
    () =>
      typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches,
  );
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const listener = (e: MediaQueryListEvent) => {
      setPrefersDark(e.matches);
    };
    query.addEventListener('change', listener);
    return () => {
      query.removeEventListener('change', listener);
    };
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = resolveTheme(settings.theme, prefersDark);
    root.style.setProperty('--reader-font-size', `${(17 * settings.fontScale).toFixed(1)}px`);
    root.dataset.lineWidth = settings.lineWidth;
    root.lang = settings.locale;
  }, [settings.theme, settings.fontScale, settings.lineWidth, settings.locale, prefersDark]);
}
