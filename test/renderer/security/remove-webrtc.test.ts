// The renderer bootstrap removes WebRTC and media capture from the page's globals before app code runs.
import { describe, expect, it } from 'vitest';
import {
  MEDIA_CAPTURE_MEMBERS,
  removeWebRtc,
  WEBRTC_GLOBALS,
} from '../../../renderer/src/security/remove-webrtc';

describe('removeWebRtc', () => {
  it('deletes every WebRTC constructor and media-capture member, as a browser defines them', () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    // Define them the way WebIDL does: writable, configurable, non-enumerable.
    for (const name of WEBRTC_GLOBALS) {
      Object.defineProperty(globalThis, name, {
        value: function Fake() {},
        writable: true,
        configurable: true,
      });
    }
    for (const name of MEDIA_CAPTURE_MEMBERS) {
      Object.defineProperty(Navigator.prototype, name, { get: () => ({}), configurable: true });
    }
    expect(typeof scope.RTCPeerConnection).toBe('function');
    expect('mediaDevices' in navigator).toBe(true);
    expect(removeWebRtc(globalThis)).toEqual([]);
    for (const name of WEBRTC_GLOBALS) expect(name in globalThis, name).toBe(false);
    for (const name of MEDIA_CAPTURE_MEMBERS) expect(name in navigator, name).toBe(false);
  });
});
