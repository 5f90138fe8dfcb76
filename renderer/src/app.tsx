// Top-level React component: i18n, settings (theme, language, font), the cache of core answers and the workspace.
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { QueryStore } from './api/query-store';
import { QueryStoreProvider } from './api/use-query';
import { createI18n } from './i18n';
import { Workspace } from './shell/workspace';
import { useApplySettings, useSettings } from './state/use-settings';

/** The Lectern reader application. */
export function App() {
  const i18n = useMemo(() => createI18n('en'), []);
  const settings = useSettings(i18n);
  // One cache per mount: a remount starts from the core again, as a restart does.
  const [store] = useState(() => new QueryStore());
  useApplySettings(settings.settings);
  useEffect(() => {
    if (i18n.language !== settings.settings.locale) void i18n.changeLanguage(settings.settings.locale);
  }, [i18n, settings.settings.locale]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryStoreProvider store={store}>
        <Workspace settings={settings} />
      </QueryStoreProvider>
    </I18nextProvider>
  );
}
