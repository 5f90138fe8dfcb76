// Registers every contract channel on ipcMain, each call behind the sender check, then relayed to the core
// (a worker thread running the dispatch gate and the handlers), so main never blocks on the core's work.
import type { IpcMain } from 'electron';
import { CHANNELS } from '../../shared/contract';
import type { IpcResult } from '../../shared/envelope';
import { fail } from '../../shared/envelope';
import type { CoreInvoke, DispatchLogEntry } from '../../app/dispatch';
import type { SenderEventLike } from './sender';
import { isTrustedSender } from './sender';

/** Options for registration; `log` gets one line per refused call (the core logs its own failures). */
interface RegisterIpcOptions {
  log?: (entry: DispatchLogEntry) => void;
}

/** Handles one invoke: refuse untrusted senders, then relay to the core, which validates and runs it. */
export async function handleInvoke(
  invoke: CoreInvoke,
  channel: string,
  event: SenderEventLike,
  payload: unknown,
  options: RegisterIpcOptions = {},
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(event)) {
    options.log?.({ channel, code: 'FORBIDDEN' });
    return fail('FORBIDDEN', 'This window may not call Lectern.');
  }
  return invoke(channel, payload);
}

/** Registers one `ipcMain.handle` per contract channel; the core's `Handlers` table covers each one. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  invoke: CoreInvoke,
  options: RegisterIpcOptions = {},
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      handleInvoke(invoke, channel, event, payload, options),
    );
  }
}
