// Loads data/sources: each <id>.txt with its <id>.meta.json, validated, in the order the metadata sets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DOCUMENT_KIND_IDS } from '../../electron/core/corpus/document-kinds';
import type { DocumentMeta } from '../../electron/core/corpus/model';
import { LecternError } from '../../electron/core/errors';

const isoDate = z.iso.date().nullable();

const metaSchema = z.strictObject({
  docId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
  order: z.number().int(),
  kind: z.enum(DOCUMENT_KIND_IDS),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  signer: z.string().nullable(),
  author: z.string().nullable(),
  issued: isoDate,
  effective: isoDate,
  published: isoDate,
  language: z.enum(['en', 'vi']),
  status: z.string().min(1),
  about: z.string().nullable(),
  source: z.string().min(1),
  origin: z.string(),
  ingest: z.strictObject({
    exclude: z
      .strictObject({
        dropLeadingLines: z.number().int().min(0).optional(),
        cutFromLine: z.string().optional(),
      })
      .optional(),
    excludeReason: z.string().optional(),
  }),
});

/** Per-document metadata as written in data/sources/<id>.meta.json. */
export type SourceMeta = z.infer<typeof metaSchema>;

/** One source document: its metadata and its text exactly as stored. */
interface SourceDocument {
  meta: SourceMeta;
  text: string;
}

/** Reads every *.meta.json in `dir` with the text it names; bad metadata is reported with the file name. */
export function loadSources(dir: string): SourceDocument[] {
  const metaFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.meta.json'))
    .sort();
  if (metaFiles.length === 0) throw new LecternError('NOT_FOUND', `No *.meta.json files in ${dir}.`);
  const docs = metaFiles.map((file): SourceDocument => {
    const path = join(dir, file);
    const parsed = metaSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      throw new LecternError('INVALID_INPUT', `${path}: ${z.prettifyError(parsed.error)}`);
    }
    const textPath = join(dir, parsed.data.source);
    if (!existsSync(textPath))
      throw new LecternError('NOT_FOUND', `${path} names ${textPath}, which does not exist.`);
    return { meta: parsed.data, text: readFileSync(textPath, 'utf8') };
  });
  return docs.sort((a, b) => a.meta.order - b.meta.order || a.meta.docId.localeCompare(b.meta.docId));
}

/** The document metadata stored in corpus.sqlite (everything but build-only fields and the content hash). */
export function documentMetaOf(meta: SourceMeta): Omit<DocumentMeta, 'contentHash'> {
  return {
    docId: meta.docId,
    kind: meta.kind,
    title: meta.title,
    shortTitle: meta.shortTitle,
    number: meta.number,
    issuer: meta.issuer,
    signer: meta.signer,
    author: meta.author,
    issued: meta.issued,
    effective: meta.effective,
    published: meta.published,
    language: meta.language,
    status: meta.status,
    about: meta.about,
    source: meta.source,
  };
}
