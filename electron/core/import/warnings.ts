// Checks a parsed import for what a reviewer should look at before saving: numbering gaps and repeats,
// text that no provision took (body text outside any article), and a text where no structure was found.
import type { ParseWarning, RenamedDuplicate } from '../corpus/ingest/tree-builder';
import { numeralValue } from '../corpus/ingest/structure-rules';
import type { CorpusNode } from '../corpus/model';
import type { ImportWarning } from './model';

const LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'dd',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

/** Position of a number or point letter in its sequence; null when it cannot be ordered. */
function rank(node: CorpusNode): number | null {
  if (node.num === null) return null;
  if (node.kind === 'point') {
    const i = LETTERS.indexOf(node.num);
    return i < 0 ? null : i + 1;
  }
  try {
    return numeralValue(node.num.replace(/[a-z]$/u, ''));
  } catch {
    return null;
  }
}

const UNIT: Partial<Record<CorpusNode['kind'], string>> = {
  chapter: 'Chapter',
  section: 'Section',
  article: 'Article',
  clause: 'Clause',
  point: 'Point',
};

/** Gaps in each numbered sequence: articles across the document, the rest within their parent. */
function numberingGaps(nodes: readonly CorpusNode[]): ImportWarning[] {
  const sequences = new Map<string, CorpusNode[]>();
  for (const n of nodes) {
    if (UNIT[n.kind] === undefined || n.eId.includes('_dup')) continue;
    const key = n.kind === 'article' || n.kind === 'chapter' ? n.kind : `${n.kind} in ${n.parentEId ?? ''}`;
    // Appended in place: copying the sequence for every node made 30k articles take most of a minute.
    const seq = sequences.get(key);
    if (seq === undefined) sequences.set(key, [n]);
    else seq.push(n);
  }
  const out: ImportWarning[] = [];
  for (const seq of sequences.values()) {
    let prev: number | null = null;
    for (const n of seq) {
      const r = rank(n);
      if (r === null) continue;
      const expected = prev === null ? 1 : prev + 1;
      if (r > expected) {
        const where =
          n.kind === 'article' || n.kind === 'chapter' ? '' : ` in ${n.parentEId ?? 'the document'}`;
        const name = (k: number): string => (n.kind === 'point' ? (LETTERS[k - 1] ?? String(k)) : String(k));
        const missing =
          expected === r - 1
            ? `${n.kind === 'point' ? 'point' : 'number'} ${name(expected)} is`
            : `${n.kind === 'point' ? 'points' : 'numbers'} ${name(expected)}–${name(r - 1)} are`;
        out.push({
          code: 'numbering-gap',
          message: `${UNIT[n.kind] ?? n.kind} ${n.num ?? ''}${where}: ${missing} missing.`,
          eId: n.eId,
        });
      }
      prev = Math.max(prev ?? 0, r);
    }
  }
  return out;
}

/** Body text that landed on a chapter or section, where a reader would not look for it. */
function unassigned(nodes: readonly CorpusNode[]): ImportWarning[] {
  return nodes
    .filter((n) => (n.kind === 'chapter' || n.kind === 'section') && n.text.trim() !== '')
    .map((n) => ({
      code: 'unassigned-text' as const,
      message: `Text outside any article under ${n.eId}: "${n.text.slice(0, 60)}${n.text.length > 60 ? '…' : ''}"`,
      eId: n.eId,
    }));
}

/** Every warning for a parsed document. */
export function importWarnings(
  nodes: readonly CorpusNode[],
  duplicates: readonly RenamedDuplicate[],
  structure: 'legal' | 'prose',
  parseWarnings: readonly ParseWarning[] = [],
): ImportWarning[] {
  const out: ImportWarning[] = parseWarnings.map((w) => ({
    code: 'structure-uncertain' as const,
    message: `Line ${w.line}: ${w.message}`,
    eId: w.eId,
  }));
  out.push(
    ...duplicates.map((d) => ({
      code: 'duplicate' as const,
      message: `The number of ${d.eId} occurs more than once; the repeat is kept as ${d.renamedTo}.`,
      eId: d.renamedTo,
    })),
  );
  if (structure === 'prose' && !nodes.some((n) => n.kind === 'section')) {
    out.push({
      code: 'no-structure',
      message: 'No chapters, articles or numbered sections were found; the text is kept as plain paragraphs.',
      eId: null,
    });
  }
  return [...out, ...numberingGaps(nodes), ...unassigned(nodes)];
}
