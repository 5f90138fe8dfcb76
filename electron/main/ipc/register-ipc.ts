// Registers the whole handler table on ipcMain, each call behind the sender check and the shared dispatch gate.
import type { IpcMain } from 'electron';
import { CHANNELS } from '../../shared/contract';
import type { IpcResult } from '../../shared/envelope';
import { fail } from '../../shared/envelope';
import type { DispatchLogEntry, Handlers } from '../../core/app/dispatch';
import { dispatch } from '../../core/app/dispatch';
import type { SenderEventLike } from './sender';
import { isTrustedSender } from './sender';

/** Options for registration; `log` gets one line per refused or failed call. */
export interface RegisterIpcOptions {
  log?: (entry: DispatchLogEntry) => void;
}

/** Handles one invoke: refuse untrusted senders, then validate and run via dispatch. */
export async function handleInvoke(
  handlers: Handlers,
  channel: string,
  event: SenderEventLike,
  payload: unknown,
  options: RegisterIpcOptions = {},
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(event)) {
    options.log?.({ channel, code: 'FORBIDDEN' });
    return fail('FORBIDDEN', 'This window may not call Lectern.');
  }
  return dispatch(handlers, channel, payload, options);
}

/** Registers one `ipcMain.handle` per contract channel; the mapped `Handlers` type makes a gap a compile error. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  options: RegisterIpcOptions = {},
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      handleInvoke(handlers, channel, event, payload, options),
    );
  }
}
