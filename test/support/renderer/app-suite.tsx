// The setup every App test file shares: jsdom's layout stubbed, the real core installed before the tests, the
// App unmounted after each test (or once at the end, for files whose single test remounts it) and the core
// closed at the end.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ReactElement } from 'react';
import { App } from '../../../renderer/src/app';
import { QueryStore } from '../../../renderer/src/api/query-store';
import { QueryStoreProvider } from '../../../renderer/src/api/use-query';
import { installCore, stubLayout, type CoreApiHandle } from './core';

/** The decree the App opens first, which most tests read. */
export const DOC = 'decree-63-2020';

/** What a test file receives once the core is open. */
export interface AppSuite {
  core: CoreApiHandle;
  /** Elements scrolled into view, in order (jsdom has no layout). */
  scrolled: HTMLElement[];
}

interface Options {
  /** When the App is unmounted: after each test (the default) or once after all of them. */
  unmount?: 'each' | 'end';
}

/** Registers the hooks; `ready` runs in beforeAll with the open core, to keep handles or load fixtures. */
export function setupAppSuite(
  ready: (suite: AppSuite) => void | Promise<void>,
  { unmount = 'each' }: Options = {},
): void {
  let core: CoreApiHandle | undefined;
  beforeAll(async () => {
    const scrolled = stubLayout();
    core = await installCore();
    await ready({ core, scrolled });
  });
  if (unmount === 'each') afterEach(cleanup);
  afterAll(() => {
    if (unmount === 'end') cleanup();
    core?.close();
  });
}

/** Renders the App and waits until the decree, which opens first, is on screen. */
export async function openDecree(): Promise<void> {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: /Decree/ });
  // The heading can show before the provisions have loaded; shortcuts such as Ctrl+F act on the loaded text.
  await waitFor(() => {
    expect(document.querySelector('[data-text-eid="art_6__cl_1"]')).not.toBeNull();
  });
}

/** Renders a component outside the App with the App's providers it needs (a fresh query store). */
export function renderInApp(ui: ReactElement): ReturnType<typeof render> {
  return render(<QueryStoreProvider store={new QueryStore()}>{ui}</QueryStoreProvider>);
}
