// The Platform inside the core worker is a proxy: dialog calls travel to the host thread and wait for its answer,
// fire-and-forget calls (progress) travel there without waiting, facts are served from the start-up snapshot.
// Both sides are built from the lists in ../platform-methods.ts, so a new Platform method needs no code here.
import type { Platform } from '../platform';
import type { PlatformCall, PlatformEvent, PlatformSnapshot } from '../platform-methods';
import { PLATFORM_CALLS, PLATFORM_EVENTS, isPlatformCall, isPlatformEvent } from '../platform-methods';
import type { FromWorker, PortLike, ToWorker } from './protocol';

type PlatformResult = Extract<ToWorker, { kind: 'platform-result' }>;

/** The worker side: the proxy handlers use, and `settle` for the host's answers. */
interface WorkerPlatform {
  platform: Platform;
  /** Resolves or rejects the pending call an answer belongs to (unknown ids are ignored). */
  settle(result: PlatformResult): void;
  /** Rejects every pending call (the worker is shutting down). */
  rejectAll(message: string): void;
}

/** Builds the worker's Platform over `port`. */
export function createWorkerPlatform(port: PortLike<FromWorker>, snapshot: PlatformSnapshot): WorkerPlatform {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const call =
    (method: PlatformCall) =>
    (...args: unknown[]): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        port.postMessage({ kind: 'platform-call', id, method, args });
      });
  const event =
    (method: PlatformEvent) =>
    (...args: unknown[]): void => {
      port.postMessage({ kind: 'platform-event', method, args });
    };
  const members: Record<string, unknown> = {
    info: () => snapshot.info,
    licenses: () => snapshot.licenses,
    ...(snapshot.fontsDir === undefined ? {} : { fontsDir: snapshot.fontsDir }),
    ...(snapshot.saveDialogConfirmsReplace === undefined
      ? {}
      : { saveDialogConfirmsReplace: snapshot.saveDialogConfirmsReplace }),
  };
  for (const method of PLATFORM_CALLS) members[method] = call(method);
  for (const method of PLATFORM_EVENTS) members[method] = event(method);
  return {
    // Built from the member lists, which platform-methods.ts checks against the interface at compile time.
    platform: members as unknown as Platform,
    settle(result) {
      const waiting = pending.get(result.id);
      if (!waiting) return;
      pending.delete(result.id);
      if (result.ok) waiting.resolve(result.value);
      else waiting.reject(new Error(result.message));
    },
    rejectAll(message) {
      for (const waiting of pending.values()) waiting.reject(new Error(message));
      pending.clear();
    },
  };
}

/** The host side of a call: runs the listed method on the real Platform and builds the answer for the worker. */
export async function answerPlatformCall(
  platform: Platform,
  id: number,
  method: unknown,
  args: unknown[],
): Promise<PlatformResult> {
  if (!isPlatformCall(method)) return { kind: 'platform-result', id, ok: false, message: 'Unknown method' };
  try {
    const run = (platform[method] as (...a: unknown[]) => Promise<unknown>).bind(platform);
    return { kind: 'platform-result', id, ok: true, value: await run(...args) };
  } catch (error) {
    return {
      kind: 'platform-result',
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The host side of a fire-and-forget call; an unlisted name is ignored. */
export function deliverPlatformEvent(platform: Platform, method: unknown, args: unknown[]): void {
  if (!isPlatformEvent(method)) return;
  const run = (platform[method] as (...a: unknown[]) => void).bind(platform);
  run(...args);
}
