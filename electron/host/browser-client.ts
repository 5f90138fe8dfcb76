// Loaded by the loopback test host before the renderer's own script: defines `window.lectern` with the exact
// shape the preload gives in Electron, but carried over HTTP to the host. Never bundled into the app.
import { buildLecternApi } from '../shared/api';
import type { IpcResult } from '../shared/envelope';
import type { EventName } from '../shared/events';

const token = document.querySelector('meta[name="lectern-host-token"]')?.getAttribute('content') ?? '';

async function invoke(channel: string, request: unknown): Promise<IpcResult<unknown>> {
  try {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
    });
    return (await response.json()) as IpcResult<unknown>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'IO', message: `Test host unreachable: ${String(error)}`, language: 'en' },
    };
  }
}

// One EventSource for all main → renderer events, opened on first subscription (the cookie authenticates it).
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
let source: EventSource | null = null;

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!source) {
    source = new EventSource('/events');
    source.onmessage = (message: MessageEvent<string>) => {
      const { event: name, payload } = JSON.parse(message.data) as { event: EventName; payload: unknown };
      for (const fn of listeners.get(name) ?? []) fn(payload);
    };
  }
  const set = listeners.get(event) ?? new Set();
  set.add(listener);
  listeners.set(event, set);
  return () => {
    set.delete(listener);
  };
}

Object.defineProperty(window, 'lectern', {
  value: buildLecternApi(invoke, subscribe),
  writable: false,
  configurable: false,
});
