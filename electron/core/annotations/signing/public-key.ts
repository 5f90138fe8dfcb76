// Ed25519 public keys as they travel (the raw 32 bytes, base64url in files) and their fingerprint, the short form
// two reviewers read to each other to confirm a key out of band.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { LecternError } from '../../errors.js';

/** Length of a raw Ed25519 public key (RFC 8032). */
const ED25519_PUBLIC_BYTES = 32;

/** The raw 32 bytes of an Ed25519 public key object (the JWK `x` member is exactly those bytes). */
export function rawPublicKey(key: KeyObject): Buffer {
  const { x } = key.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new LecternError('INTERNAL', 'The signing key is not an Ed25519 key.');
  return Buffer.from(x, 'base64url');
}

/** A usable public key from its raw bytes; anything else (wrong length, not base64url) is refused plainly. */
export function publicKeyFromBase64url(text: string): { key: KeyObject; raw: Buffer } {
  const raw = /^[A-Za-z0-9_-]{43}$/.test(text) ? Buffer.from(text, 'base64url') : Buffer.alloc(0);
  if (raw.length !== ED25519_PUBLIC_BYTES) {
    throw new LecternError(
      'INVALID_INPUT',
      'The public key is not an Ed25519 key (32 bytes, base64url).',
      'Khóa công khai không phải khóa Ed25519 (32 byte, base64url).',
    );
  }
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: text }, format: 'jwk' });
  return { key, raw };
}

/**
 * SHA-256 of the raw public key, its first 128 bits as eight groups of four hex digits ("3F2A 91C0 …"): short
 * enough to read over the phone, long enough that nobody can make another key with the same one (2^128 work).
 */
export function fingerprintOf(raw: Uint8Array): string {
  const hex = createHash('sha256').update(raw).digest('hex').slice(0, 32).toUpperCase();
  return (hex.match(/.{4}/g) ?? []).join(' ');
}

/** A fingerprint as typed by a person (any case, spaces, dashes or colons) in the form fingerprintOf writes. */
export function normalizeFingerprint(typed: string): string | null {
  const hex = typed.replace(/[\s:-]/g, '').toUpperCase();
  return /^[0-9A-F]{32}$/.test(hex) ? (hex.match(/.{4}/g) ?? []).join(' ') : null;
}
