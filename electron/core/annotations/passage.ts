// A passage across provisions (docs/architecture.md): the annotation's target is its first part, `continues` the
// following ones. One place checks a create request's parts and one place joins a passage's quotes for display.
import type { CorpusNode } from '../corpus/model.js';
import { annotatableText } from '../corpus/annotatable-text.js';
import { LecternError } from '../errors.js';
import { resolveRange } from './anchor-text.js';
import type { Annotation, AnnotationPart, TextPosition } from './model.js';
import { MAX_NOTE_LENGTH } from './schemas.js';

/** What a create request says of one following part: a range in a provision and, optionally, its exact text. */
export interface PartRequest {
  eId: string;
  position: TextPosition;
  quote?: string | null | undefined;
}

/** Between two parts' quotes when a passage is shown or exported as one text. */
export const PASSAGE_QUOTE_JOINER = ' … ';

const refuse = (message: string): never => {
  throw new LecternError('INVALID_INPUT', message);
};

/**
 * Checks and resolves a passage's following parts against the document's current nodes (reading order): each a
 * range of its provision's annotatable text (resolveRange), distinct provisions after `first` in reading order,
 * with no text left out between parts — the first part runs to the end of its text, middle parts cover all of
 * theirs, the last starts at 0 — so the parts are one continuous passage and nothing is stored that was not selected.
 */
export function resolvePassage(
  nodes: readonly CorpusNode[],
  first: { eId: string; position: TextPosition | null },
  parts: readonly PartRequest[],
): AnnotationPart[] {
  if (parts.length === 0) return [];
  if (first.position === null)
    refuse('A passage across provisions starts with a range: a whole-provision note has no following parts.');
  const order = new Map(nodes.map((n, i) => [n.eId, { node: n, index: i }]));
  const firstAt = order.get(first.eId);
  if (!firstAt) return refuse(`No provision "${first.eId}".`);
  const firstText = annotatableText(firstAt.node);
  if (first.position?.end !== firstText.length)
    refuse(
      `A passage across provisions runs to the end of ${first.eId}'s text (${String(firstText.length)}).`,
    );
  let previous = firstAt.index;
  let quoted = (first.position?.end ?? 0) - (first.position?.start ?? 0);
  const resolved = parts.map((part, i) => {
    const at = order.get(part.eId);
    if (!at) return refuse(`No provision "${part.eId}" in this document.`);
    if (at.index <= previous)
      refuse(`The parts of a passage are distinct provisions in reading order: ${part.eId} comes too early.`);
    previous = at.index;
    const text = annotatableText(at.node);
    const range = resolveRange(text, part.eId, part.position, part.quote);
    if (!range) return refuse(`Part ${String(i + 1)} of the passage has no range.`);
    const last = i === parts.length - 1;
    if (range.position.start !== 0)
      refuse(`A following part of a passage starts at the beginning of ${part.eId}'s text.`);
    if (!last && range.position.end !== text.length)
      refuse(`A middle part of a passage covers all of ${part.eId}'s text (${String(text.length)}).`);
    quoted += range.position.end - range.position.start;
    return { eId: part.eId, position: range.position, quote: range.quote };
  });
  // The same bound as one quote: a passage is stored, listed and exported with all its words.
  if (quoted > MAX_NOTE_LENGTH)
    refuse(`A passage quotes at most ${String(MAX_NOTE_LENGTH)} characters; this one has ${String(quoted)}.`);
  return resolved;
}

/** The passage's quoted words, part after part ("" for a whole-provision note). */
export function passageQuote(a: Pick<Annotation, 'target' | 'continues'>): string {
  const first = a.target.quote?.exact ?? '';
  if (a.continues.length === 0) return first;
  return [first, ...a.continues.map((p) => p.quote.exact)].join(PASSAGE_QUOTE_JOINER);
}

/** Every provision the annotation covers, in reading order (one for a note on one provision). */
export function passageEIds(a: Pick<Annotation, 'target' | 'continues'>): string[] {
  return [a.target.eId, ...a.continues.map((p) => p.eId)];
}
