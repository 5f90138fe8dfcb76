// The bundle's Ed25519 signature (Lectern's `signature` term, a JSON literal in its own context). It signs the
// same canonical bytes the checksum covers — JSON.stringify of the items — preceded by a header line naming the
// format and the manifest (reviewer, replica, export time, count, checksum), so none of those can be changed
// either. A valid signature proves the bundle is byte-for-byte what the holder of that key exported; who that
// holder is, only a fingerprint confirmed out of band can say (trusted-keys.ts).
import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { LecternError } from '../../errors.js';
import { fingerprintOf, publicKeyFromBase64url } from '../signing/public-key.js';

/** Marks the signed bytes as a Lectern notes bundle's, so a signature over anything else never verifies here. */
const SIGNATURE_DOMAIN = 'lectern-notes-signature/1';

/** The signature object as a bundle carries it. */
export const bundleSignatureSchema = z.strictObject({
  type: z.literal('Ed25519Signature2020'),
  /** The signer's raw public key, base64url (43 characters). */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a base64url Ed25519 public key'),
  /** The 64-byte signature, base64url (86 characters). */
  value: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'a base64url Ed25519 signature'),
});

/** A bundle's signature field. */
type BundleSignature = z.infer<typeof bundleSignatureSchema>;

/** A signature that verified: the raw key and its fingerprint, trusted or not (the caller looks that up). */
export interface VerifiedSignature {
  publicRaw: Buffer;
  fingerprint: string;
}

/** The exact bytes signed: the domain line, the manifest's fields in a fixed order, the checksum's bytes. */
export function signedBytes(manifest: Record<string, unknown>, items: readonly unknown[]): Buffer {
  const { format, version, replica, appVersion, exportedAt, reviewer, count, sha256 } = manifest;
  const header = JSON.stringify({
    format,
    version,
    replica,
    appVersion,
    exportedAt,
    reviewer,
    count,
    sha256,
  });
  return Buffer.from(`${SIGNATURE_DOMAIN}\n${header}\n${JSON.stringify(items)}`, 'utf8');
}

/** Signs a bundle's content with the reviewer's key. */
export function signBundle(bytes: Buffer, privateKey: KeyObject, publicRaw: Uint8Array): BundleSignature {
  return {
    type: 'Ed25519Signature2020',
    publicKey: Buffer.from(publicRaw).toString('base64url'),
    value: sign(null, bytes, privateKey).toString('base64url'),
  };
}

const altered = (): LecternError =>
  new LecternError(
    'TAMPERED',
    'The notes file does not match its signature: it was changed after it was signed. Nothing was imported.',
    'Tệp ghi chú không khớp với chữ ký của nó: tệp đã bị thay đổi sau khi ký. Không có gì được nhập.',
  );

/** Verifies a signature over `bytes`; one that does not verify means the bundle was altered, and is refused. */
export function verifyBundleSignature(bytes: Buffer, signature: BundleSignature): VerifiedSignature {
  let key: { key: KeyObject; raw: Buffer };
  try {
    key = publicKeyFromBase64url(signature.publicKey);
  } catch {
    throw altered();
  }
  if (!verify(null, bytes, key.key, Buffer.from(signature.value, 'base64url'))) throw altered();
  return { publicRaw: key.raw, fingerprint: fingerprintOf(key.raw) };
}
