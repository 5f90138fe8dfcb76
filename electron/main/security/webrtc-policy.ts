// WebRTC would send STUN/ICE packets over UDP straight from the renderer: past the CSP (connect-src does not
// cover it), the host-resolver rules (an IP literal needs no resolving) and the request filter (not an HTTP
// request). This policy is what stops it.

/** Chromium's strictest IP handling policy: no UDP unless through a proxy, and Lectern has no proxy. */
export const WEBRTC_IP_HANDLING_POLICY = 'disable_non_proxied_udp' as const;

/**
 * The same policy as a Chromium command-line switch. Debian's Chromium honours it (the loopback end-to-end test
 * launches with it); Electron applies the policy per web contents (`setWebRTCIPHandlingPolicy`), and gets the
 * switch too in case its Chromium layer reads it.
 */
export const WEBRTC_POLICY_SWITCH = ['webrtc-ip-handling-policy', WEBRTC_IP_HANDLING_POLICY] as const;
