// A real `window.lectern` for jsdom component tests: the core services over a temp user.sqlite and the bundled
// corpus, dispatched through the same contract validation the Electron main process and the test host use.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildLecternApi } from '../../../electron/shared/api';
import type { LecternApi } from '../../../electron/shared/api';
import type { EventMap, EventName } from '../../../electron/shared/events';
import { createHandlers } from '../../../electron/app/create-handlers';
import { dispatch } from '../../../electron/app/dispatch';
import { openServices } from '../../../electron/app/open-services';
import { parseImportFile, reparseImportText } from '../../../electron/core/import/preview';
import { collectLicenses } from '../../../electron/app/licenses';
import { getSetting } from '../../../electron/core/userdb/settings';
import type { Platform } from '../../../electron/app/platform';

/** An open core with its API and the directory it writes to. */
export interface CoreApiHandle {
  api: LecternApi;
  dataDir: string;
  /** Paths the "native save dialog" handed out, in order (tests read the exported files back). */
  saved: string[];
  /**
   * The next open dialog answers with this path (null = cancelled; a list answers a multi-select, its first entry
   * a folder pick); otherwise it answers with the last save.
   */
  queueOpen(answer: string | string[] | null): void;
  /** Pushes a main → renderer event, as the native menu does (`menu:command`). */
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  /** The first `bytes` bytes of a written file, as latin1 text (a PDF starts with %PDF-). */
  head(path: string, bytes: number): string;
  close(): void;
}

/** Opens the core over `data/dist` and a fresh temp data dir; save dialogs answer with files in that dir. */
export function openCoreApi(): CoreApiHandle {
  const dataDir = mkdtempSync(join(tmpdir(), 'lectern-ui-'));
  // The interface is under test here, so files are parsed on this thread (a worker thread started from source per
  // file costs seconds under jsdom); the parse worker has its own tests, and the loopback host uses it.
  const services = openServices({
    corpusDir: resolve(import.meta.dirname, '../../../data/dist'),
    dataDir,
    parse: parseImportFile,
    reparse: reparseImportText,
  });
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const saved: string[] = [];
  const openQueue: (string | string[] | null)[] = [];
  const nextOpen = (): string[] | null => {
    const answer = openQueue.length > 0 ? (openQueue.shift() ?? null) : (saved.at(-1) ?? null);
    return answer === null ? null : [answer].flat();
  };
  const emit = <E extends EventName>(event: E, payload: EventMap[E]) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  const platform: Platform = {
    info: () => ({
      name: 'Lectern',
      version: 'test',
      platform: process.platform,
      portable: false,
      dataDir,
      versions: { node: process.versions.node },
      shell: 'test-host',
    }),
    // The real list from this checkout's node_modules, as the packaged app reads its own.
    licenses: () => collectLicenses(resolve(import.meta.dirname, '../../..')),
    chooseSavePath: (options) => {
      const path = join(dataDir, options.defaultName ?? `export-${saved.length}`);
      saved.push(path);
      return Promise.resolve(path);
    },
    chooseOpenPath: () => Promise.resolve(nextOpen()?.[0] ?? null),
    chooseOpenPaths: () => Promise.resolve(nextOpen()),
    chooseFolder: () => Promise.resolve(nextOpen()?.[0] ?? null),
    progress: (p) => {
      emit('job:progress', p);
    },
  };
  const handlers = createHandlers(services, platform);
  const api = buildLecternApi(
    // Failures are worded in the stored interface language, as the core worker does (core-server.ts).
    (channel, request) =>
      dispatch(handlers, channel, request, { language: () => getSetting(services.userDb.db, 'locale') }),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  return {
    api,
    dataDir,
    saved,
    queueOpen: (answer) => openQueue.push(answer),
    emit,
    head: (path, bytes) => readFileSync(path).subarray(0, bytes).toString('latin1'),
    close() {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
