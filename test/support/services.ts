// Real services over the real built corpus (data/dist) and a fresh user.sqlite in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
