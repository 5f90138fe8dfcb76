// The host thread's handle on the core worker: `invoke(channel, payload)` resolves to the dispatch envelope,
// platform calls from the worker are answered here, and a worker that dies answers every pending call with a
// clear error and is started again (up to a limit, after which the host is told and every call fails fast).
import type { Worker } from 'node:worker_threads';
import type { IpcResult } from '../../shared/envelope';
import { fail } from '../../shared/envelope';
import type { CoreInvoke } from '../dispatch';
import type { Platform } from '../platform';
import type { ServicesOptions } from '../open-services';
import { snapshotPlatform } from '../platform-methods';
import { answerPlatformCall, deliverPlatformEvent } from './platform-bridge';
import type { CoreLogEntry, CoreWorkerData, FromWorker, ToWorker } from './protocol';
import { spawnCoreWorker } from './worker-launch';

/** What the host learns when the core stops unexpectedly. */
export interface CoreCrash {
  /** Exit code or error message of the worker that stopped. */
  reason: string;
  /** True when it was started again; false once the restart limit is reached (calls now fail fast). */
  restarted: boolean;
}

/** Options for startCore. */
export interface CoreClientOptions {
  /** The worker entry (see coreWorkerEntry). */
  entry: string;
  services: ServicesOptions;
  /** The host's real platform: dialogs and progress are answered with it; its facts are read once. */
  platform: Platform;
  log?: (entry: CoreLogEntry) => void;
  onCrash?: (crash: CoreCrash) => void;
  /** Notices of a restarted worker (a recovery or rebuilt index found on the way up). */
  onRestartNotices?: (notices: string[]) => void;
  /** Notices the core reaches after it opened (the background re-anchoring of notes), for the same display. */
  onLateNotices?: (notices: string[]) => void;
  /** Restarts allowed within `restartWindowMs` before giving up (default 3 in 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
}

/** The running core. */
export interface CoreClient {
  /** Resolves with the start-up notices once the services are open; rejects with the reason they could not be. */
  ready: Promise<string[]>;
  invoke: CoreInvoke;
  /** Cancels running jobs, closes the databases and stops the worker (terminated after `timeoutMs`). */
  close(timeoutMs?: number): Promise<void>;
  /** The current worker (tests terminate it to simulate a crash). */
  readonly worker: Worker;
  /** How many times the worker has been restarted. */
  readonly restarts: number;
}

interface Pending {
  channel: string;
  resolve: (result: IpcResult<unknown>) => void;
}

/** Starts the core worker and returns its client. */
export function startCore(options: CoreClientOptions): CoreClient {
  const data: CoreWorkerData = { services: options.services, platform: snapshotPlatform(options.platform) };
  const pending = new Map<number, Pending>();
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.restartWindowMs ?? 60_000;
  const crashes: number[] = [];
  let nextId = 1;
  let exited = false;
  let restarts = 0;
  let gaveUp: string | null = null;
  let closing: Promise<void> | null = null;
  let onClosed: (() => void) | null = null;
  let settleReady: { resolve: (n: string[]) => void; reject: (e: Error) => void } | null = null;
  const ready = new Promise<string[]>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // A host that never awaits `ready` (it only invokes) must not see an unhandled rejection.
  ready.catch(() => undefined);

  const answerAll = (message: string): void => {
    for (const [id, call] of pending) {
      pending.delete(id);
      call.resolve(fail('INTERNAL', `${message} (${call.channel})`));
    }
  };

  const attach = (worker: Worker, first: boolean): Worker => {
    let opened = false;
    let openFailure: string | null = null;
    let errorText: string | null = null;
    const send = (message: ToWorker): void => {
      worker.postMessage(message);
    };
    worker.on('message', (message: FromWorker) => {
      switch (message.kind) {
        case 'ready':
          opened = true;
          if (first) settleReady?.resolve(message.notices);
          else if (message.notices.length > 0) options.onRestartNotices?.(message.notices);
          break;
        case 'notices':
          options.onLateNotices?.(message.notices);
          break;
        case 'open-failed':
          openFailure = message.message;
          void worker.terminate();
          break;
        case 'result': {
          const call = pending.get(message.id);
          pending.delete(message.id);
          call?.resolve(message.result);
          break;
        }
        case 'platform-call':
          void answerPlatformCall(options.platform, message.id, message.method, message.args).then(send);
          break;
        case 'platform-event':
          deliverPlatformEvent(options.platform, message.method, message.args);
          break;
        case 'log':
          options.log?.(message.entry);
          break;
        case 'closed':
          onClosed?.();
          break;
      }
    });
    worker.on('error', (error) => {
      errorText = error.message;
      options.log?.({ level: 'error', event: 'core-error', detail: error.stack ?? error.message });
    });
    worker.on('exit', (code) => {
      if (worker !== current) return;
      exited = true;
      if (closing) {
        onClosed?.();
        return;
      }
      const reason = openFailure ?? errorText ?? `exit code ${String(code)}`;
      options.log?.({ level: 'error', event: 'core-stopped', detail: reason });
      if (!opened) {
        // It never served a call: starting it again would fail the same way.
        gaveUp ??= reason;
        answerAll(`Lectern's core could not start: ${reason}`);
        if (first) settleReady?.reject(new Error(reason));
        else options.onCrash?.({ reason, restarted: false });
        return;
      }
      const now = Date.now();
      crashes.push(now);
      while ((crashes[0] ?? now) < now - windowMs) crashes.shift();
      const restart = crashes.length <= maxRestarts;
      answerAll(
        restart
          ? "Lectern's core stopped unexpectedly and was restarted; try again"
          : "Lectern's core stopped unexpectedly; restart Lectern",
      );
      if (restart) {
        restarts += 1;
        exited = false;
        current = attach(spawnCoreWorker(options.entry, data), false);
      } else {
        gaveUp = reason;
      }
      options.onCrash?.({ reason, restarted: restart });
    });
    return worker;
  };

  let current = attach(spawnCoreWorker(options.entry, data), true);

  const invoke: CoreInvoke = (channel, payload) => {
    if (closing) return Promise.resolve(fail('INTERNAL', 'Lectern is closing.'));
    if (gaveUp !== null) {
      return Promise.resolve(fail('INTERNAL', "Lectern's core is not running; restart Lectern."));
    }
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { channel, resolve });
      try {
        current.postMessage({ kind: 'call', id, channel, payload } satisfies ToWorker);
      } catch {
        // Functions, symbols or other values the structured clone refuses never reach the core.
        pending.delete(id);
        resolve(fail('INVALID_INPUT', `The request to ${channel.slice(0, 64)} is not plain data.`));
      }
    });
  };

  const close = (timeoutMs = 5000): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      const worker = current;
      if (exited) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        void worker.terminate();
      }, timeoutMs);
      onClosed = () => {
        clearTimeout(timer);
        // The worker has closed its databases; make sure its thread ends too.
        void worker.terminate();
        resolve();
      };
      worker.postMessage({ kind: 'shutdown' } satisfies ToWorker);
    }).then(() => {
      answerAll('Lectern is closing.');
    });
    return closing;
  };

  return {
    ready,
    invoke,
    close,
    get worker() {
      return current;
    },
    get restarts() {
      return restarts;
    },
  };
}
