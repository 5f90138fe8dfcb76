// Typed settings round-trip through a real user.sqlite and reject bad values without storing them.
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  getAllSettings,
  getReviewerName,
  getSetting,
  setSetting,
} from '../../../electron/core/userdb/settings.js';
import { openTempUserDb } from '../../support/annotations/temp-db.js';

let env: ReturnType<typeof openTempUserDb>;
beforeEach(() => (env = openTempUserDb()));
afterEach(() => {
  env.cleanup();
});

it('returns defaults, stores typed values and rejects invalid ones', () => {
  expect(getSetting(env.db, 'reviewerName')).toBe('');
  // With no name set, nobody is invented (never the OS account "root"): the author is empty until the user says.
  expect(getReviewerName(env.db)).toBe('');
  expect(getSetting(env.db, 'theme')).toBe('system');
  setSetting(env.db, 'reviewerName', '  Trần Thị B ');
  setSetting(env.db, 'fontScale', 1.25);
  expect(getReviewerName(env.db)).toBe('Trần Thị B');
  expect(getSetting(env.db, 'fontScale')).toBe(1.25);
  expect(() => {
    setSetting(env.db, 'theme', 'neon' as 'dark');
  }).toThrow(/theme/);
  expect(getSetting(env.db, 'theme')).toBe('system');
});

it('falls back to the default when a stored value is unreadable', () => {
  env.db.prepare("INSERT INTO settings VALUES ('locale', '{broken')").run();
  expect(getSetting(env.db, 'locale')).toBe('en');
});

it('lists every setting with defaults filled in', () => {
  setSetting(env.db, 'defaultColor', 'green');
  expect(getAllSettings(env.db)).toEqual({
    reviewerName: '',
    theme: 'system',
    lineWidth: 'medium',
    locale: 'en',
    fontScale: 1,
    marking: '',
    defaultColor: 'green',
  });
});

it('stores the sepia theme and a line width, rejecting widths it does not know', () => {
  setSetting(env.db, 'theme', 'sepia');
  setSetting(env.db, 'lineWidth', 'wide');
  expect(() => {
    setSetting(env.db, 'lineWidth', '120ch' as 'wide');
  }).toThrow(/lineWidth/);
  expect(getSetting(env.db, 'theme')).toBe('sepia');
  expect(getSetting(env.db, 'lineWidth')).toBe('wide');
});
