// Plain values and types of user.sqlite's preferences, free of SQLite, so the IPC contract and the renderer share them.
// Every setting is defined here once — schema and default — and the store, the contract's `settings:update`, the CLI's
// `settings` command and the renderer's defaults are derived from SETTINGS_SCHEMA.
import { z } from 'zod';
import { ANNOTATION_COLORS } from '../annotations/model';
import { normalizeUserText } from '../../shared/user-text';

/** Reader themes; `system` follows the OS light/dark preference. */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
/** One theme choice. */
export type Theme = (typeof THEMES)[number];

/** Widths of the reading column (narrow, medium and wide measures in reader.css). */
const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
/** One line width. */
export type LineWidth = (typeof LINE_WIDTHS)[number];

/** Where the reviewer last was in one document (user.sqlite `reading_positions`). */
export interface ReadingPosition {
  docId: string;
  eId: string;
  /** ISO time of the last update. */
  updated: string;
}

/** Longest reviewer name or protective marking, in characters (the input fields' maxLength too). */
export const SETTING_TEXT_MAX = 200;

/** Every known setting with its schema and default; add a setting here and nowhere else. */
export const SETTINGS_SCHEMA = {
  /** Who writes the notes: annotation authors and the "Reviewer" line of exports. */
  reviewerName: {
    schema: z.string().overwrite(normalizeUserText).trim().min(1).max(SETTING_TEXT_MAX),
    fallback: '',
  },
  /** `system` follows the OS light/dark preference. */
  theme: { schema: z.enum(THEMES), fallback: 'system' },
  /** Width of the reading column. */
  lineWidth: { schema: z.enum(LINE_WIDTHS), fallback: 'medium' },
  /** UI and citation language. */
  locale: { schema: z.enum(['en', 'vi']), fallback: 'en' },
  /** Reading text size factor (1 = default). */
  fontScale: { schema: z.number().min(0.5).max(3), fallback: 1 },
  /** Protective marking printed on exports, e.g. "CONFIDENTIAL"; empty for none. */
  marking: { schema: z.string().overwrite(normalizeUserText).trim().max(SETTING_TEXT_MAX), fallback: '' },
  /** Highlight colour preselected for new annotations. */
  defaultColor: { schema: z.enum(ANNOTATION_COLORS), fallback: 'yellow' },
} as const;

/** A known setting key. */
export type SettingKey = keyof typeof SETTINGS_SCHEMA;
/** The value type of one setting. */
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS_SCHEMA)[K]['schema']>;
/** Reader preferences kept in user.sqlite: every key of SETTINGS_SCHEMA with its value. */
export type Settings = { [K in SettingKey]: SettingValue<K> };

const SETTING_KEYS = Object.keys(SETTINGS_SCHEMA) as SettingKey[];

/** Each setting's default, what a fresh data folder reads and the renderer shows until the stored ones arrive. */
export const SETTINGS_DEFAULTS = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTINGS_SCHEMA[key].fallback]),
) as Settings;

/** A change to some settings (`settings:update`): each key optional, each value checked by its own schema. */
export const SETTINGS_PATCH_SCHEMA = z.strictObject(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS_SCHEMA[key].schema.optional()])) as {
    [K in SettingKey]: z.ZodOptional<(typeof SETTINGS_SCHEMA)[K]['schema']>;
  },
);
