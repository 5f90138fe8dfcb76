// Zod schemas for the import service's inputs, so the IPC layer validates requests with the same rules the
// service applies (parse(unknown) at the boundary; see docs/architecture.md).
import { z } from 'zod';
import { DOCUMENT_KIND_IDS } from '../corpus/document-kinds';
import { DOC_ID_PATTERN } from './doc-id';

const isoDate = z.iso.date().nullable();
const text = (max: number) => z.string().trim().min(1).max(max);

/** Metadata a user may edit in the preview before saving; every field optional. */
export const metaEditsSchema = z
  .strictObject({
    docId: z.string().regex(DOC_ID_PATTERN, 'Use lower-case letters, digits and single hyphens.').max(100),
    kind: z.enum(DOCUMENT_KIND_IDS),
    title: text(1000),
    shortTitle: text(300),
    number: text(100).nullable(),
    issuer: text(300).nullable(),
    signer: text(300).nullable(),
    author: text(500).nullable(),
    issued: isoDate,
    effective: isoDate,
    published: isoDate,
    language: z.enum(['en', 'vi']),
    status: text(300),
    about: text(5000).nullable(),
    source: text(500),
  })
  .partial();

/** `documents:importPreview`: a file the main process picked (never bytes from the renderer). */
export const importPreviewRequestSchema = z.strictObject({
  path: z.string().min(1).max(4096),
  edits: metaEditsSchema.optional(),
});

/** `documents:importCommit`: save a preview, with the user's final edits. */
export const importCommitRequestSchema = z.strictObject({
  previewId: z.uuid(),
  edits: metaEditsSchema.optional(),
  /** Notes whose suggested new place (outcome 'review' in the preview's plan) the reviewer confirmed. */
  confirm: z.array(z.uuid()).max(100_000).optional(),
});

/** `documents:remove`: notes are kept as orphans unless deletion is confirmed. */
export const removeRequestSchema = z.strictObject({
  docId: z.string().min(1).max(100),
  deleteAnnotations: z.boolean().optional(),
});

/** `documents:pair`: pair with another document, or unpair with null. */
export const pairRequestSchema = z.strictObject({
  docId: z.string().min(1).max(100),
  otherDocId: z.string().min(1).max(100).nullable(),
});

/** `documents:sideBySide`: a document and its pair (or an explicit other document). */
export const sideBySideRequestSchema = z.strictObject({
  docId: z.string().min(1).max(100),
  otherDocId: z.string().min(1).max(100).optional(),
});
