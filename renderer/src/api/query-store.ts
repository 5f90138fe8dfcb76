// The renderer's cache of core answers: one entry per read (channel + request), shared by every component that
// asks for it, refetched when a write makes it stale (invalidation.ts) while someone is looking, dropped otherwise.
// Smaller than a general query library because everything is local: no network, no retries, no focus refetch —
// answers change only when this renderer (or a core event it hears) changes them.
import type { RequestInputOf, ResponseOf } from '../../../electron/shared/contract';
import { callChannel } from './channel-call';
import type { ReadChannel, WriteChannel } from './invalidation';
import { INVALIDATES } from './invalidation';

/** Where one cached read stands; `error` is the thrown value (worded by the hook, in the UI language). */
export type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

const LOADING: QueryState<never> = { status: 'loading' };

interface Entry {
  channel: ReadChannel;
  request: unknown;
  state: QueryState<unknown>;
  listeners: Set<() => void>;
  /** Bumped per fetch: only the newest fetch's answer is kept. */
  seq: number;
}

/** The key of a read: channel and request, as the contract would serialise it. */
export function queryKey(channel: ReadChannel, request: unknown): string {
  return `${channel} ${JSON.stringify(request ?? {})}`;
}

/** The cache; the App makes one per mount (use-query.tsx provides it). */
export class QueryStore {
  private readonly entries = new Map<string, Entry>();
  private readonly generations = new Map<ReadChannel, number>();
  private readonly generationListeners = new Set<() => void>();

  /** The current state of a read (loading until someone subscribes and its answer arrives); fetches nothing. */
  read<C extends ReadChannel>(channel: C, request: RequestInputOf<C>): QueryState<ResponseOf<C>> {
    return (this.entries.get(queryKey(channel, request))?.state ?? LOADING) as QueryState<ResponseOf<C>>;
  }

  /** Listens to one read; the read is fetched if needed, and dropped when its last listener leaves. */
  subscribe<C extends ReadChannel>(channel: C, request: RequestInputOf<C>, listener: () => void): () => void {
    const key = queryKey(channel, request);
    const entry = this.entry(channel, request);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0 && this.entries.get(key) === entry) this.entries.delete(key);
    };
  }

  /** Replaces a cached answer with what the caller already knows (a created note added to the list). */
  update<C extends ReadChannel>(
    channel: C,
    request: RequestInputOf<C>,
    change: (value: ResponseOf<C>) => ResponseOf<C>,
  ): void {
    const entry = this.entries.get(queryKey(channel, request));
    if (entry?.state.status !== 'ready') return;
    entry.seq += 1;
    entry.state = { status: 'ready', value: change(entry.state.value as ResponseOf<C>) };
    this.notify(entry);
  }

  /** Marks reads stale: those being looked at are fetched again, the others forgotten. */
  invalidate(channels: readonly ReadChannel[]): void {
    if (channels.length === 0) return;
    for (const channel of channels) this.generations.set(channel, this.generation([channel]) + 1);
    for (const [key, entry] of this.entries) {
      if (!channels.includes(entry.channel)) continue;
      if (entry.listeners.size === 0) this.entries.delete(key);
      else this.refresh(entry);
    }
    for (const listener of this.generationListeners) listener();
  }

  /** Calls a write and, once it succeeded, invalidates what it affects; `except` reads were updated by hand. */
  async mutate<C extends WriteChannel>(
    channel: C,
    request: RequestInputOf<C>,
    except: readonly ReadChannel[] = [],
  ): Promise<ResponseOf<C>> {
    const value = await callChannel(channel, request);
    this.invalidate(INVALIDATES[channel].filter((c) => !except.includes(c)));
    return value;
  }

  /** A number that changes whenever any of `channels` is invalidated (for data loaded outside the cache). */
  generation(channels: readonly ReadChannel[]): number {
    return channels.reduce((sum, c) => sum + (this.generations.get(c) ?? 0), 0);
  }

  /** Listens to invalidations (see `generation`). */
  onInvalidate(listener: () => void): () => void {
    this.generationListeners.add(listener);
    return () => {
      this.generationListeners.delete(listener);
    };
  }

  private entry(channel: ReadChannel, request: unknown): Entry {
    const key = queryKey(channel, request);
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { channel, request, state: { status: 'loading' }, listeners: new Set(), seq: 0 };
      this.entries.set(key, entry);
      this.refresh(entry);
    }
    return entry;
  }

  private refresh(entry: Entry): void {
    entry.seq += 1;
    const seq = entry.seq;
    const settle = (state: QueryState<unknown>) => {
      if (entry.seq !== seq) return;
      entry.state = state;
      this.notify(entry);
    };
    // A refetch keeps showing the last answer until the new one arrives (no flash of "loading").
    callChannel(entry.channel, entry.request as RequestInputOf<ReadChannel>).then(
      (value) => {
        settle({ status: 'ready', value });
      },
      (error: unknown) => {
        settle({ status: 'error', error });
      },
    );
  }

  private notify(entry: Entry): void {
    for (const listener of entry.listeners) listener();
  }
}
