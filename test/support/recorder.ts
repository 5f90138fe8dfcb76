// Small recording fakes for the Electron objects the shell touches: they keep what was registered so a test
// can fire events and call handlers the way Electron would.
import { vi } from 'vitest';

/** A listener registry standing in for an EventEmitter-like Electron object. */
export class Emitter {
  readonly listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();

  on = vi.fn((event: string, listener: (...args: unknown[]) => unknown) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });

  once = this.on;

  /** Fires `event` with a preventable event object; returns whether a listener prevented it. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const eventObject = {
      preventDefault: () => {
        prevented = true;
      },
      ...(typeof args[0] === 'object' && args[0] !== null ? args[0] : {}),
    };
    for (const listener of this.listeners.get(event) ?? []) listener(eventObject, ...args.slice(1));
    return prevented;
  }
}

/** A fake Session recording every handler the hardening installs. */
export function fakeSession() {
  const emitter = new Emitter();
  const beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void)[] =
    [];
  return Object.assign(emitter, {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    setBluetoothPairingHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    beforeRequest,
    webRequest: {
      onBeforeRequest: vi.fn((listener: (typeof beforeRequest)[number]) => {
        beforeRequest.push(listener);
      }),
    },
  });
}

/** A fake WebContents for the navigation guards. */
export function fakeWebContents() {
  const emitter = new Emitter();
  return Object.assign(emitter, {
    setWindowOpenHandler: vi.fn(),
    setWebRTCIPHandlingPolicy: vi.fn(),
    send: vi.fn(),
  });
}
