// A passage across provisions (docs/architecture.md): the annotation's target is its first part, `continues` the
// following ones. The checks of a passage's shape and of a create request's parts (its text: passage-text.ts).
import type { CorpusNode } from '../corpus/model.js';
import { annotatableText } from '../corpus/annotatable-text.js';
import { LecternError } from '../errors.js';
import { resolveRange } from './anchor-text.js';
import type { AnnotationPart, TextPosition } from './model.js';
import { MAX_NOTE_LENGTH } from './schemas.js';

/** What a create request says of one following part: a range in a provision and, optionally, its exact text. */
export interface PartRequest {
  eId: string;
  position: TextPosition;
  quote?: string | null | undefined;
}

const refuse = (message: string): never => {
  throw new LecternError('INVALID_INPUT', message);
};

/** What the shape check reads of a part: its provision and its range. */
interface PartPlace {
  eId: string;
  position: TextPosition;
}

/**
 * Why `first` and `parts` are not one continuous passage of `nodes` (reading order), or null when they are:
 * distinct provisions of the document after `first` in reading order, the first part running to the end of its
 * annotatable text, middle parts covering all of theirs, the last starting at 0, every range inside its text.
 * Creating and re-anchoring a passage both hold it to this.
 */
export function passageProblem(
  nodes: readonly CorpusNode[],
  first: { eId: string; position: TextPosition | null },
  parts: readonly PartPlace[],
): string | null {
  if (first.position === null)
    return 'A passage across provisions starts with a range: a whole-provision note has no following parts.';
  const order = new Map(nodes.map((n, i) => [n.eId, { node: n, index: i }]));
  const firstAt = order.get(first.eId);
  if (!firstAt) return `No provision "${first.eId}" in this document.`;
  const firstLength = annotatableText(firstAt.node).length;
  if (first.position.end !== firstLength)
    return `A passage across provisions runs to the end of ${first.eId}'s text (${String(firstLength)}).`;
  let previous = firstAt.index;
  for (const [i, part] of parts.entries()) {
    const at = order.get(part.eId);
    if (!at) return `No provision "${part.eId}" in this document.`;
    if (at.index <= previous)
      return `The parts of a passage are distinct provisions in reading order: ${part.eId} comes too early.`;
    previous = at.index;
    const length = annotatableText(at.node).length;
    if (part.position.end > length)
      return `The range ${String(part.position.start)}–${String(part.position.end)} lies outside ${part.eId}, whose text has ${String(length)} characters.`;
    if (part.position.start !== 0)
      return `A following part of a passage starts at the beginning of ${part.eId}'s text.`;
    if (i < parts.length - 1 && part.position.end !== length)
      return `A middle part of a passage covers all of ${part.eId}'s text (${String(length)}).`;
  }
  return null;
}

/**
 * Checks and resolves a create request's following parts against the document's current nodes (reading order):
 * the shape of `passageProblem`, each quote (when given) equal to its provision's text there (resolveRange), the
 * quoted words together at most MAX_NOTE_LENGTH — so nothing is stored that was not selected.
 */
export function resolvePassage(
  nodes: readonly CorpusNode[],
  first: { eId: string; position: TextPosition | null },
  parts: readonly PartRequest[],
): AnnotationPart[] {
  if (parts.length === 0) return [];
  const problem = passageProblem(nodes, first, parts);
  if (problem !== null) return refuse(problem);
  const byEId = new Map(nodes.map((n) => [n.eId, n]));
  let quoted = (first.position?.end ?? 0) - (first.position?.start ?? 0);
  const resolved = parts.map((part) => {
    const node = byEId.get(part.eId);
    const range = node ? resolveRange(annotatableText(node), part.eId, part.position, part.quote) : null;
    if (!range) return refuse(`No provision "${part.eId}" in this document.`);
    quoted += range.position.end - range.position.start;
    return { eId: part.eId, position: range.position, quote: range.quote };
  });
  // The same bound as one quote: a passage is stored, listed and exported with all its words.
  if (quoted > MAX_NOTE_LENGTH)
    refuse(`A passage quotes at most ${String(MAX_NOTE_LENGTH)} characters; this one has ${String(quoted)}.`);
  return resolved;
}
