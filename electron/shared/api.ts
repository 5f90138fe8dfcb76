// `window.lectern`: the renderer's only door to the core, derived from the contract so it cannot drift.
// The preload (Electron) and the loopback test host's browser client both build it with `buildLecternApi`.
import { CHANNEL_NAMES } from './channels';
import type { Channel, RequestInputOf, ResponseOf } from './contract';
import type { IpcResult } from './envelope';
import type { EventMap, EventName } from './events';
import { isEventName } from './events';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** A call whose request is empty (zod types `{}` as `Record<string, never>`) or all optional may omit it. */
type Method<C extends Channel> = string extends keyof RequestInputOf<C>
  ? (request?: RequestInputOf<C>) => Promise<IpcResult<ResponseOf<C>>>
  : Partial<RequestInputOf<C>> extends RequestInputOf<C>
    ? (request?: RequestInputOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestInputOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
type Subscribe = <E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) => () => void;

/** The API object: `lectern.documents.list()`, `lectern.annotations.create({...})`, `lectern.on('job:progress', fn)`. */
export type LecternApi = {
  readonly [D in DomainOf<Channel>]: { readonly [V in VerbOf<Channel, D>]: Method<`${D}:${V}` & Channel> };
} & { readonly on: Subscribe };

/** Sends one request over the transport and resolves with the envelope (never rejects for domain errors). */
type Invoke = (channel: Channel, request: unknown) => Promise<IpcResult<unknown>>;

/** Builds the API object from the contract's channel list; transports differ only in `invoke` and `subscribe`. */
export function buildLecternApi(
  invoke: Invoke,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): LecternApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (request?: unknown) => invoke(channel, request ?? {});
  }
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown Lectern event: ${event}`);
    return subscribe(event, listener);
  };
  // The loop above creates exactly one method per contract channel, which is what LecternApi describes.
  return Object.freeze({ ...api, on }) as unknown as LecternApi;
}
