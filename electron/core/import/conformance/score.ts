// Scores one imported document against its ground truth, field by field, so the conformance report can say
// exactly which heading, count or metadata field is wrong rather than a single pass/fail per file.
import type { CorpusNode, DocumentMeta } from '../../corpus/model';
import { kindLabel } from '../head-lines';
import type { ExpectedDocument } from './expected';

/** One scored field: what was expected and what the import gave. */
export interface FieldScore {
  field: string;
  ok: boolean;
  expected: string;
  actual: string;
}

/** A document as stored: its metadata and nodes. */
export interface ScoredDocument {
  document: DocumentMeta;
  nodes: readonly CorpusNode[];
}

/** Text as compared: NFC, whitespace runs collapsed, trimmed. */
export const normalised = (text: string | null | undefined): string =>
  (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

const show = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '—' : String(value);

function field(name: string, expected: string | number, actual: string | number | null): FieldScore {
  const ok =
    typeof expected === 'number'
      ? expected === actual
      : normalised(expected) === normalised(String(actual ?? ''));
  return { field: name, ok, expected: show(expected), actual: show(actual) };
}

const countOf = (nodes: readonly CorpusNode[], kind: CorpusNode['kind']): number =>
  nodes.filter((n) => n.kind === kind).length;

/** Scores each sequence element on its own ("heading 17"), plus its length, so one slip shows where it is. */
function sequence(
  name: string,
  expected: readonly string[],
  actual: readonly (string | null)[],
): FieldScore[] {
  const out = expected.map((e, i) => field(`${name} ${i + 1}`, e, actual[i] ?? null));
  if (actual.length > expected.length) {
    out.push(field(`${name} count`, expected.length, actual.length));
  }
  return out;
}

/** Every field of `expected` that is present, scored against the imported document. */
export function scoreDocument(expected: ExpectedDocument, got: ScoredDocument): FieldScore[] {
  const { document: doc, nodes } = got;
  const articles = nodes.filter((n) => n.kind === 'article');
  const out: FieldScore[] = [];
  if (expected.type !== undefined) out.push(field('type', expected.type, kindLabel(doc.kind, 'vi')));
  if (expected.number !== undefined) out.push(field('number', expected.number, doc.number));
  if (expected.issued !== undefined) out.push(field('issued', expected.issued, doc.issued));
  if (expected.issuer !== undefined) out.push(field('issuer', expected.issuer, doc.issuer));
  if (expected.signer !== undefined) out.push(field('signer', expected.signer, doc.signer));
  if (expected.title !== undefined && expected.title !== null)
    out.push(field('title', expected.title, doc.title));
  if (expected.lang !== undefined) out.push(field('language', expected.lang, doc.language));
  const counts = [
    ['parts', 'part'],
    ['chapters', 'chapter'],
    ['sections', 'section'],
    ['articles', 'article'],
  ] as const;
  for (const [key, kind] of counts) {
    const want = expected[key];
    if (want !== undefined) out.push(field(key, want, countOf(nodes, kind)));
  }
  if (expected.articleHeadings !== undefined) {
    out.push(
      ...sequence(
        'heading',
        expected.articleHeadings,
        articles.map((a) => a.heading),
      ),
    );
  }
  if (expected.articleNumbers !== undefined) {
    out.push(
      ...sequence(
        'article number',
        expected.articleNumbers,
        articles.map((a) => a.num),
      ),
    );
  }
  return out;
}

/** Scores a conversion against the document it was made from: the same eIds, headings and normalised text. */
export function scoreSameAs(source: ScoredDocument, converted: ScoredDocument): FieldScore[] {
  const ids = (d: ScoredDocument): string => d.nodes.map((n) => n.eId).join(' ');
  const out: FieldScore[] = [
    {
      field: 'same eIds',
      ok: ids(source) === ids(converted),
      expected: `${source.nodes.length} nodes`,
      actual: describeIdDiff(source, converted),
    },
  ];
  const byEId = new Map(converted.nodes.map((n) => [n.eId, n]));
  const headings = source.nodes.filter(
    (n) => normalised(n.heading) !== normalised(byEId.get(n.eId)?.heading),
  );
  const texts = source.nodes.filter((n) => {
    const other = byEId.get(n.eId);
    return other === undefined || normalised(nodeContent(n)) !== normalised(nodeContent(other));
  });
  out.push(mismatchField('same headings', source.nodes.length, headings));
  out.push(mismatchField('same text', source.nodes.length, texts));
  for (const key of ['number', 'issued', 'issuer', 'signer', 'title', 'kind'] as const) {
    const [a, b] = [source.document[key], converted.document[key]];
    out.push({
      field: `same ${key}`,
      ok: normalised(a) === normalised(b) && (a === null) === (b === null),
      expected: show(a),
      actual: show(b),
    });
  }
  return out;
}

/** A node's own text with its table cells, as compared between formats. */
function nodeContent(n: CorpusNode): string {
  return [n.text, ...(n.cells ?? []).map((c) => c.text)].join(' ');
}

function mismatchField(name: string, total: number, wrong: readonly CorpusNode[]): FieldScore {
  return {
    field: name,
    ok: wrong.length === 0,
    expected: `${total} nodes alike`,
    actual:
      wrong.length === 0
        ? `${total} nodes alike`
        : `${wrong.length} differ (${wrong
            .slice(0, 5)
            .map((n) => n.eId)
            .join(', ')}${wrong.length > 5 ? ', …' : ''})`,
  };
}

function describeIdDiff(a: ScoredDocument, b: ScoredDocument): string {
  const left = new Set(a.nodes.map((n) => n.eId));
  const right = new Set(b.nodes.map((n) => n.eId));
  const missing = [...left].filter((id) => !right.has(id));
  const extra = [...right].filter((id) => !left.has(id));
  if (missing.length === 0 && extra.length === 0) {
    return a.nodes.length === b.nodes.length ? `${a.nodes.length} nodes` : `order differs`;
  }
  const list = (ids: string[]): string => `${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''}`;
  return `${missing.length} missing (${list(missing)}), ${extra.length} extra (${list(extra)})`;
}
