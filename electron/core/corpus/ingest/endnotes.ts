// Endnotes of consolidated texts (văn bản hợp nhất): "[12] Khoản này được sửa đổi …" after the signature, each
// citing the act that amended the provision whose text carries the marker "[12]". They are notes, not
// provisions: each becomes a `footnote` node under the provision with its marker, read right after it.
import type { CorpusNode } from '../model';
import type { LegalLine } from './legal-lines';
import { clip } from './legal-lines';
import type { StructureRules } from './structure-rules';
import type { TreeBuilder } from './tree-builder';

/** One endnote as written at the end of the text. */
interface Endnote {
  num: string;
  line: number;
  text: string;
}

const marker = (num: string): RegExp => new RegExp(String.raw`\[${num}\](?!\d)`, 'u');

/**
 * Where the endnotes start: the last line "[1] …" whose marker "[1]" stands earlier in the text. Returns the
 * index into `lines`, or -1 when the text has no endnotes.
 */
export function endnotesStart(lines: readonly LegalLine[], rules: StructureRules): number {
  // The first line carrying "[1]", found once: an endnote line below it has its marker earlier in the text.
  const mark = marker('1');
  const firstMark = lines.findIndex((l) => mark.test(l.text));
  if (firstMark < 0) return -1;
  for (let i = lines.length - 1; i > firstMark; i--) {
    const m = rules.endnote.exec(lines[i]?.text ?? '');
    if (m?.groups?.num === '1') return i;
  }
  return -1;
}

/** Reads the endnote lines into notes: a "[n]" line opens note n, other lines continue it. */
function readEndnotes(lines: readonly LegalLine[], rules: StructureRules, b: TreeBuilder): Endnote[] {
  const notes: Endnote[] = [];
  for (const l of lines) {
    const m = rules.endnote.exec(l.text)?.groups;
    const last = notes.at(-1);
    if (m?.num !== undefined && (last === undefined || Number(m.num) === Number(last.num) + 1)) {
      notes.push({ num: m.num, line: l.line, text: m.text ?? '' });
    } else if (last !== undefined) {
      last.text = last.text === '' ? l.text : `${last.text}\n${l.text}`;
      if (m?.num !== undefined) {
        b.warn(
          l.line,
          `Endnote [${m.num}] is out of sequence after [${last.num}]; it is kept as text of [${last.num}].`,
        );
      }
    }
  }
  return notes;
}

/** For each marker "[n]" in the text, the first provision (in reading order) whose text or heading carries it. */
function firstCarriers(nodes: readonly CorpusNode[]): Map<string, CorpusNode> {
  const first = new Map<string, CorpusNode>();
  for (const n of nodes) {
    if (n.kind === 'footnote') continue;
    for (const source of [n.text, n.heading ?? '']) {
      for (const m of source.matchAll(/\[(\d+)\](?!\d)/gu)) {
        const num = m[1] ?? '';
        if (!first.has(num)) first.set(num, n);
      }
    }
  }
  return first;
}

/** Adds each endnote under the first provision whose text or heading carries its marker. */
export function attachEndnotes(lines: readonly LegalLine[], rules: StructureRules, b: TreeBuilder): void {
  const notes = readEndnotes(lines, rules, b);
  const carriers = firstCarriers(b.nodes);
  const placed: CorpusNode[] = [];
  for (const note of notes) {
    const owner = carriers.get(note.num);
    const node = b.add({
      eId: `fn_${note.num}`,
      parent: owner ?? null,
      kind: 'footnote',
      num: note.num,
      text: note.text,
    });
    if (owner === undefined) {
      b.warn(
        note.line,
        `Endnote [${note.num}] ("${clip(note.text)}") has no marker in the text; it is kept at the end of the document.`,
        node.eId,
      );
    } else placed.push(node);
  }
  b.placeAfterParentSubtrees(placed);
}
