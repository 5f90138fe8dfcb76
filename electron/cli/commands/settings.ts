// `settings get [KEY]` · `settings set KEY VALUE`: the stored preferences (user.sqlite) from the command line,
// validated by the same SETTINGS_SCHEMA as the app; a bad key or value changes nothing and says why.
import { LecternError } from '../../core/errors';
import {
  SETTINGS_SCHEMA,
  getAllSettings,
  getSetting,
  setSetting,
  type SettingKey,
  type SettingValue,
} from '../../core/userdb/settings';
import type { CliCommand, CliContext, CliInput, CliOutput } from '../command';

const USAGE = ['settings get [KEY] [--json]', 'settings set KEY VALUE [--json]'];
const KEYS = Object.keys(SETTINGS_SCHEMA) as SettingKey[];

/** The key named on the command line, or a message listing the known keys. */
function settingKey(name: string | undefined): SettingKey {
  const key = KEYS.find((k) => k === name);
  if (key === undefined) {
    const got = name === undefined ? 'Missing KEY.' : `Unknown setting "${name}".`;
    throw new LecternError('INVALID_INPUT', `${got} Known settings: ${KEYS.join(', ')}.`);
  }
  return key;
}

/** The typed value of a command-line word for `key` (numbers for numeric settings), or a plain message. */
function settingValue(key: SettingKey, raw: string): SettingValue<SettingKey> {
  const spec = SETTINGS_SCHEMA[key];
  const candidate = typeof spec.fallback === 'number' ? Number(raw) : raw;
  const parsed = spec.schema.safeParse(candidate);
  if (!parsed.success) {
    const allowed = 'options' in spec.schema ? ` (one of: ${spec.schema.options.join(', ')})` : '';
    throw new LecternError(
      'INVALID_INPUT',
      `Invalid value for ${key}: "${raw}"${allowed} — ${parsed.error.issues[0]?.message ?? 'not allowed'}. Nothing was changed.`,
    );
  }
  return parsed.data;
}

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function get(ctx: CliContext, input: CliInput): CliOutput {
  const db = ctx.userDb().db;
  const name = input.args[1];
  if (name === undefined) {
    const all = getAllSettings(db);
    return { json: all, text: KEYS.map((k) => `${k} = ${show(all[k])}`).join('\n') };
  }
  const key = settingKey(name);
  const value = getSetting(db, key);
  return { json: { [key]: value }, text: show(value) };
}

function set(ctx: CliContext, input: CliInput): CliOutput {
  const key = settingKey(input.args[1]);
  const raw = input.args[2];
  if (raw === undefined || input.args.length > 3)
    throw new LecternError(
      'INVALID_INPUT',
      `Give one VALUE (quote it if it has spaces). Usage: ${USAGE[1] ?? ''}`,
    );
  const value = settingValue(key, raw);
  const db = ctx.userDb().db;
  setSetting(db, key, value);
  const stored = getSetting(db, key);
  return { json: { [key]: stored }, text: `${key} = ${show(stored)}` };
}

/** The `settings` command group. */
export const settingsCommand: CliCommand = {
  name: 'settings',
  summary: 'show or change stored settings (reviewerName, theme, locale, fontScale, marking, …)',
  usage: USAGE,
  run(ctx, input) {
    const sub = input.args[0];
    if (sub === 'get') return get(ctx, input);
    if (sub === 'set') return set(ctx, input);
    throw new LecternError('INVALID_INPUT', `Usage: ${USAGE.join(' · ')}`);
  },
};
