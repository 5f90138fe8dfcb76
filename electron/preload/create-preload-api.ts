// Builds `window.lectern` over ipcRenderer; split from index.ts so tests can run it against a fake ipcRenderer.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { buildLecternApi } from '../shared/api';
import type { LecternApi } from '../shared/api';
import type { IpcResult } from '../shared/envelope';

/** Wraps invoke and on so the page never receives the IpcRendererEvent (it carries `sender`, i.e. ipcRenderer). */
export function createPreloadApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): LecternApi {
  return buildLecternApi(
    (channel, request) => ipc.invoke(channel, request) as Promise<IpcResult<unknown>>,
    (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => {
        listener(payload);
      };
      ipc.on(event, forward);
      return () => {
        ipc.removeListener(event, forward);
      };
    },
  ) satisfies LecternApi;
}
