// Authentic exchange between real data folders with real Ed25519 keys: an altered bundle (one note changed and the
// checksum recomputed) is refused and changes nothing; an unsigned bundle or one signed by an unknown key needs
// explicit acceptance; a key is trusted only after its fingerprint is confirmed; key files are checked; ids must
// be real UUIDs; the key survives closing and reopening the data folder.
import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedBytes } from '../../../electron/core/annotations/exchange/signature.js';
import { buildBundle } from '../../../electron/core/annotations/exchange/bundle.js';
import { parseKeyFile, readKeyFile } from '../../../electron/core/annotations/signing/key-file.js';
import { rawPublicKey } from '../../../electron/core/annotations/signing/public-key.js';
import { SigningKeys } from '../../../electron/core/annotations/signing/signing-keys.js';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { LecternError } from '../../../electron/core/errors.js';
import { openUserDb } from '../../../electron/core/userdb/open-user-db.js';
import { setSetting } from '../../../electron/core/userdb/settings.js';
import { dbFingerprint } from '../../support/annotations/db-fingerprint.js';
import { FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { tempDir } from '../../support/annotations/temp-db.js';

const DOC = 'decree-63-2020';
interface Machine {
  dir: string;
  db: ReturnType<typeof openUserDb>['db'];
  notes: AnnotationService;
  keys: SigningKeys;
}
const folders: ReturnType<typeof tempDir>[] = [];
const machines: Machine[] = [];

function machine(name: string, dir?: string): Machine {
  const folder = dir ?? tempDir('lectern-sign-').dir;
  if (dir === undefined) folders.push({ dir: folder, cleanup: () => undefined });
  const { db } = openUserDb(folder);
  setSetting(db, 'reviewerName', name);
  const m = {
    dir: folder,
    db,
    notes: new AnnotationService({ db, corpus: new FixtureCorpus() }),
    keys: new SigningKeys(db),
  };
  machines.push(m);
  return m;
}

let a: Machine;
let b: Machine;
beforeEach(() => {
  a = machine('Reviewer A');
  b = machine('Reviewer B');
});
afterEach(() => {
  for (const m of machines.splice(0)) if (m.db.open) m.db.close();
  for (const f of folders.splice(0)) rmSync(f.dir, { recursive: true, force: true });
});

interface RawBundle {
  manifest: Record<string, unknown> & { sha256: string };
  signature?: { publicKey: string; value: string };
  first: { items: Record<string, unknown>[] };
}
const sha = (items: unknown): string => createHash('sha256').update(JSON.stringify(items)).digest('hex');
const refusal = (fn: () => unknown): LecternError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof LecternError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

/** B has a note A's bundle will overwrite when accepted. */
function shared(): { text: string; id: string } {
  const n = a.notes.create({ docId: DOC, eId: 'art_4__cl_2', quote: 'vice versa', note: 'Original' });
  return { text: a.notes.exportNotes({ format: 'json' }).text, id: n.id };
}

describe('signed bundles', () => {
  it('signs the canonical bytes the checksum covers with the exporter’s key, verifiable by anyone', () => {
    const { text } = shared();
    const bundle = JSON.parse(text) as RawBundle;
    expect(bundle.signature).toMatchObject({ type: 'Ed25519Signature2020' });
    expect(bundle.signature!.publicKey).toBe(a.keys.mine().publicKey);
    const ok = verify(
      null,
      signedBytes(bundle.manifest, bundle.first.items),
      { key: { kty: 'OKP', crv: 'Ed25519', x: bundle.signature!.publicKey }, format: 'jwk' },
      Buffer.from(bundle.signature!.value, 'base64url'),
    );
    expect(ok).toBe(true);
    expect(a.keys.mine().fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('refuses a bundle with one note changed and the checksum recomputed; nothing changes', () => {
    const { text, id } = shared();
    b.notes.importNotes(text, { acceptUntrusted: true });
    const bundle = JSON.parse(text) as RawBundle;
    const body = (bundle.first.items[0]!.body as { value: string }[])[0]!;
    body.value = 'Forged';
    bundle.first.items[0]!.modified = '2099-01-01T00:00:00.000Z';
    bundle.manifest.sha256 = sha(bundle.first.items);
    const before = dbFingerprint(b.db);
    const e = refusal(() => b.notes.importNotes(JSON.stringify(bundle), { acceptUntrusted: true }));
    expect(e.code).toBe('TAMPERED');
    expect(e.message).toMatch(/signature/);
    expect(e.vi).toMatch(/chữ ký/);
    expect(refusal(() => b.notes.previewNotes(JSON.stringify(bundle))).code).toBe('TAMPERED');
    expect(dbFingerprint(b.db)).toBe(before);
    expect(b.notes.get(id).note).toBe('Original');
  });

  it('refuses a signed bundle whose reviewer name was changed (the manifest is signed too)', () => {
    const { text } = shared();
    const bundle = JSON.parse(text) as RawBundle;
    bundle.manifest.reviewer = 'Someone Trusted';
    const e = refusal(() => b.notes.importNotes(JSON.stringify(bundle), { acceptUntrusted: true }));
    expect(e.code).toBe('TAMPERED');
  });

  it('marks a bundle signed by an unknown key untrusted; without acceptUntrusted nothing is imported', () => {
    const { text, id } = shared();
    const preview = b.notes.previewNotes(text);
    expect(preview.signer).toEqual({
      status: 'untrusted',
      reviewer: 'Reviewer A',
      fingerprint: a.keys.mine().fingerprint,
      trustedAs: null,
    });
    const before = dbFingerprint(b.db);
    const e = refusal(() => b.notes.importNotes(text));
    expect(e.code).toBe('UNTRUSTED');
    expect(e.message).toContain(a.keys.mine().fingerprint);
    expect(e.vi).toMatch(/chưa tin cậy/);
    expect(dbFingerprint(b.db)).toBe(before);
    const report = b.notes.importNotes(text, { acceptUntrusted: true });
    expect(report).toMatchObject({ added: 1, signer: { status: 'untrusted' } });
    expect(b.notes.get(id).note).toBe('Original');
  });

  it('trusts a colleague’s key file only after the right fingerprint is confirmed', () => {
    const { text } = shared();
    const keyPath = join(b.dir, 'a.lectern-key.json');
    writeFileSync(keyPath, a.keys.exportMine());
    const file = readKeyFile(keyPath);
    expect(b.keys.preview(file)).toMatchObject({
      status: 'new',
      name: 'Reviewer A',
      fingerprint: a.keys.mine().fingerprint,
    });
    const wrong = refusal(() => b.keys.trust(file, b.keys.mine().fingerprint));
    expect(wrong.code).toBe('INVALID_INPUT');
    expect(b.keys.list()).toEqual([]);
    const typed = a.keys.mine().fingerprint.toLowerCase().replaceAll(' ', '');
    expect(b.keys.trust(file, typed)).toMatchObject({
      name: 'Reviewer A',
      fingerprint: a.keys.mine().fingerprint,
    });
    expect(b.notes.previewNotes(text).signer).toMatchObject({ status: 'trusted', trustedAs: 'Reviewer A' });
    expect(b.notes.importNotes(text)).toMatchObject({ added: 1, signer: { status: 'trusted' } });
    // Removing it makes the next bundle need confirmation again.
    b.keys.remove(a.keys.mine().fingerprint);
    expect(b.keys.list()).toEqual([]);
    expect(refusal(() => b.notes.importNotes(text)).code).toBe('UNTRUSTED');
    expect(refusal(() => b.keys.remove('0000')).code).toBe('NOT_FOUND');
    // My own key is recognised, never "trusted" as a colleague's.
    expect(a.keys.preview(file).status).toBe('own');
    expect(a.notes.previewNotes(text).signer.status).toBe('own');
    expect(refusal(() => a.keys.trust(file, file.fingerprint)).code).toBe('INVALID_INPUT');
  });

  it('needs acceptance for an unsigned bundle', () => {
    const { text } = shared();
    const unsigned = JSON.stringify({ ...(JSON.parse(text) as RawBundle), signature: undefined });
    expect(b.notes.previewNotes(unsigned).signer).toEqual({
      status: 'unsigned',
      reviewer: 'Reviewer A',
      fingerprint: null,
      trustedAs: null,
    });
    const before = dbFingerprint(b.db);
    const e = refusal(() => b.notes.importNotes(unsigned));
    expect([e.code, e.message]).toEqual(['UNTRUSTED', expect.stringContaining('not signed')]);
    expect(dbFingerprint(b.db)).toBe(before);
    expect(b.notes.importNotes(unsigned, { acceptUntrusted: true }).added).toBe(1);
  });

  it('refuses a signature made by another key over the same content', () => {
    const { text } = shared();
    const bundle = JSON.parse(text) as RawBundle;
    const other = generateKeyPairSync('ed25519');
    const stolen = JSON.parse(
      buildBundle(
        bundle.first.items as never,
        {
          id: 'urn:uuid:x',
          appVersion: 'x',
          exportedAt: String(bundle.manifest.exportedAt),
          reviewer: 'Reviewer A',
        },
        { privateKey: other.privateKey, publicRaw: rawPublicKey(other.publicKey) },
      ),
    ) as RawBundle;
    // The other key's signature placed on A's bundle (claiming A's public key) does not verify.
    const forged = { ...bundle, signature: { ...stolen.signature!, publicKey: bundle.signature!.publicKey } };
    expect(refusal(() => b.notes.importNotes(JSON.stringify(forged), { acceptUntrusted: true })).code).toBe(
      'TAMPERED',
    );
    // Its own valid signature under its own key is merely untrusted.
    expect(b.notes.previewNotes(JSON.stringify(stolen)).signer.status).toBe('untrusted');
  });

  it('refuses malformed key files with a message in both languages and trusts nothing', () => {
    const good = JSON.parse(a.keys.exportMine()) as Record<string, unknown>;
    const cases = [
      'not json',
      JSON.stringify({ ...good, publicKey: 'AAAA' }),
      JSON.stringify({ ...good, publicKey: Buffer.alloc(32, 7).toString('base64url') }),
      JSON.stringify({ ...good, format: 'pgp' }),
      JSON.stringify({ ...good, fingerprint: undefined }),
      'x'.repeat(20_000),
    ];
    for (const text of cases) {
      const e = refusal(() => parseKeyFile(text));
      expect(e.code, text.slice(0, 40)).toBe('INVALID_INPUT');
      expect(e.message).toMatch(/not a Lectern public key file/);
      expect(e.vi).toMatch(/không phải tệp khóa công khai/);
    }
    expect(b.keys.list()).toEqual([]);
  });

  it('refuses an annotation id that is not a real UUID (36 dashes) and changes nothing', () => {
    shared();
    const bundle = JSON.parse(a.notes.exportNotes({ format: 'json' }).text) as RawBundle;
    bundle.first.items[0]!.id = `urn:uuid:${'-'.repeat(36)}`;
    bundle.manifest.sha256 = sha(bundle.first.items);
    const unsigned = JSON.stringify({ ...bundle, signature: undefined });
    const before = dbFingerprint(b.db);
    const e = refusal(() => b.notes.importNotes(unsigned, { acceptUntrusted: true }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/not urn:uuid: and a valid UUID/);
    expect(e.vi).toMatch(/UUID hợp lệ/);
    expect(dbFingerprint(b.db)).toBe(before);
  });

  it('keeps the key across closing and reopening the data folder; a refused import makes no key', () => {
    const first = a.keys.mine();
    a.db.close();
    const again = machine('Reviewer A', a.dir);
    expect(again.keys.mine()).toEqual(first);
    // B never exported: previewing and refusing made no key in its user.sqlite.
    const { text } = { text: again.notes.exportNotes({ format: 'json' }).text };
    b.notes.previewNotes(text);
    expect(b.db.prepare('SELECT count(*) AS n FROM signing_key').get()).toEqual({ n: 0 });
  });
});
