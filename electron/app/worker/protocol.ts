// The messages between a host thread (Electron main, the loopback host, a benchmark) and the core worker.
// Requests carry the contract's channel and payload unchanged; answers carry the dispatch envelope unchanged,
// so the worker is a transport and never a second contract.
import type { IpcResult } from '../../shared/envelope';
import type { ServicesOptions } from '../open-services';
import type { PlatformCall, PlatformEvent, PlatformSnapshot } from '../platform-methods';

/** What the worker needs to start: where the data lives and the host's platform facts. */
export interface CoreWorkerData {
  services: ServicesOptions;
  platform: PlatformSnapshot;
}

/** A log line from the worker, written by the host thread's log (channel and code, never payloads). */
export interface CoreLogEntry {
  level: 'info' | 'warn' | 'error';
  event: string;
  channel?: string;
  code?: string | null;
  detail?: string;
}

/** Host thread → worker. */
export type ToWorker =
  | { kind: 'call'; id: number; channel: string; payload: unknown }
  | { kind: 'platform-result'; id: number; ok: true; value: unknown }
  | { kind: 'platform-result'; id: number; ok: false; message: string }
  | { kind: 'shutdown' };

/** Worker → host thread. */
export type FromWorker =
  | { kind: 'ready'; notices: string[] }
  /** Notices found after opening (the background re-anchoring pass), shown like the start-up ones. */
  | { kind: 'notices'; notices: string[] }
  | { kind: 'open-failed'; message: string }
  | { kind: 'result'; id: number; result: IpcResult<unknown> }
  | { kind: 'platform-call'; id: number; method: PlatformCall; args: unknown[] }
  | { kind: 'platform-event'; method: PlatformEvent; args: unknown[] }
  | { kind: 'log'; entry: CoreLogEntry }
  | { kind: 'closed' };

/** The part of a MessagePort (or `parentPort`, or a Worker) the protocol uses. */
export interface PortLike<Out> {
  postMessage(message: Out): void;
}
