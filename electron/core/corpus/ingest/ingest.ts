// Entry point of ingestion: source text → ordered node tree. Used by the corpus build and by the importer.
import { LecternError } from '../../errors';
import { limitError, throwIfCancelled } from '../../limit-error';
import type { CorpusNode } from '../model';
import { looksLegal, parseLegal } from './parse-legal';
import { parseProse } from './parse-prose';
import type { ExcludedText, ExclusionRules } from './source-lines';
import { sourceLines } from './source-lines';
import type { IngestLang } from './structure-rules';
import { structureRules } from './structure-rules';
import type { IngestBounds, ParseWarning, RenamedDuplicate } from './tree-builder';
import { TreeBuilder } from './tree-builder';

/** What ingestion needs to know about a text. */
interface IngestOptions {
  docId: string;
  lang: IngestLang;
  exclude?: ExclusionRules;
  /** Keep repeated provision numbers under suffixed ids instead of failing (the importer's preview warns). */
  renameDuplicates?: boolean;
  /** The importer's caps on lines and nodes, and its AbortSignal; the corpus build passes none. */
  bounds?: IngestBounds;
}

/** The parsed document: nodes in reading order, what was excluded, and which parser applied. */
export interface IngestResult {
  nodes: CorpusNode[];
  excluded: ExcludedText[];
  structure: 'legal' | 'prose';
  /** Repeated provision ids that were renamed (only with `renameDuplicates`). */
  duplicates: RenamedDuplicate[];
  /** Lines the structure rules could not place with confidence. */
  warnings: ParseWarning[];
}

/** Parses a text: legal structure when it has articles or chapters, otherwise prose paragraphs. */
export function ingestText(text: string, options: IngestOptions): IngestResult {
  const { bounds } = options;
  const { lines, excluded } = sourceLines(text, options.exclude);
  if (bounds !== undefined && lines.length > bounds.maxLines) {
    throw limitError(bounds.subject, (l) => `this text has more than ${l} lines`, bounds.maxLines, 'count');
  }
  throwIfCancelled(bounds?.signal, bounds?.subject ?? options.docId);
  const rules = structureRules(options.lang);
  const b = new TreeBuilder(options.docId, options.renameDuplicates === true, bounds);
  const structure = looksLegal(lines, rules) ? 'legal' : 'prose';
  if (structure === 'legal') parseLegal(lines, rules, b);
  else parseProse(lines, rules, b);
  if (b.nodes.length === 0) {
    throw new LecternError('INVALID_INPUT', `Document ${options.docId} contains no text.`);
  }
  return { nodes: b.nodes, excluded, structure, duplicates: b.duplicates, warnings: b.warnings };
}
