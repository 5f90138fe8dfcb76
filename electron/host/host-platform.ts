// The Platform of the loopback test host: "dialogs" that a test script answers, progress pushed as events.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Platform } from '../app/platform';
import type { EventMap, EventName } from '../shared/events';
import type { AppInfo } from '../shared/types';

/** Controls for tests: queue the next open-dialog answer, read where saves went. */
export interface HostDialogs {
  /** The next open dialog answers with this path (null = cancelled); a list answers a multi-select or folder. */
  queueOpen(answer: string | string[] | null): void;
  /** The next save dialog is cancelled instead of writing into the exports folder. */
  queueSaveCancel(): void;
  readonly saved: string[];
}

/** Saves go into `<dataDir>/exports/<default name>`; opens answer from a queue a test fills over HTTP. */
export function createHostPlatform(options: {
  dataDir: string;
  version: string;
  emit: <E extends EventName>(event: E, payload: EventMap[E]) => void;
}): { platform: Platform; dialogs: HostDialogs } {
  const openQueue: (string | string[] | null)[] = [];
  const nextOpen = (): string[] | null => {
    const answer = openQueue.shift() ?? null;
    return answer === null ? null : typeof answer === 'string' ? [answer] : answer;
  };
  let cancelNextSave = false;
  const saved: string[] = [];
  const exportsDir = join(options.dataDir, 'exports');
  const info: AppInfo = {
    name: 'Lectern',
    version: options.version,
    platform: process.platform,
    portable: false,
    dataDir: options.dataDir,
    versions: { node: process.versions.node },
    shell: 'test-host',
  };
  const platform: Platform = {
    info: () => info,
    licenses: () => [],
    chooseSavePath: (dialog) => {
      if (cancelNextSave) {
        cancelNextSave = false;
        return Promise.resolve(null);
      }
      mkdirSync(exportsDir, { recursive: true });
      const path = join(exportsDir, basename(dialog.defaultName ?? 'export'));
      saved.push(path);
      return Promise.resolve(path);
    },
    chooseOpenPath: () => Promise.resolve(nextOpen()?.[0] ?? null),
    chooseOpenPaths: () => {
      const paths = nextOpen();
      return Promise.resolve(paths === null || paths.length === 0 ? null : paths);
    },
    chooseFolder: () => Promise.resolve(nextOpen()?.[0] ?? null),
    progress: (progress) => {
      options.emit('job:progress', progress);
    },
  };
  return {
    platform,
    dialogs: {
      queueOpen: (answer) => openQueue.push(answer),
      queueSaveCancel: () => {
        cancelNextSave = true;
      },
      saved,
    },
  };
}
