// Ids of appendix rows and paragraphs that carry no number of their own. A counter (x1, x2 …) shifted every later
// id when one row was split or merged differently (a PDF's borderless table read as lines, a DOCX's merged cell),
// so the same form had other ids in a DOCX and in its PDF export and notes moved to the wrong row on a re-import.
// The id is made from the row's own first words instead: the same text gives the same id in any format, and a
// difference stays with the row that differs.
import type { TreeBuilder } from './tree-builder';

/** Words of a row's or paragraph's text that make its id: enough to tell rows apart, few enough to read. */
const ID_WORDS = 6;

/** Longest slug kept (the words that fit). */
const MAX_SLUG = 48;

/**
 * The text's first words folded to ASCII (tone marks dropped, đ as d), joined by `_`: "3. Thuộc đối tượng" →
 * `3_thuoc_doi_tuong`. Only letters and digits count, so fill-in dots, symbols and the spacing around "3." do not
 * change it. Empty when the text has no letter or digit.
 */
export function textSlug(text: string, words = ID_WORDS): string {
  const all = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== '');
  let slug = '';
  for (const w of all.slice(0, words)) {
    const next = slug === '' ? w : `${slug}_${w}`;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than dropped.
  return slug === '' && all[0] !== undefined ? all[0].slice(0, MAX_SLUG) : slug;
}

/**
 * Hands out ids for the unnumbered nodes of one document: `<base>_<slug>`, the second and later nodes of the same
 * slug under the same base `<base>_<slug>_2`, `_3` … (`<base>` alone, then `_2` …, for a text with no word).
 * Counted per slug, so only nodes of that very text renumber when one of them is missing; each id costs constant
 * time however often a text repeats.
 */
export class ContentIds {
  private readonly next = new Map<string, number>();

  constructor(private readonly b: TreeBuilder) {}

  /** A free id under `base` for a node whose text is `text`. */
  idFor(base: string, text: string): string {
    const slug = textSlug(text);
    const first = slug === '' ? base : `${base}_${slug}`;
    if (!this.next.has(first) && !this.b.has(first)) {
      this.next.set(first, 2);
      return first;
    }
    let n = this.next.get(first) ?? 2;
    while (this.b.has(`${first}_${n}`)) n++;
    this.next.set(first, n + 1);
    return `${first}_${n}`;
  }
}
