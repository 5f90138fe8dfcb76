// A snapshot write killed part-way leaves a hot journal beside search-index.sqlite. The next start must roll it
// back and read the old snapshot intact — not call it unreadable and rebuild (a read-only connection cannot
// roll a journal back: "attempt to write a readonly database"). A real child process is SIGKILLed mid-write.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readSnapshotFile } from '../../../electron/core/import/snapshot-file';
import { SEARCH_INDEX_FORMAT } from '../../../electron/core/search/search-index';
import { tempDir } from '../../support/annotations/temp-db';

const tmp = tempDir('lectern-hot-journal-');
afterAll(() => {
  tmp.cleanup();
});

it('reads the old snapshot after a writer was killed with its journal on disk', async () => {
  const path = join(tmp.dir, 'search-index.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.exec('CREATE TABLE snapshot (ord INTEGER PRIMARY KEY, key TEXT NOT NULL, data TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO snapshot (ord, key, data) VALUES (?, ?, ?)');
  db.transaction(() => {
    insert.run(0, 'lectern:format', String(SEARCH_INDEX_FORMAT));
    for (let i = 1; i <= 2000; i++) insert.run(i, `fs:${i}`, 'x'.repeat(500));
  })();
  db.close();

  // The writer replaces every row with a tiny page cache, so pages spill into the file before it is killed.
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.pragma('cache_size = 2');
    db.exec('BEGIN');
    db.prepare('DELETE FROM snapshot').run();
    const insert = db.prepare('INSERT INTO snapshot (ord, key, data) VALUES (?, ?, ?)');
    for (let i = 0; i < 3000; i++) insert.run(i, 'new:' + i, 'y'.repeat(700));
    process.stdout.write('mid-write\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('mid-write')) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('error', reject);
  });
  await new Promise((r) => child.once('close', r));
  expect(existsSync(`${path}-journal`)).toBe(true);

  const read = readSnapshotFile(path);
  expect('damaged' in read ? read.damaged : null).toBeNull();
  expect(read.rows?.length).toBe(2000);
  expect(read.rows?.[0]).toEqual({ key: 'fs:1', data: 'x'.repeat(500) });
  expect(existsSync(`${path}-journal`)).toBe(false);
});
