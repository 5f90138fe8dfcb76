// The small public-key file reviewers exchange (`*.lectern-key.json`): format marker, the holder's name, the raw
// public key (base64url) and its fingerprint. Reading refuses anything that is not exactly such a key, so a
// damaged or edited file never becomes a trusted key.
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { normalizeUserText } from '../../../shared/user-text.js';
import { LecternError } from '../../errors.js';
import type { PublicKeyFile } from './key-types.js';
import { fingerprintOf, publicKeyFromBase64url } from './public-key.js';

/** The format marker of a key file. */
const KEY_FILE_FORMAT = 'lectern-public-key';
/** Largest key file read (a real one is about 200 bytes). */
const MAX_KEY_FILE_BYTES = 16 * 1024;

const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(1),
  name: z.string().max(200),
  publicKey: z.string(),
  fingerprint: z.string(),
});

/** The text of a key file for this public key and name. */
export function buildKeyFile(publicRaw: Uint8Array, name: string): string {
  const file = {
    format: KEY_FILE_FORMAT,
    version: 1,
    name,
    publicKey: Buffer.from(publicRaw).toString('base64url'),
    fingerprint: fingerprintOf(publicRaw),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

const malformed = (why: string, viWhy: string): LecternError =>
  new LecternError(
    'INVALID_INPUT',
    `This is not a Lectern public key file (${why}). Nothing was trusted.`,
    `Đây không phải tệp khóa công khai Lectern (${viWhy}). Không có khóa nào được tin cậy.`,
  );

/** Parses a key file's text; every defect is a LecternError in both languages. */
export function parseKeyFile(text: string): PublicKeyFile {
  if (text.length > MAX_KEY_FILE_BYTES) throw malformed('larger than 16 KB', 'lớn hơn 16 KB');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw malformed('not JSON', 'không phải JSON');
  }
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') || 'file';
    throw malformed(`${path} is missing or wrong`, `trường ${path} thiếu hoặc sai`);
  }
  let key: { raw: Buffer };
  try {
    key = publicKeyFromBase64url(parsed.data.publicKey);
  } catch {
    throw malformed('the key is not an Ed25519 public key', 'khóa không phải khóa công khai Ed25519');
  }
  const fingerprint = fingerprintOf(key.raw);
  if (parsed.data.fingerprint !== fingerprint)
    throw malformed('its fingerprint does not match its key', 'dấu vân tay không khớp với khóa');
  return { name: normalizeUserText(parsed.data.name), publicKey: parsed.data.publicKey, fingerprint };
}

/** Reads a key file from disk, refusing a large one before reading it. */
export function readKeyFile(path: string): PublicKeyFile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new LecternError('NOT_FOUND', `Cannot read ${path}.`, `Không đọc được ${path}.`);
  }
  if (size > MAX_KEY_FILE_BYTES) throw malformed('larger than 16 KB', 'lớn hơn 16 KB');
  return parseKeyFile(readFileSync(path, 'utf8'));
}
