// Parses prose (articles, commentaries, unstructured imports): one paragraph per line, with an optional
// dateline and title at the head, numbered tasks as sections, photo captions and a closing author line.
import type { CorpusNode } from '../model';
import type { StructureRules } from './structure-rules';
import type { TreeBuilder } from './tree-builder';

/** Lines ending a sentence are body text; a title or an author line does not end like one. */
const endsSentence = (line: string): boolean => /[.!?:;…”"]$/u.test(line);

/** An author line names the author in capitals ("… General PHAM HOAI NAM, Member of …"). */
const namesAuthorInCapitals = (line: string): boolean => /\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\b/u.test(line);

/**
 * Indices of numbered headings that run 1, 2, 3 … in order, each followed by text of its own; a stray numbered
 * paragraph is not a section, and neither is a numbered list (items on consecutive lines, as in a court's
 * decision "1. Chấp nhận … 2. Hủy … 3. Giữ nguyên …").
 */
function sectionLines(lines: readonly string[], rules: StructureRules): Set<number> {
  const found: number[] = [];
  let expected = 1;
  lines.forEach((line, i) => {
    const num = rules.numberedHeading.exec(line)?.groups?.num;
    if (num !== undefined && Number(num) === expected) {
      found.push(i);
      expected++;
    }
  });
  const list = found.some((at, k) => k > 0 && at === (found[k - 1] ?? -2) + 1);
  return found.length >= 2 && !list ? new Set(found) : new Set();
}

/** Parses prose lines (already without page furniture) into `b`. */
export function parseProse(rawLines: readonly string[], rules: StructureRules, b: TreeBuilder): void {
  const lines = rawLines.map((l) => l.trim()).filter((l) => l !== '');
  let i = 0;
  for (let n = 1; i < lines.length && rules.dateline.test(lines[i] ?? ''); i++, n++) {
    b.add({
      eId: n === 1 ? 'dateline' : `dateline_${n}`,
      parent: null,
      kind: 'dateline',
      text: lines[i] ?? '',
    });
  }
  const head = lines[i];
  if (
    head !== undefined &&
    i + 1 < lines.length &&
    !endsSentence(head) &&
    !rules.numberedHeading.test(head)
  ) {
    b.add({ eId: 'title', parent: null, kind: 'title', text: head });
    i++;
  }
  const last = lines.length - 1;
  const authorAt =
    last > i && !endsSentence(lines[last] ?? '.') && namesAuthorInCapitals(lines[last] ?? '') ? last : -1;
  const body = lines.slice(i, authorAt < 0 ? lines.length : authorAt);
  const sections = sectionLines(body, rules);
  let section: CorpusNode | null = null;
  const counters = new Map<string, number>();
  const next = (key: string): number => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  body.forEach((line, k) => {
    if (sections.has(k)) {
      const m = rules.numberedHeading.exec(line)?.groups;
      section = b.add({
        eId: `sec_${m?.num ?? ''}`,
        parent: null,
        kind: 'section',
        num: m?.num,
        heading: m?.heading,
      });
      return;
    }
    const scope: string = section === null ? (sections.size > 0 ? 'intro' : '') : section.eId;
    const prefix = scope === '' ? '' : `${scope}__`;
    if (rules.caption.test(line)) {
      b.add({ eId: `${prefix}caption_${next(`${scope}c`)}`, parent: section, kind: 'caption', text: line });
    } else {
      b.add({ eId: `${prefix}p_${next(`${scope}p`)}`, parent: section, kind: 'paragraph', text: line });
    }
  });
  if (authorAt >= 0) b.add({ eId: 'author', parent: null, kind: 'author', text: lines[authorAt] ?? '' });
}
