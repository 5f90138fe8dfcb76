// The core's side of the worker protocol: opens the services, builds the handler table over the Platform proxy,
// and answers each `{id, channel, payload}` with the dispatch envelope. core-worker.ts runs it on `parentPort`;
// it takes any port, so it also runs over a MessageChannel.
import { setTimeout as sleep } from 'node:timers/promises';
import { fail } from '../../shared/envelope';
import { isLecternError } from '../../core/errors';
import { REANCHOR_JOB_ID, reanchorInBackground } from '../background-reanchor';
import { createHandlers } from '../create-handlers';
import type { DispatchLogEntry } from '../dispatch';
import { dispatch } from '../dispatch';
import { JobRegistry } from '../jobs';
import type { Services } from '../open-services';
import { backupAtStartup, openServices } from '../open-services';
import type { MessageLanguage } from '../../core/errors';
import { explainFailure } from '../../core/failure-messages';
import { getSetting } from '../../core/userdb/settings';
import { createWorkerPlatform } from './platform-bridge';
import { throttleProgress } from './progress-throttle';
import type { CoreWorkerData, FromWorker, PortLike, ToWorker } from './protocol';

/** A port the server listens on: `parentPort` in the worker, or one end of a MessageChannel. */
interface ServerPort extends PortLike<FromWorker> {
  on(event: 'message', listener: (message: ToWorker) => void): unknown;
  close(): void;
}

/** How long shutdown waits for cancelled jobs to unwind (they stop at their next step). */
const JOB_UNWIND_MS = 2000;

/** The start-up notices the UI must show (recovery, rebuilt index, re-anchored notes), as plain lines. */
function startupNotices(services: Services): string[] {
  const { recovery, searchRebuilt, reanchored } = services.notices;
  return [recovery?.message, searchRebuilt, reanchored].filter((m): m is string => typeof m === 'string');
}

/** Opens the services and serves calls on `port` until a `shutdown` message; reports an open failure instead. */
export function serveCore(port: ServerPort, data: CoreWorkerData): void {
  const post = (message: FromWorker): void => {
    port.postMessage(message);
  };
  const bridge = createWorkerPlatform(port, data.platform);
  let services: Services;
  try {
    services = openServices({ ...data.services, reanchor: 'background' });
  } catch (error) {
    // The interface language is stored in the database that failed to open, so both wordings are shown.
    const explained = explainFailure(error);
    const message =
      explained === null
        ? error instanceof Error
          ? error.message
          : String(error)
        : [explained.message, explained.vi].filter(Boolean).join('\n');
    post({ kind: 'open-failed', message });
    port.close();
    return;
  }
  const jobs = new JobRegistry();
  const progress = throttleProgress((p) => {
    bridge.platform.progress(p);
  });
  const platform = { ...bridge.platform, progress };
  const handlers = createHandlers(services, platform, jobs);
  const log = (entry: DispatchLogEntry): void => {
    post({
      kind: 'log',
      entry: { level: entry.code === 'INTERNAL' ? 'error' : 'warn', event: 'ipc-failed', ...entry },
    });
  };
  const language = (): MessageLanguage => {
    try {
      return getSetting(services.userDb.db, 'locale');
    } catch {
      return 'en'; // the database itself is what failed (locked, damaged): English, never a second failure
    }
  };
  let closing = false;

  const answer = async (id: number, channel: string, payload: unknown): Promise<void> => {
    const result = closing
      ? fail('INTERNAL', 'Lectern is closing.')
      : await dispatch(handlers, channel, payload, { log, language });
    try {
      post({ kind: 'result', id, result });
    } catch (error) {
      // A value that cannot be cloned is a bug in a handler: report it like any unexpected error.
      log({ channel, code: 'INTERNAL', detail: error instanceof Error ? error.message : String(error) });
      post({ kind: 'result', id, result: fail('INTERNAL', `Lectern could not complete ${channel}.`) });
    }
  };

  const shutdown = async (): Promise<void> => {
    closing = true;
    for (const id of jobs.ids()) jobs.cancel(id);
    bridge.rejectAll('Lectern is closing.');
    for (let waited = 0; jobs.ids().length > 0 && waited < JOB_UNWIND_MS; waited += 10) await sleep(10);
    services.close();
    post({ kind: 'closed' });
    port.close();
  };

  port.on('message', (message) => {
    switch (message.kind) {
      case 'call':
        void answer(message.id, message.channel, message.payload);
        break;
      case 'platform-result':
        bridge.settle(message);
        break;
      case 'shutdown':
        void shutdown();
        break;
    }
  });
  post({ kind: 'ready', notices: startupNotices(services) });
  // Notes of documents whose text changed are re-anchored now, a slice at a time, while calls are answered.
  jobs
    .run(REANCHOR_JOB_ID, (signal) => reanchorInBackground(services, progress, signal))
    .then((notice) => {
      if (notice !== null) post({ kind: 'notices', notices: [notice] });
    })
    .catch((error: unknown) => {
      if (isLecternError(error) && error.code === 'CANCELLED') return; // closing: the next start goes on
      post({
        kind: 'log',
        entry: {
          level: 'error',
          event: 'reanchor-failed',
          detail: error instanceof Error ? error.message : String(error),
        },
      });
    });
  backupAtStartup(services).catch((error: unknown) => {
    post({
      kind: 'log',
      entry: {
        level: 'error',
        event: 'backup-failed',
        detail: error instanceof Error ? error.message : String(error),
      },
    });
  });
}
