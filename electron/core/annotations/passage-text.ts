// What a passage across provisions reads as, for everything that shows or searches it (the notes panel, CSV,
// the notes reports, note search): its parts' quotes joined in reading order. Pure, so the renderer shares it.
import type { Annotation, TextQuote } from './model';

/** What the quote of a passage reads: each part's exact words. */
interface Quoted {
  quote: Pick<TextQuote, 'exact'> | null;
}

/** Between two parts' quotes when a passage is shown or exported as one text. */
export const PASSAGE_QUOTE_JOINER = ' … ';

/** The passage's quoted words, part after part ("" for a whole-provision note). */
export function passageQuote(a: { target: Quoted; continues: readonly Quoted[] }): string {
  const first = a.target.quote?.exact ?? '';
  if (a.continues.length === 0) return first;
  return [first, ...a.continues.map((p) => p.quote?.exact ?? '')].join(PASSAGE_QUOTE_JOINER);
}

/** Every provision the annotation covers, in reading order (one for a note on one provision). */
export function passageEIds(a: Pick<Annotation, 'target' | 'continues'>): string[] {
  return [a.target.eId, ...a.continues.map((p) => p.eId)];
}
