// The handler table behind every IPC channel, assembled from one slice per domain (handlers/*.ts) over the core
// services and a host Platform. Main's core worker and the loopback test host register this same table, so
// Chromium tests exercise the real wiring; a channel without a handler is a compile error.
import type { Handlers } from './dispatch';
import { appInfoHandlers } from './handlers/app-info';
import { batchHandlers } from './handlers/batch-import';
import { handlerContext } from './handlers/context';
import { documentHandlers } from './handlers/documents';
import { exportHandlers } from './handlers/export';
import { importHandlers } from './handlers/import';
import { exchangeHandlers } from './handlers/notes-exchange';
import { noteHandlers } from './handlers/notes';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { JobRegistry } from './jobs';
import type { Services } from './open-services';
import type { Platform } from './platform';

/** Builds the full table; `jobs` is shared with the caller so shutdown can cancel running exports. */
export function createHandlers(services: Services, platform: Platform, jobs = new JobRegistry()): Handlers {
  const ctx = handlerContext(services, platform, jobs);
  return {
    ...appInfoHandlers(ctx),
    ...documentHandlers(ctx),
    ...importHandlers(ctx),
    ...batchHandlers(ctx),
    ...searchHandlers(ctx),
    ...noteHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...exportHandlers(ctx),
    ...settingsHandlers(ctx),
  };
}
