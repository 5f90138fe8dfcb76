// Migration v9 (signing keys) upgrades a real v8 user.sqlite: annotations are untouched, both tables start empty,
// the key is made at first use and kept, and a trusted key must be 32 bytes.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownPublicKey, ownSigningKey } from '../../../electron/core/annotations/signing/own-key.js';
import { MIGRATIONS, migrate } from '../../../electron/core/userdb/migrations.js';
import { tempDir } from '../../support/annotations/temp-db.js';

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(() => {
  tmp = tempDir('lectern-mig9-');
  db = new Database(join(tmp.dir, 'user.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  if (db.open) db.close();
  tmp.cleanup();
});

const v9 = MIGRATIONS.findIndex((m) => m.name === 'signing keys');

describe('migration v9: signing keys', () => {
  it('is the ninth step, keeps every annotation and starts with no key and no trusted keys', () => {
    expect(v9).toBe(8);
    migrate(db, MIGRATIONS.slice(0, v9));
    db.exec(`
      INSERT INTO annotations (id, doc_id, doc_hash, e_id, note, color, author, created, updated)
      VALUES ('a1', 'nd', 'h', 'art_1', 'kept', 'red', 'A', 't0', 't1');
    `);
    migrate(db, MIGRATIONS.slice(0, v9 + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT id, note FROM annotations').all()).toEqual([{ id: 'a1', note: 'kept' }]);
    expect(ownPublicKey(db)).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM trusted_keys').get()).toEqual({ n: 0 });
    const key = ownSigningKey(db, () => '2026-01-01T00:00:00.000Z');
    expect(key.publicRaw).toHaveLength(32);
    expect(ownSigningKey(db, () => 'later').fingerprint).toBe(key.fingerprint);
    expect(() => db.prepare("INSERT INTO trusted_keys VALUES ('f', x'00', 'n', 't')").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("INSERT INTO signing_key VALUES (2, x'00', zeroblob(32), 't')").run()).toThrow(
      /CHECK constraint/,
    );
  });
});
