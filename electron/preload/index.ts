// Preload: exposes exactly `window.lectern`, built from the contract. No ipcRenderer, no process, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './create-preload-api';

contextBridge.exposeInMainWorld('lectern', createPreloadApi(ipcRenderer));
