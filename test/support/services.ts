// Real services over the real built corpus (data/dist) and a fresh user.sqlite in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import type { Handlers } from '../../electron/app/dispatch';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import { openServices } from '../../electron/app/open-services';
import type { Services } from '../../electron/app/open-services';
import type { Platform } from '../../electron/app/platform';
import type { JobProgress } from '../../electron/shared/events';

/** Opens real services on a temp data folder; `cleanup` closes them and removes the folder. */
export function openTestServices(): { services: Services; dataDir: string; cleanup: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'lectern-main-'));
  const services = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
  return {
    services,
    dataDir,
    cleanup: () => {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A Platform whose "dialogs" answer with queued paths (null = the user cancelled; a list answers a multi-select,
 * its first entry a folder pick), recording progress.
 */
export function scriptedPlatform(
  answers: { save?: (string | null)[]; open?: (string | string[] | null)[] } = {},
) {
  const progress: JobProgress[] = [];
  const asked: string[] = [];
  const platform: Platform = {
    info: () => ({
      name: 'Lectern',
      version: '0.0.0-test',
      platform: process.platform,
      portable: false,
      dataDir: '/tmp',
      versions: {},
      shell: 'test-host',
    }),
    licenses: () => [],
    chooseSavePath: (o) => {
      asked.push(`save:${o.defaultName ?? ''}`);
      return Promise.resolve(answers.save?.shift() ?? null);
    },
    chooseOpenPath: (o) => {
      asked.push(`open:${o.purpose}`);
      return Promise.resolve([answers.open?.shift() ?? null].flat()[0] ?? null);
    },
    chooseOpenPaths: (o) => {
      asked.push(`open-many:${o.purpose}`);
      const answer = answers.open?.shift() ?? null;
      return Promise.resolve(answer === null ? null : [answer].flat());
    },
    chooseFolder: (o) => {
      asked.push(`folder:${o.purpose}`);
      return Promise.resolve([answers.open?.shift() ?? null].flat()[0] ?? null);
    },
    progress: (p) => progress.push(p),
  };
  return { platform, progress, asked };
}

/** What `setupHandlerTable` gives a test file: its services and the real handler table over them. */
export interface HandlerTable {
  readonly env: ReturnType<typeof openTestServices>;
  readonly handlers: Handlers;
}

/**
 * Registers beforeAll/afterAll hooks that open fresh test services with the real handler table over a scripted
 * platform, and close them after the file's tests; read `env` and `handlers` inside tests.
 */
export function setupHandlerTable(): HandlerTable {
  let opened: { env: ReturnType<typeof openTestServices>; handlers: Handlers } | null = null;
  beforeAll(() => {
    const env = openTestServices();
    opened = { env, handlers: createHandlers(env.services, scriptedPlatform().platform) };
  });
  afterAll(() => {
    opened?.env.cleanup();
  });
  const current = () => {
    if (opened === null) throw new Error('setupHandlerTable: read env and handlers inside tests');
    return opened;
  };
  return {
    get env() {
      return current().env;
    },
    get handlers() {
      return current().handlers;
    },
  };
}
