// Chromium switches that cut every network path before the first request could be made (Article 6).
import type { CommandLine } from 'electron';
import { WEBRTC_POLICY_SWITCH } from './webrtc-policy';

/** Switches appended before `ready`; each closes a way Chromium would otherwise reach the network on its own. */
export const NETWORK_SWITCHES: readonly (readonly [string, string?])[] = [
  // Every host name resolves to "not found": even a request that slipped past the filter cannot connect.
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
  ['no-proxy-server'],
  // Component updates, field trials, safe-browsing pings and similar background traffic.
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['disable-sync'],
  ['no-pings'],
  // WebRTC without UDP (also set on every web contents, see web-contents-guards.ts).
  WEBRTC_POLICY_SWITCH,
  [
    'disable-features',
    'AutofillServerCommunication,MediaRouter,OptimizationHints,Translate,SpareRendererForSitePerProcess',
  ],
];

/** Appends the switches; call at module load of main, before `app.whenReady()`. */
export function applyNetworkSwitches(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  for (const [name, value] of NETWORK_SWITCHES) {
    if (value === undefined) commandLine.appendSwitch(name);
    else commandLine.appendSwitch(name, value);
  }
}
