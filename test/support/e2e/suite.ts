// The setup both e2e files share: build the renderer, start the loopback host and launch Chromium once per
// file, and stop them afterwards even when a step failed half-way.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { buildRenderer, startHost, type RunningHost } from './host';

/** The running host and browser a test drives. */
export interface HostAndBrowser {
  host: RunningHost;
  browser: Browser;
}

interface Hooks {
  /** Runs first in beforeAll (a folder for screenshots, fixture files). */
  before?: () => void;
  /** Runs last in afterAll (removing fixture files). */
  after?: () => void;
}

/** Registers the hooks; the returned function gives the host and browser, or throws if setup did not finish. */
export function setupHostAndBrowser({ before, after }: Hooks = {}): () => HostAndBrowser {
  const started: { host?: RunningHost; browser?: Browser } = {};
  beforeAll(async () => {
    before?.();
    buildRenderer();
    started.host = await startHost();
    started.browser = await launchChromium();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.host?.stop();
    after?.();
  });
  return () => {
    const { host, browser } = started;
    if (!host || !browser) throw new Error('e2e setup did not complete');
    return { host, browser };
  };
}
