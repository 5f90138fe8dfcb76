// Imported first by the renderer entry, so it runs before any app code in both the Electron window and the
// loopback test page: the page's WebRTC and media-capture entry points are removed. Defence in depth only — a
// fresh frame has its own copies; what stops packets is the IP handling policy (electron/main/security).

/** Global constructors through which a page script could open a peer connection. */
export const WEBRTC_GLOBALS = [
  'RTCPeerConnection',
  'webkitRTCPeerConnection',
  'RTCDataChannel',
  'RTCSessionDescription',
  'RTCIceCandidate',
  'RTCRtpSender',
  'RTCRtpReceiver',
  'RTCRtpTransceiver',
  'RTCDtlsTransport',
  'RTCIceTransport',
  'RTCSctpTransport',
] as const;

/** Navigator members that reach cameras and microphones (also denied by the permission handlers in main). */
export const MEDIA_CAPTURE_MEMBERS = ['mediaDevices', 'getUserMedia', 'webkitGetUserMedia'] as const;

/** Deletes the WebRTC globals and media-capture members from `scope`; returns the names still present. */
export function removeWebRtc(scope: typeof globalThis): string[] {
  for (const name of WEBRTC_GLOBALS) Reflect.deleteProperty(scope, name);
  const navigatorProto: unknown = (scope as { Navigator?: { prototype: unknown } }).Navigator?.prototype;
  for (const name of MEDIA_CAPTURE_MEMBERS) {
    if (typeof navigatorProto === 'object' && navigatorProto !== null)
      Reflect.deleteProperty(navigatorProto, name);
    if (typeof scope.navigator === 'object') Reflect.deleteProperty(scope.navigator, name);
  }
  return [...WEBRTC_GLOBALS, ...MEDIA_CAPTURE_MEMBERS].filter(
    (name) => name in scope || (typeof scope.navigator === 'object' && name in scope.navigator),
  );
}

removeWebRtc(globalThis);
