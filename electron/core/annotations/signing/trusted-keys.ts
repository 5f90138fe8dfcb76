// Colleagues' public keys this reviewer trusts (migration v9, table trusted_keys): added only after the
// reviewer confirmed the fingerprint with the key's holder, listed and removable.
import type Database from 'better-sqlite3';
import { LecternError } from '../../errors.js';
import type { TrustedKey } from './key-types.js';
import { fingerprintOf, normalizeFingerprint } from './public-key.js';

interface Row {
  fingerprint: string;
  public_raw: Buffer;
  name: string;
  added: string;
}

const toTrusted = (r: Row): TrustedKey => ({
  fingerprint: r.fingerprint,
  name: r.name,
  publicKey: r.public_raw.toString('base64url'),
  added: r.added,
});

/** Every trusted key, by name. */
export function listTrustedKeys(db: Database.Database): TrustedKey[] {
  const rows = db.prepare('SELECT * FROM trusted_keys ORDER BY name, fingerprint').all() as Row[];
  return rows.map(toTrusted);
}

/** The trusted entry for a raw public key, or null. */
export function findTrustedKey(db: Database.Database, raw: Uint8Array): TrustedKey | null {
  const row = db.prepare('SELECT * FROM trusted_keys WHERE fingerprint = ?').get(fingerprintOf(raw)) as
    Row | undefined;
  return row && Buffer.compare(row.public_raw, Buffer.from(raw)) === 0 ? toTrusted(row) : null;
}

/** Trusts a key (the caller has had its fingerprint confirmed); trusting it again keeps the first entry. */
export function addTrustedKey(
  db: Database.Database,
  raw: Uint8Array,
  name: string,
  added: string,
): TrustedKey {
  db.prepare(
    'INSERT OR IGNORE INTO trusted_keys (fingerprint, public_raw, name, added) VALUES (?, ?, ?, ?)',
  ).run(fingerprintOf(raw), Buffer.from(raw), name, added);
  const entry = findTrustedKey(db, raw);
  if (!entry) throw new Error('trusted key missing after insert');
  return entry;
}

/** Stops trusting a key, named by its fingerprint (as typed); an unknown fingerprint changes nothing and says so. */
export function removeTrustedKey(db: Database.Database, typed: string): TrustedKey {
  const fingerprint = normalizeFingerprint(typed);
  const row =
    fingerprint === null
      ? undefined
      : (db.prepare('SELECT * FROM trusted_keys WHERE fingerprint = ?').get(fingerprint) as Row | undefined);
  if (!row) {
    throw new LecternError(
      'NOT_FOUND',
      `No trusted key has the fingerprint "${typed}". Nothing was removed.`,
      `Không có khóa tin cậy nào có dấu vân tay "${typed}". Không có gì bị xóa.`,
    );
  }
  db.prepare('DELETE FROM trusted_keys WHERE fingerprint = ?').run(row.fingerprint);
  return toTrusted(row);
}
