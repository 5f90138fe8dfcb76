// Typed key/value settings stored in user.sqlite (`settings` table, values as JSON).
// Settings are defined once, SETTINGS_SCHEMA in model.ts; reads of a missing or unreadable value fall back to the default.
import type Database from 'better-sqlite3';
import { LecternError } from '../errors.js';
import { SETTINGS_SCHEMA } from './model.js';
import type { SettingKey, SettingValue, Settings } from './model.js';

export { SETTINGS_SCHEMA };
export type { SettingKey, SettingValue };

/** Reads one setting, or its default when unset. */
export function getSetting<K extends SettingKey>(db: Database.Database, key: K): SettingValue<K> {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  const spec = SETTINGS_SCHEMA[key];
  if (!row) return spec.fallback as SettingValue<K>;
  try {
    const parsed = spec.schema.safeParse(JSON.parse(row.value));
    return (parsed.success ? parsed.data : spec.fallback) as SettingValue<K>;
  } catch {
    return spec.fallback as SettingValue<K>;
  }
}

/** Validates and stores one setting. */
export function setSetting<K extends SettingKey>(
  db: Database.Database,
  key: K,
  value: SettingValue<K>,
): void {
  const parsed = SETTINGS_SCHEMA[key].schema.safeParse(value);
  if (!parsed.success) {
    throw new LecternError(
      'INVALID_INPUT',
      `Setting ${key}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`,
    );
  }
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(parsed.data));
}

/**
 * Who the reviewer is, for annotation authors and PDF/report "Reviewer" lines alike: the name from settings, or
 * "" when none is set — never an invented name such as the OS account ("root"). The app asks for the name before
 * the first note is saved; the CLI tells the user to run `settings set reviewerName "…"`.
 */
export function getReviewerName(db: Database.Database): string {
  return getSetting(db, 'reviewerName');
}

/** Every setting with its current value (defaults filled in). */
export function getAllSettings(db: Database.Database): Settings {
  const keys = Object.keys(SETTINGS_SCHEMA) as SettingKey[];
  return Object.fromEntries(keys.map((k) => [k, getSetting(db, k)])) as Settings;
}
