// This reviewer's Ed25519 signing key, made at first use and kept in user.sqlite (migration v9, table
// signing_key): it signs every exported notes bundle, and its public half is what colleagues trust.
import type Database from 'better-sqlite3';
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { fingerprintOf, rawPublicKey } from './public-key.js';

/** The signing key of one user.sqlite. */
interface OwnSigningKey {
  privateKey: KeyObject;
  /** The raw 32-byte public key, as bundles and key files carry it. */
  publicRaw: Buffer;
  fingerprint: string;
  created: string;
}

interface Row {
  private_pkcs8: Buffer;
  public_raw: Buffer;
  created: string;
}

const read = (db: Database.Database): Row | undefined =>
  db.prepare('SELECT private_pkcs8, public_raw, created FROM signing_key WHERE id = 1').get() as
    Row | undefined;

/** The public half of this data folder's key, or null when none was made yet (reading never creates one). */
export function ownPublicKey(db: Database.Database): Buffer | null {
  return read(db)?.public_raw ?? null;
}

/** The key of this data folder, generated and stored on first use (a concurrent first use keeps one key). */
export function ownSigningKey(db: Database.Database, now: () => string): OwnSigningKey {
  let row = read(db);
  if (!row) {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    db.prepare(
      'INSERT OR IGNORE INTO signing_key (id, private_pkcs8, public_raw, created) VALUES (1, ?, ?, ?)',
    ).run(pkcs8, rawPublicKey(privateKey), now());
    row = read(db);
  }
  if (!row) throw new Error('signing_key row missing after insert');
  const privateKey = createPrivateKey({ key: row.private_pkcs8, format: 'der', type: 'pkcs8' });
  return {
    privateKey,
    publicRaw: row.public_raw,
    fingerprint: fingerprintOf(row.public_raw),
    created: row.created,
  };
}
