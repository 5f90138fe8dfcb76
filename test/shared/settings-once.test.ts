// Every setting is defined once (core/userdb/model.ts): the store, the `settings:update` and `export:pdf` requests
// and the defaults the renderer starts from (SETTINGS_DEFAULTS) accept and start from exactly the same values, over a real user.sqlite.
import { describe, expect, it } from 'vitest';
import { SETTINGS_SCHEMA, getAllSettings, setSetting } from '../../electron/core/userdb/settings';
import type { SettingKey, SettingValue } from '../../electron/core/userdb/settings';
import { contract } from '../../electron/shared/contract';
import { SETTINGS_DEFAULTS, SETTING_TEXT_MAX } from '../../electron/shared/types';
import { openTempUserDb } from '../support/annotations/temp-db';

/** Values at and past each setting's edges: the store and the contract must agree on every one. */
const PROBES: { [K in SettingKey]: unknown[] } = {
  reviewerName: ['A', 'x'.repeat(SETTING_TEXT_MAX), 'x'.repeat(SETTING_TEXT_MAX + 1), '', '   ', 7],
  theme: ['system', 'sepia', 'neon', ''],
  lineWidth: ['narrow', 'wide', 'huge'],
  locale: ['en', 'vi', 'fr'],
  fontScale: [0.5, 3, 0.49, 3.01, '1'],
  marking: ['', 'MẬT', 'x'.repeat(150), 'x'.repeat(SETTING_TEXT_MAX), 'x'.repeat(SETTING_TEXT_MAX + 1)],
  defaultColor: ['yellow', 'green', 'mauve'],
};

function storeAccepts(key: SettingKey, value: unknown): boolean {
  const env = openTempUserDb();
  try {
    setSetting(env.db, key, value as SettingValue<SettingKey>);
    return true;
  } catch {
    return false;
  } finally {
    env.cleanup();
  }
}

describe('settings defined once', () => {
  it('probes every setting', () => {
    expect(Object.keys(PROBES).sort()).toEqual(Object.keys(SETTINGS_SCHEMA).sort());
  });

  it.each(Object.keys(PROBES) as SettingKey[])(
    '%s: settings:update accepts what the store accepts',
    (key) => {
      for (const value of PROBES[key]) {
        const viaContract = contract['settings:update'].request.safeParse({ [key]: value }).success;
        expect(viaContract, `${key} = ${JSON.stringify(value)}`).toBe(storeAccepts(key, value));
      }
    },
  );

  it('lets an export carry any marking the settings can hold', () => {
    const marking = 'x'.repeat(SETTING_TEXT_MAX);
    expect(storeAccepts('marking', marking)).toBe(true);
    const request = { jobId: 'j', docId: 'decree-63-2020', marking };
    expect(contract['export:pdf'].request.safeParse(request).success).toBe(true);
    expect(contract['export:pdf'].request.safeParse({ ...request, marking: `${marking}x` }).success).toBe(
      false,
    );
  });

  it('gives the renderer the defaults a fresh user.sqlite reads', () => {
    const env = openTempUserDb();
    try {
      expect(SETTINGS_DEFAULTS).toEqual(getAllSettings(env.db));
    } finally {
      env.cleanup();
    }
  });

  it('refuses an unknown setting in settings:update', () => {
    expect(contract['settings:update'].request.safeParse({ volume: 11 }).success).toBe(false);
  });
});
