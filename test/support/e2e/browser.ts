// Debian Chromium through playwright-core, with every request that is not to the test host blocked and recorded.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WEBRTC_POLICY_SWITCH } from '../../../electron/main/security/webrtc-policy';

/** Where Debian installs Chromium (`apt-get install chromium`; .ci/run does it when missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with background networking off and the app's WebRTC IP handling policy. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // What Electron applies per web contents (setWebRTCIPHandlingPolicy), as Chromium's own switch.
      `--${WEBRTC_POLICY_SWITCH[0]}=${WEBRTC_POLICY_SWITCH[1]}`,
    ],
  });
}

/** A page whose context aborts (and lists) every request outside `origin`. */
export async function guardedPage(
  browser: Browser,
  origin: string,
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** 2 with half the window's size in CSS pixels is how Chromium lays out a page zoomed to 200 %. */
    deviceScaleFactor?: number;
  } = {},
): Promise<{ context: BrowserContext; page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    serviceWorkers: 'block',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, foreign, errors };
}
