// A real user.sqlite in a fresh temporary folder per test, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserDb } from '../../../electron/core/userdb/open-user-db.js';
import { openUserDb } from '../../../electron/core/userdb/open-user-db.js';

/** A temporary data folder; `cleanup` closes nothing, it only deletes the folder. */
export function tempDir(prefix = 'lectern-notes-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens user.sqlite in a new temporary folder. */
export function openTempUserDb(): UserDb & { cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const opened = openUserDb(dir);
  return {
    ...opened,
    cleanup: () => {
      if (opened.db.open) opened.db.close();
      cleanup();
    },
  };
}

/** A deterministic clock: each call is one second after the previous. */
export function steppingClock(start = Date.UTC(2025, 0, 1)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
