// The `*.lectern-notes.json` exchange file: a W3C AnnotationCollection plus a manifest (app version, export time,
// reviewer, replica, count, SHA-256 of the annotation payload). Reading checks size, JSON, schema and checksum, in
// that order, then the Ed25519 signature (signature.ts) and every annotation's id. The checksum proves the items
// were not damaged since export, but anyone can recompute it; the signature proves they are what the holder of
// the signing key exported (who that is, only a confirmed fingerprint says: import.ts asks).
import type { KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { LecternError } from '../../errors.js';
import { sha256 } from '../content-hash.js';
import { annotationIdSchema } from '../schemas.js';
import type { JsonLdAnnotation } from './jsonld.js';
import { ANNO_CONTEXT, jsonLdAnnotationSchema } from './jsonld.js';
import { LECTERN_CONTEXT } from './lectern-context.js';
import type { VerifiedSignature } from './signature.js';
import { bundleSignatureSchema, signBundle, signedBytes, verifyBundleSignature } from './signature.js';

/** Largest exchange file accepted (the issue's 50 MB). */
const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;
/** The format marker written into every manifest. */
const BUNDLE_FORMAT = 'lectern-notes';
/** Bumped when the bundle layout changes (2: version vectors, tombstones without text, ids, own context). */
const BUNDLE_VERSION = 2;
/**
 * 3: a passage across provisions has an array of targets. Written only by a bundle holding one, so a reader of
 * format 2 refuses that bundle (its manifest version is unknown there) instead of keeping only the first part,
 * and still reads every other bundle.
 */
const PASSAGE_BUNDLE_VERSION = 3;

/** A live item whose target is an array: a passage across provisions (format 3). */
const isPassage = (item: JsonLdAnnotation): boolean => Array.isArray(item.target);

const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  /** Version 1 bundles (no version vectors) are still read: their changes merge as conflicts, never as losses. */
  version: z.union([z.literal(1), z.literal(BUNDLE_VERSION), z.literal(PASSAGE_BUNDLE_VERSION)]),
  /** The exporting user.sqlite's replica id (absent in version 1). */
  replica: z.uuid().optional(),
  appVersion: z.string().max(50),
  exportedAt: z.iso.datetime({ offset: true }),
  reviewer: z.string().max(200),
  count: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The manifest that travels with the annotations. */
export type BundleManifest = z.infer<typeof manifestSchema>;

const bundleSchema = z.object({
  '@context': z.union([z.literal(ANNO_CONTEXT), z.tuple([z.literal(ANNO_CONTEXT)], z.unknown())]),
  type: z.literal('AnnotationCollection'),
  manifest: manifestSchema,
  signature: bundleSignatureSchema.optional(),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }),
});

/** The checksum covers the items as serialised by JSON.stringify, so re-indenting the file does not break it. */
function payloadChecksum(items: readonly unknown[]): string {
  return sha256(JSON.stringify(items));
}

/** The key a bundle is signed with (annotations/signing/own-key.ts). */
interface BundleSigner {
  privateKey: KeyObject;
  publicRaw: Uint8Array;
}

/** Serialises annotations and their manifest as one JSON-LD document, signed when a signer is given. */
export function buildBundle(
  items: readonly JsonLdAnnotation[],
  meta: Pick<BundleManifest, 'appVersion' | 'exportedAt' | 'reviewer'> & {
    replica?: string;
    /** The collection's id (MUST, model 5.1); the page's is derived from it (MUST, model 5.2). */
    id: string;
  },
  signer?: BundleSigner,
): string {
  const { id, ...rest } = meta;
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: items.some(isPassage) ? PASSAGE_BUNDLE_VERSION : BUNDLE_VERSION,
    ...rest,
    count: items.length,
    sha256: payloadChecksum(items),
  };
  const bundle = {
    '@context': [ANNO_CONTEXT, LECTERN_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: `Lectern notes by ${meta.reviewer || 'a reviewer'}, ${meta.exportedAt}`,
    total: items.length,
    manifest,
    ...(signer
      ? { signature: signBundle(signedBytes(manifest, items), signer.privateKey, signer.publicRaw) }
      : {}),
    first: { id: `${id}:page:0`, type: 'AnnotationPage', partOf: { id }, startIndex: 0, items },
  };
  return `${JSON.stringify(bundle, null, 1)}\n`;
}

const firstIssue = (e: z.ZodError): string => {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || 'file'}: ${i.message}` : 'invalid';
};

/** What a verified bundle holds: its manifest, items, and the signature when it carries one. */
export interface ParsedBundle {
  manifest: BundleManifest;
  items: JsonLdAnnotation[];
  signature: VerifiedSignature | null;
}

/** Refuses an item whose id is not `urn:uuid:` and a real UUID: such a note could never be deleted here. */
function checkIds(items: readonly unknown[]): void {
  items.forEach((item, index) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    const uuid = typeof id === 'string' && id.startsWith('urn:uuid:') ? id.slice(9).toLowerCase() : null;
    if (uuid !== null && annotationIdSchema.safeParse(uuid).success) return;
    const shown = typeof id === 'string' ? `"${id.slice(0, 60)}"` : 'no id';
    throw new LecternError(
      'INVALID_INPUT',
      `Annotation ${index + 1} of the notes file has ${shown}, which is not urn:uuid: and a valid UUID. Nothing was imported.`,
      `Ghi chú thứ ${index + 1} trong tệp có mã ${shown}, không phải urn:uuid: kèm một UUID hợp lệ. Không có gì được nhập.`,
    );
  });
}

/** Parses and verifies a bundle; every failure is a LecternError and nothing is returned half-read. */
export function parseBundle(text: string): ParsedBundle {
  if (text.length > MAX_BUNDLE_BYTES)
    throw new LecternError('TOO_LARGE', 'The notes file is larger than 50 MB.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new LecternError('CORRUPT', 'The notes file is not complete JSON (truncated or damaged).');
  }
  const bundle = bundleSchema.safeParse(raw);
  if (!bundle.success) {
    throw new LecternError(
      'INVALID_INPUT',
      `This is not a Lectern notes file (${firstIssue(bundle.error)}).`,
    );
  }
  const { manifest, first, signature } = bundle.data;
  if (payloadChecksum(first.items) !== manifest.sha256 || first.items.length !== manifest.count) {
    throw new LecternError(
      'TAMPERED',
      'The notes file does not match its checksum: it was changed or damaged.',
    );
  }
  const verified = signature ? verifyBundleSignature(signedBytes(manifest, first.items), signature) : null;
  checkIds(first.items);
  const items = z.array(jsonLdAnnotationSchema).safeParse(first.items);
  if (!items.success) {
    throw new LecternError(
      'INVALID_INPUT',
      `The notes file has an invalid annotation (${firstIssue(items.error)}).`,
    );
  }
  if (manifest.version < PASSAGE_BUNDLE_VERSION && items.data.some(isPassage)) {
    throw new LecternError(
      'INVALID_INPUT',
      `The notes file has a passage over several provisions but says it is format ${String(manifest.version)}, which has none.`,
    );
  }
  return { manifest, items: items.data, signature: verified };
}

/** Reads an exchange file, refusing anything over 50 MB before reading it. */
export function readBundleFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new LecternError('NOT_FOUND', `Cannot read ${path}.`);
  }
  if (size > MAX_BUNDLE_BYTES) throw new LecternError('TOO_LARGE', `${path} is larger than 50 MB.`);
  return readFileSync(path, 'utf8');
}
