// One typed call to any channel by name, so the data layer can fetch and mutate generically while each call keeps
// the contract's request and response types (`window.lectern` itself is grouped by domain: `documents.list()`).
import type { Channel, RequestInputOf, ResponseOf } from '../../../electron/shared/contract';
import type { IpcResult } from '../../../electron/shared/envelope';
import { getApi, unwrap } from './client';

type AnyMethod = (request?: unknown) => Promise<IpcResult<unknown>>;

/** Calls `channel` with `request` through `window.lectern`; resolves with the value or throws ApiError. */
export function callChannel<C extends Channel>(
  channel: C,
  request: RequestInputOf<C>,
): Promise<ResponseOf<C>> {
  const [domain, verb] = channel.split(':') as [string, string];
  // The API object has exactly one method per channel (buildLecternApi); this reads it by the channel's name.
  const api = getApi() as unknown as Record<string, Record<string, AnyMethod>>;
  const method = api[domain]?.[verb];
  if (method === undefined) throw new Error(`No method for ${channel}`);
  return unwrap(method(request) as Promise<IpcResult<ResponseOf<C>>>);
}
