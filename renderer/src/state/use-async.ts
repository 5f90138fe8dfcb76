// Loads a value from the API when its inputs change, ignoring answers that arrive after the inputs moved on.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text';

/** Loading state of one request. */
export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** Runs `load` whenever `key` changes (null = idle); `reloadToken` forces a refetch. */
export function useAsync<T>(key: string | null, load: () => Promise<T>, reloadToken = 0): AsyncState<T> {
  const { i18n } = useTranslation();
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (value) => {
        if (live) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', message: errorText(error, i18n) });
      },
    );
    return () => {
      live = false;
    };
    // `load` is recreated each render; `key` and `reloadToken` say when the request changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reloadToken]);
  return state;
}
