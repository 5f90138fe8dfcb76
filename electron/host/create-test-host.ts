// Assembles a loopback test host: the core in a worker thread exactly as the Electron main process runs it,
// the host platform answering the worker's dialogs, the bundled browser client and the test controls.
// Used by `npm run host` and by end-to-end tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { startCore } from '../app/worker/core-client';
import type { CoreClient } from '../app/worker/core-client';
import type { CoreLogEntry } from '../app/worker/protocol';
import { coreWorkerEntry } from '../app/worker/worker-launch';
import { LecternError } from '../core/errors';
import { parseDeepLink } from '../shared/deep-link';
import { MENU_COMMANDS } from '../shared/events';
import type { EventMap, EventName } from '../shared/events';
import { bundleBrowserClient } from './bundle-client';
import { createHostPlatform } from './host-platform';
import type { HostDialogs } from './host-platform';
import type { RunningHost } from './server';
import { startHost } from './server';

/** A running host plus the scripted dialogs and the core worker behind it; `close` stops both. */
export interface TestHost extends RunningHost {
  dialogs: HostDialogs;
  core: CoreClient;
  /** Start-up notices of the core (recovery, rebuilt index), then those it reaches later (re-anchored notes). */
  notices: string[];
}

// One path, null (the dialog cancelled), or several paths (a multi-select; a folder is one path).
const openFileBody = z.union([
  z.strictObject({ path: z.string().min(1).nullable() }),
  z.strictObject({ paths: z.array(z.string().min(1)).max(1000) }),
]);
const menuBody = z.strictObject({ command: z.enum(MENU_COMMANDS) });
const openLinkBody = z.strictObject({ url: z.string().max(1000) });

/** Starts the core worker on `dataDir` and the host in front of it; rejects when the data cannot be opened. */
export async function createTestHost(options: {
  corpusDir: string;
  dataDir: string;
  rendererDir: string;
  version: string;
  port?: number;
  log?: (entry: CoreLogEntry) => void;
  /** Notices the core reports after it opened (the background re-anchoring of notes). */
  onLateNotices?: (notices: string[]) => void;
}): Promise<TestHost> {
  let host: RunningHost | null = null;
  const emit = <E extends EventName>(event: E, payload: EventMap[E]): void => {
    host?.emit(event, payload);
  };
  const { platform, dialogs } = createHostPlatform({
    dataDir: options.dataDir,
    version: options.version,
    emit,
  });
  // One list: what the core reported on the way up, then (as they arrive) what it reports later.
  const notices: string[] = [];
  const core = startCore({
    entry: coreWorkerEntry(import.meta.dirname),
    services: { corpusDir: options.corpusDir, dataDir: options.dataDir, appVersion: options.version },
    platform,
    ...(options.log ? { log: options.log } : {}),
    onLateNotices: (found) => {
      notices.push(...found);
      options.onLateNotices?.(found);
    },
  });
  const [first, clientScript] = await Promise.all([core.ready, bundleBrowserClient()]).catch(
    async (error: unknown) => {
      await core.close();
      throw error;
    },
  );
  notices.unshift(...first);
  host = await startHost({
    rendererDir: options.rendererDir,
    invoke: core.invoke,
    clientScript,
    ...(options.port === undefined ? {} : { port: options.port }),
    testControls: {
      'open-file': (body) => {
        const answer = openFileBody.parse(body);
        dialogs.queueOpen('paths' in answer ? answer.paths : answer.path);
      },
      'cancel-save': () => {
        dialogs.queueSaveCancel();
      },
      menu: (body) => {
        emit('menu:command', menuBody.parse(body));
      },
      // What the OS does when a `lectern://` link is clicked elsewhere (argv or open-url in the app).
      'open-link': (body) => {
        const target = parseDeepLink(openLinkBody.parse(body).url);
        if (target === null) throw new LecternError('INVALID_INPUT', 'Not a lectern:// deep link.');
        emit('app:open', target);
      },
    },
  });
  const running = host;
  return {
    ...running,
    dialogs,
    core,
    notices,
    close: async () => {
      await running.close();
      await core.close();
    },
  };
}

/** The app version from package.json (shown in app:info). */
export function packageVersion(repoRoot: string): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
