// React's view of the query store: `useQuery` for a cached read, `useStore` for writes (`mutate`) and hand
// updates, `useGeneration` for data loaded outside the cache that must follow the same invalidations. The App
// provides one store per mount, so a remount (a restart, a test) starts with nothing cached.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestInputOf, ResponseOf } from '../../../electron/shared/contract';
import type { AsyncState } from '../state/use-async';
import { errorText } from './error-text';
import type { ReadChannel } from './invalidation';
import type { QueryState, QueryStore } from './query-store';
import { queryKey } from './query-store';

const StoreContext = createContext<QueryStore | null>(null);

/** Provides `store` to the components below (the App makes one per mount). */
export function QueryStoreProvider({ store, children }: { store: QueryStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store of the App around this component. */
export function useStore(): QueryStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStore outside QueryStoreProvider');
  return store;
}

const IDLE: QueryState<never> = { status: 'loading' };
const noop = () => undefined;

/** A cached read of `channel`; `request` null means "not now" (idle, nothing fetched). */
export function useQuery<C extends ReadChannel>(
  channel: C,
  request: RequestInputOf<C> | null,
): AsyncState<ResponseOf<C>> {
  const store = useStore();
  const { i18n } = useTranslation();
  const key = request === null ? null : queryKey(channel, request);
  // The request is identified by its key, so a new but equal object each render neither refetches nor resubscribes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = useMemo(() => request, [key]);
  const subscribe = useCallback(
    (listener: () => void) => (current === null ? noop : store.subscribe(channel, current, listener)),
    [store, channel, current],
  );
  const snapshot = useCallback(
    (): QueryState<ResponseOf<C>> => (current === null ? IDLE : store.read(channel, current)),
    [store, channel, current],
  );
  const state = useSyncExternalStore(subscribe, snapshot);
  return useMemo(
    (): AsyncState<ResponseOf<C>> =>
      state.status === 'error' ? { status: 'error', message: errorText(state.error, i18n) } : state,
    [state, i18n],
  );
}

/** Changes whenever any of `channels` is invalidated: a key for data loaded outside the cache. */
export function useGeneration(channels: readonly ReadChannel[]): number {
  const store = useStore();
  const subscribe = useCallback((listener: () => void) => store.onInvalidate(listener), [store]);
  return useSyncExternalStore(subscribe, () => store.generation(channels));
}
