// Preload: exposes the typed `window.lectern` API (filled in by the IPC contract work).
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('lectern', {});
