// Assembles a loopback test host from real services: the handler table main uses, the host platform,
// the bundled browser client and the test controls. Used by `npm run host` and by end-to-end tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createHandlers } from '../core/app/create-handlers';
import { JobRegistry } from '../core/app/jobs';
import type { Services } from '../core/app/open-services';
import { LecternError } from '../core/errors';
import { parseDeepLink } from '../shared/deep-link';
import { MENU_COMMANDS } from '../shared/events';
import type { EventMap, EventName } from '../shared/events';
import { bundleBrowserClient } from './bundle-client';
import { createHostPlatform } from './host-platform';
import type { HostDialogs } from './host-platform';
import type { RunningHost } from './server';
import { startHost } from './server';

/** A running host plus the scripted dialogs behind it. */
export interface TestHost extends RunningHost {
  dialogs: HostDialogs;
}

// One path, null (the dialog cancelled), or several paths (a multi-select; a folder is one path).
const openFileBody = z.union([
  z.strictObject({ path: z.string().min(1).nullable() }),
  z.strictObject({ paths: z.array(z.string().min(1)).max(1000) }),
]);
const menuBody = z.strictObject({ command: z.enum(MENU_COMMANDS) });
const openLinkBody = z.strictObject({ url: z.string().max(1000) });

/** Starts the host over already opened services; the caller closes both. */
export async function createTestHost(options: {
  services: Services;
  rendererDir: string;
  version: string;
  port?: number;
}): Promise<TestHost> {
  let host: RunningHost | null = null;
  const emit = <E extends EventName>(event: E, payload: EventMap[E]): void => {
    host?.emit(event, payload);
  };
  const { platform, dialogs } = createHostPlatform({
    dataDir: options.services.dataDir,
    version: options.version,
    emit,
  });
  host = await startHost({
    rendererDir: options.rendererDir,
    handlers: createHandlers(options.services, platform, new JobRegistry()),
    clientScript: await bundleBrowserClient(),
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
  return Object.assign(host, { dialogs });
}

/** The app version from package.json (shown in app:info). */
export function packageVersion(repoRoot: string): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
