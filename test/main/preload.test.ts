// The preload exposes exactly one thing, `window.lectern`, built from the contract, and leaks no IPC object.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/shared/contract';

const exposed = vi.hoisted(() => ({ calls: [] as [string, unknown][] }));
const ipc = vi.hoisted(() => ({
  invoke: vi.fn((channel: string, request: unknown) =>
    Promise.resolve({ ok: true, value: { channel, request } }),
  ),
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed.calls.push([key, api]);
    },
  },
  ipcRenderer: {
    invoke: ipc.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      ipc.listeners.set(channel, listener);
      ipc.on(channel);
    },
    removeListener: (channel: string) => {
      ipc.listeners.delete(channel);
      ipc.removeListener(channel);
    },
  },
}));

type Api = Record<string, unknown> & { on: (e: string, l: (p: unknown) => void) => () => void };
let api: Api;

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = exposed.calls[0]![1] as Api;
});

describe('preload', () => {
  it('calls exposeInMainWorld exactly once, with the key "lectern"', () => {
    expect(exposed.calls.map(([key]) => key)).toEqual(['lectern']);
  });

  it('exposes one function per contract channel plus `on`, and nothing else', () => {
    const surface = Object.entries(api).flatMap(([key, value]) =>
      typeof value === 'function'
        ? [key]
        : Object.entries(value as Record<string, unknown>).map(([verb, fn]) => {
            expect(typeof fn).toBe('function');
            return `${key}:${verb}`;
          }),
    );
    expect(surface.sort()).toEqual([...CHANNELS, 'on'].sort());
    const flat = JSON.stringify(Object.keys(api));
    for (const leaked of ['ipcRenderer', 'invoke', 'send', 'process', 'require', 'electron']) {
      expect(flat).not.toContain(`"${leaked}"`);
    }
  });

  it('routes a call to ipcRenderer.invoke on the contract channel', async () => {
    const documents = api.documents as Record<string, (r?: unknown) => Promise<unknown>>;
    await expect(documents.get!({ docId: 'decree-63-2020' })).resolves.toEqual({
      ok: true,
      value: { channel: 'documents:get', request: { docId: 'decree-63-2020' } },
    });
    await documents.list!();
    expect(ipc.invoke).toHaveBeenLastCalledWith('documents:list', {});
  });

  it('delivers event payloads without the IpcRendererEvent, and unsubscribes', () => {
    const received: unknown[] = [];
    const off = api.on('job:progress', (payload) => received.push(payload));
    const fakeEvent = { sender: { invoke: () => 'ipcRenderer leaked' } };
    ipc.listeners.get('job:progress')!(fakeEvent, { jobId: 'j', done: 1, total: 2 });
    expect(received).toEqual([{ jobId: 'j', done: 1, total: 2 }]);
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith('job:progress');
  });

  it('refuses subscriptions to channels outside the contract', () => {
    expect(() => api.on('annotations:create', () => undefined)).toThrow(/Unknown Lectern event/);
    expect(ipc.on).not.toHaveBeenCalledWith('annotations:create');
  });
});
