// The import preview: extract the file's text, detect its language, parse it with the corpus parser (the one
// the bundled documents went through), detect metadata and list warnings. Nothing is stored here.
import { createHash } from 'node:crypto';
import type { IngestedDocument } from '../corpus/ingest/ingest-document';
import { ingestDocument } from '../corpus/ingest/ingest-document';
import type { ExclusionRules } from '../corpus/ingest/source-lines';
import type { ParseWarning } from '../corpus/ingest/tree-builder';
import type { IngestLang } from '../corpus/ingest/structure-rules';
import { detectLanguage } from '../corpus/ingest/structure-rules';
import type { DocumentMeta } from '../corpus/model';
import { LecternError } from '../errors';
import { detectMetadataReport, missingMetadata } from './detect-metadata';
import { DOC_ID_PATTERN, proposeDocId } from './doc-id';
import { extractText } from './extract';
import { MAX_NODES, MAX_SOURCE_LINES } from './limits';
import type { DetectedMeta, ImportFormat, ImportWarning } from './model';
import { importWarnings } from './warnings';
import { blankDocumentMeta } from '../corpus/blank-meta';

/** Metadata fields the user may change before saving (the id and language included). */
export type MetaEdits = Partial<Omit<DocumentMeta, 'contentHash'>>;

/** What the caller knows about the file besides its bytes. */
export interface PreviewInput {
  fileName: string;
  bytes: Uint8Array;
  /** Overrides applied on top of what was detected (CLI --id/--title, the preview form). */
  edits?: MetaEdits;
  /** Source-specific removals (as data/sources/*.meta.json declare for the bundled texts). */
  exclude?: ExclusionRules;
  /** Stops extraction and parsing at their next check with a CANCELLED error; nothing is stored. */
  signal?: AbortSignal;
}

/** A parsed, not yet stored import: the document as it would be saved, with its provenance and warnings. */
export interface ParsedImport extends IngestedDocument {
  format: ImportFormat;
  fileName: string;
  fileSha256: string;
  /** The extracted source text, kept so a commit with edited metadata re-parses exactly this text. */
  text: string;
  /** What detection proposed, before edits, so the UI can show which fields the user changed. */
  detected: DetectedMeta & { docId: string };
  structure: 'legal' | 'prose';
  warnings: ImportWarning[];
  /** What the extraction was unsure of (kept so a re-parse of `text` warns again). */
  extractionWarnings: ParseWarning[];
}

function checkEdits(meta: Omit<DocumentMeta, 'contentHash'>): void {
  if (!DOC_ID_PATTERN.test(meta.docId)) {
    throw new LecternError(
      'INVALID_INPUT',
      `"${meta.docId}" is not a valid document id: use lower-case letters, digits and single hyphens (e.g. decree-17-2031).`,
    );
  }
  if (meta.title.trim() === '') throw new LecternError('INVALID_INPUT', 'The title may not be empty.');
  for (const key of ['issued', 'effective', 'published'] as const) {
    const v = meta[key];
    if (v !== null && (!/^\d{4}-\d{2}-\d{2}$/u.test(v) || Number.isNaN(Date.parse(v)))) {
      throw new LecternError('INVALID_INPUT', `The ${key} date "${v}" is not a date (YYYY-MM-DD).`);
    }
  }
}

/**
 * Parses already extracted text; the language decides the structure rules, so it is settled first. The parser
 * runs within MAX_SOURCE_LINES and MAX_NODES (TOO_LARGE) and stops at `signal` (CANCELLED).
 */
export function parseImportText(
  text: string,
  source: { fileName: string; format: ImportFormat; fileSha256: string; extractionWarnings?: ParseWarning[] },
  edits: MetaEdits = {},
  exclude?: ExclusionRules,
  signal?: AbortSignal,
): ParsedImport {
  const lang: IngestLang = edits.language ?? detectLanguage(text);
  const extractionWarnings = source.extractionWarnings ?? [];
  const bounds = { maxLines: MAX_SOURCE_LINES, maxNodes: MAX_NODES, subject: source.fileName, signal };
  // A first pass under a provisional id finds the nodes metadata detection reads; the id does not shape the tree.
  const probe = ingestDocument(
    text,
    provisional('import-preview', lang, source.fileName),
    exclude,
    true,
    bounds,
  );
  const { meta: found, notes } = detectMetadataReport(probe.nodes, lang, source);
  const detected = { ...found, docId: proposeDocId(found) };
  const meta = { ...detected, ...edits, language: lang };
  checkEdits(meta);
  const doc = ingestDocument(text, meta, exclude, true, bounds);
  const structure = doc.nodes.some((n) => n.kind === 'article' || n.kind === 'chapter') ? 'legal' : 'prose';
  const warnings = [
    ...importWarnings(doc.nodes, doc.duplicates, structure, [...extractionWarnings, ...doc.parseWarnings]),
    // A note about a field the user set is moot.
    ...notes.filter((n) => edits[n.field] === undefined).map((n) => n.warning),
    ...missingMetadata(meta, structure),
  ];
  return {
    ...doc,
    document: { ...doc.document, ...meta },
    fileName: source.fileName,
    format: source.format,
    fileSha256: source.fileSha256,
    text,
    detected,
    structure,
    warnings,
    extractionWarnings,
  };
}

function provisional(docId: string, language: IngestLang, source: string): Omit<DocumentMeta, 'contentHash'> {
  return blankDocumentMeta({ docId, title: docId, language, source });
}

/** Reads, extracts and parses an import file. Throws LecternError with a clear message for bad input. */
export async function parseImportFile(input: PreviewInput): Promise<ParsedImport> {
  const { format, text, warnings } = await extractText(input.bytes, input.fileName, { signal: input.signal });
  const fileSha256 = createHash('sha256').update(input.bytes).digest('hex');
  return parseImportText(
    text,
    {
      fileName: input.fileName.replace(/^.*[\\/]/u, ''),
      format,
      fileSha256,
      extractionWarnings: warnings ?? [],
    },
    input.edits,
    input.exclude,
    input.signal,
  );
}

/** Where a re-parsed text came from: what `parseImportText` needs of the first parse, and no more. */
export interface ReparseSource {
  fileName: string;
  format: ImportFormat;
  fileSha256: string;
  extractionWarnings: ParseWarning[];
}

/**
 * Text already extracted, to parse again with other metadata (a commit with edits, an id stepping aside): sent to
 * the parse worker like a file, so the second parse has the same heap cap and time budget as the first.
 */
export interface ReparseInput {
  text: string;
  source: ReparseSource;
  edits?: MetaEdits;
  exclude?: ExclusionRules;
  signal?: AbortSignal;
}

/** The source fields of a parse, for parsing its text again. */
export function reparseSourceOf(parsed: ParsedImport): ReparseSource {
  return {
    fileName: parsed.fileName,
    format: parsed.format,
    fileSha256: parsed.fileSha256,
    extractionWarnings: parsed.extractionWarnings,
  };
}

/** `parseImportText` over a ReparseInput, on the calling thread (the worker's body, in-thread hosts). */
export function reparseImportText(input: ReparseInput): Promise<ParsedImport> {
  return Promise.resolve().then(() =>
    parseImportText(input.text, input.source, input.edits, input.exclude, input.signal),
  );
}
