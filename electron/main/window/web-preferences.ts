// The window's webPreferences in one place, so a test can pin every security-relevant value.
import type { WebPreferences } from 'electron';

/** Hardened preferences: sandboxed, isolated, no Node, no webview, DevTools only in unpackaged builds. */
export function secureWebPreferences(options: { preloadPath: string; packaged: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: !options.packaged,
  };
}
