// Settings: reviewer name, theme (follows the OS by default), font size, line width, default export marking,
// interface language. Every change is applied at once and saved through the core; the text fields are saved
// when they lose focus and when the dialog closes (✕, Close or Esc alike), so a typed name is never lost.
import { SETTING_TEXT_MAX } from '../../../electron/shared/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineWidth, ThemeChoice, UiSettings } from '../state/use-settings';
import { Modal } from './modal';

interface Props {
  settings: UiSettings;
  error: string | null;
  onSave: (patch: Partial<UiSettings>) => Promise<void>;
  onClose: () => void;
}

const THEMES: ThemeChoice[] = ['system', 'light', 'dark', 'sepia'];
const WIDTHS: LineWidth[] = ['narrow', 'medium', 'wide'];
const THEME_KEYS = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
  sepia: 'settings.themeSepia',
} as const;

/** The settings dialog. */
export function SettingsDialog({ settings, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const save = (patch: Partial<UiSettings>) => {
    void onSave(patch);
  };
  const [reviewerName, setReviewerName] = useState(settings.reviewerName);
  const [marking, setMarking] = useState(settings.marking);
  /** Saves the text fields typed but not yet saved (no blur happens when Esc closes the dialog). */
  const close = () => {
    const patch: Partial<UiSettings> = {};
    if (reviewerName.trim() !== settings.reviewerName) patch.reviewerName = reviewerName.trim();
    if (marking !== settings.marking) patch.marking = marking;
    if (Object.keys(patch).length > 0) save(patch);
    onClose();
  };
  return (
    <Modal title={t('settings.title')} onClose={close}>
      <div className="grid-2">
        <label className="field">
          <span>{t('settings.reviewer')}</span>
          <input
            className="input"
            value={reviewerName}
            maxLength={SETTING_TEXT_MAX}
            onChange={(e) => {
              setReviewerName(e.target.value);
            }}
            onBlur={(e) => {
              save({ reviewerName: e.target.value.trim() });
            }}
          />
        </label>
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            className="input"
            value={settings.locale}
            onChange={(e) => {
              save({ locale: e.target.value === 'vi' ? 'vi' : 'en' });
            }}
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="vi" lang="vi">
              Tiếng Việt
            </option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select
            className="input"
            value={settings.theme}
            onChange={(e) => {
              save({ theme: THEMES.find((x) => x === e.target.value) ?? 'system' });
            }}
          >
            {THEMES.map((x) => (
              <option key={x} value={x}>
                {t(THEME_KEYS[x])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('settings.lineWidth')}</span>
          <select
            className="input"
            value={settings.lineWidth}
            onChange={(e) => {
              save({ lineWidth: WIDTHS.find((x) => x === e.target.value) ?? 'medium' });
            }}
          >
            {WIDTHS.map((x) => (
              <option key={x} value={x}>
                {t(`settings.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>
            {t('settings.fontSize')} ({Math.round(settings.fontScale * 100)}%)
          </span>
          <input
            type="range"
            min={0.8}
            max={1.6}
            step={0.1}
            value={settings.fontScale}
            onChange={(e) => {
              save({ fontScale: Number(e.target.value) });
            }}
          />
        </label>
        <label className="field">
          <span>{t('settings.marking')}</span>
          <input
            className="input"
            value={marking}
            maxLength={SETTING_TEXT_MAX}
            onChange={(e) => {
              setMarking(e.target.value);
            }}
            onBlur={(e) => {
              save({ marking: e.target.value });
            }}
          />
        </label>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="row-end">
        <button type="button" className="btn btn-primary" onClick={close}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}
