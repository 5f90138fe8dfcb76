// Zero network and lockdown (webPreferences are asserted in bootstrap.test.ts): Chromium switches, the request filter's decisions, permission and
// device denials, and navigation / window-open denial — each asserted on the real functions main wires up.
import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { applyNetworkSwitches, NETWORK_SWITCHES } from '../../electron/main/security/switches';
import { isAllowedRequestUrl } from '../../electron/main/security/request-filter';
import { hardenSession } from '../../electron/main/security/session-hardening';
import { guardWebContents } from '../../electron/main/security/web-contents-guards';
import { fakeSession, fakeWebContents } from '../support/recorder';

describe('Chromium switches', () => {
  it('maps every host to NOTFOUND, disables proxies and background networking', () => {
    const appended: [string, string | undefined][] = [];
    applyNetworkSwitches({
      appendSwitch: (name: string, value?: string) => {
        appended.push([name, value]);
      },
    });
    expect(appended).toContainEqual(['host-resolver-rules', 'MAP * ~NOTFOUND']);
    expect(appended).toContainEqual(['no-proxy-server', undefined]);
    expect(appended).toContainEqual(['disable-background-networking', undefined]);
    expect(appended).toContainEqual(['webrtc-ip-handling-policy', 'disable_non_proxied_udp']);
    expect(appended).toHaveLength(NETWORK_SWITCHES.length);
  });
});

describe('request filter decisions', () => {
  const allowed = [
    'app://lectern/index.html',
    'app://lectern/assets/index-abc.js',
    'app://lectern/assets/DejaVuSans.ttf',
  ];
  const denied = [
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'ws://127.0.0.1:9229/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://lectern/1234',
    'app://evil/index.html',
    'app://lectern.evil.com/index.html',
    'chrome://settings',
    'chrome-extension://abc/x.js',
    'devtools://devtools/bundled/inspector.html',
    'https://clients2.google.com/service/update2/crx',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'not a url',
    '',
  ];
  it.each(allowed)('allows %s', (url) => {
    expect(isAllowedRequestUrl(url, { allowDevTools: false })).toBe(true);
  });
  it.each(denied)('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url, { allowDevTools: false })).toBe(false);
  });
  it('allows devtools:// only in development', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { allowDevTools: true })).toBe(
      true,
    );
    expect(isAllowedRequestUrl('https://example.com/', { allowDevTools: true })).toBe(false);
  });
});

describe('session hardening', () => {
  const harden = (allowDevTools = false) => {
    const session = fakeSession();
    hardenSession(session as unknown as Session, { allowDevTools });
    return session;
  };

  it('installs exactly one onBeforeRequest listener, which cancels everything but app://', () => {
    const session = harden();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    const decide = (url: string): boolean => {
      let cancel: boolean | undefined;
      session.beforeRequest[0]!({ url }, (r) => {
        cancel = r.cancel;
      });
      return cancel!;
    };
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://lectern/index.html')).toBe(false);
  });

  it('turns the spellchecker off and points dictionary downloads inside the app', () => {
    const session = harden();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]![0]).toMatch(/^app:\/\/lectern\//);
  });

  it('denies every permission request, check, device, bluetooth and screen-capture request', () => {
    const session = harden();
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      permission: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      let granted: boolean | undefined;
      requestHandler({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(check({}, 'media', 'app://lectern', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://lectern' })).toBe(false);
    let pairing: unknown;
    (session.setBluetoothPairingHandler.mock.calls[0]![0] as (d: unknown, cb: (r: unknown) => void) => void)(
      {},
      (r) => (pairing = r),
    );
    expect(pairing).toEqual({ confirmed: false });
    let capture: unknown;
    (
      session.setDisplayMediaRequestHandler.mock.calls[0]![0] as (
        r: unknown,
        cb: (s: unknown) => void,
      ) => void
    )({}, (s) => (capture = s));
    expect(capture).toEqual({});
  });

  it('cancels device pickers and downloads', () => {
    const session = harden();
    for (const event of ['select-hid-device', 'select-serial-port', 'select-usb-device']) {
      let answered = false;
      const answer = () => (answered = true);
      const prevented =
        event === 'select-serial-port'
          ? session.fire(event, {}, [], {}, answer)
          : session.fire(event, {}, {}, answer);
      expect(prevented, event).toBe(true);
      expect(answered, event).toBe(true);
    }
    expect(session.fire('will-download', {})).toBe(true);
  });
});

describe('navigation and window guards', () => {
  it('prevents navigation, redirects and webviews, and denies window.open', () => {
    const contents = fakeWebContents();
    guardWebContents(contents as unknown as WebContents);
    expect(contents.fire('will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(contents.fire('will-navigate', { url: 'app://lectern/index.html' })).toBe(true);
    expect(contents.fire('will-redirect', { url: 'https://example.com/' })).toBe(true);
    expect(contents.fire('will-attach-webview', {})).toBe(true);
    expect(contents.fire('will-frame-navigate', { isMainFrame: false, url: 'https://x/' })).toBe(true);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    for (const url of ['https://example.com/', 'app://lectern/index.html', 'file:///etc/passwd']) {
      expect(openHandler({ url })).toEqual({ action: 'deny' });
    }
  });

  it('turns WebRTC UDP off: the strictest IP handling policy, set once per web contents', () => {
    const contents = fakeWebContents();
    guardWebContents(contents as unknown as WebContents);
    expect(contents.setWebRTCIPHandlingPolicy.mock.calls).toEqual([['disable_non_proxied_udp']]);
  });
});
