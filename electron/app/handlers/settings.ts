// The settings slice: read every setting, or change several in one transaction and answer with all of them.
import type { SettingKey, SettingValue } from '../../core/userdb/settings';
import { getAllSettings, setSetting } from '../../core/userdb/settings';
import type { HandlerContext, Slice } from './context';

/** `settings:get` and `settings:update`. */
export function settingsHandlers({ services }: HandlerContext): Slice<'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => getAllSettings(services.userDb.db),
    'settings:update': (changes) => {
      const db = services.userDb.db;
      const write = db.transaction(() => {
        for (const [key, value] of Object.entries(changes) as [SettingKey, unknown][]) {
          if (value !== undefined) setSetting(db, key, value as SettingValue<SettingKey>);
        }
      });
      write();
      return getAllSettings(db);
    },
  };
}
