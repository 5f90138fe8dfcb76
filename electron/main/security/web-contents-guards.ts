// Per-window guards: the page can never navigate away, open windows, redirect, embed a <webview> or use WebRTC
// over UDP.
import type { WebContents } from 'electron';
import { WEBRTC_IP_HANDLING_POLICY } from './webrtc-policy';

/** The WebContents surface the guards use (narrowed for tests). */
type GuardableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'setWebRTCIPHandlingPolicy'>;

/** Attaches the guards; main calls it from `web-contents-created`, so every contents gets them. */
export function guardWebContents(contents: GuardableContents): void {
  // Set before the page loads (web-contents-created fires first): no STUN or ICE packet ever leaves.
  contents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY);
  // The reader is a single page: in-page (hash/history) navigation does not fire will-navigate, so every
  // will-navigate is a page trying to leave the bundle or reload into something else.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
