// Honest errors through the real core worker (issue 17): a locked database answers in the interface language the
// reviewer chose (stored `locale`), and a data folder that cannot be opened rejects `ready` with the worded message
// in both languages — never a stack trace.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCore, type CoreClient } from '../../../electron/app/worker/core-client';
import { SOURCE_WORKER } from '../../../electron/app/worker/worker-launch';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import { openUserDb, USER_DB_FILE } from '../../../electron/core/userdb/open-user-db';
import { setSetting } from '../../../electron/core/userdb/settings';
import { scriptedPlatform } from '../../support/services';

const corpusDir = defaultCorpusLocation().dir;
const root = mkdtempSync(join(tmpdir(), 'lectern-core-errors-'));
const clients: CoreClient[] = [];
afterAll(async () => {
  for (const c of clients) await c.close().catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
});

describe('core worker errors', () => {
  it('a locked database: the Vietnamese message for a reviewer who chose Vietnamese, no stack', async () => {
    const dataDir = join(root, 'locked');
    const user = openUserDb(dataDir);
    setSetting(user.db, 'locale', 'vi');
    user.db.close();
    const core = startCore({
      entry: SOURCE_WORKER,
      services: { corpusDir, dataDir },
      platform: scriptedPlatform().platform,
    });
    clients.push(core);
    await core.ready;
    const locker = new Database(join(dataDir, USER_DB_FILE));
    locker.exec('BEGIN EXCLUSIVE');
    try {
      const r = await core.invoke('settings:update', { theme: 'dark' });
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'IO',
          message:
            'Cơ sở dữ liệu ghi chú của Lectern đang bị một cửa sổ hoặc lệnh Lectern khác khóa. Hãy đóng nó rồi thử lại; chưa có gì bị thay đổi.',
          language: 'vi',
        },
      });
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
  }, 20_000);

  it('a data folder that cannot be opened: `ready` rejects with the worded reason in both languages', async () => {
    const notAFolder = join(root, 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const core = startCore({
      entry: SOURCE_WORKER,
      services: { corpusDir, dataDir: join(notAFolder, 'data') },
      platform: scriptedPlatform().platform,
    });
    clients.push(core);
    const reason = await core.ready.then(
      () => '',
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(reason).toContain(`${join(notAFolder, 'data')} does not exist (was the disk removed?)`);
    expect(reason).toContain('không tồn tại');
    expect(reason).not.toMatch(/\n\s+at |ENOTDIR:/);
  }, 20_000);
});
