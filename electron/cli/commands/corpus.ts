// `docs`, `toc` and `show`: read the bundled corpus.
import { ancestorsOf, formatBreadcrumb, formatCitation, nodeLabel } from '../../core/corpus/citation';
import type { CorpusNode } from '../../core/corpus/model';
import { LecternError } from '../../core/errors';
import type { CliCommand, CliInput } from '../command';

/** One entry of the `toc` tree. */
interface TocEntry {
  eId: string;
  kind: CorpusNode['kind'];
  num: string | null;
  heading: string | null;
  label: string;
  children: TocEntry[];
}

/** A node with its descendants, as `show` prints it. */
type NodeWithChildren = CorpusNode & { children: NodeWithChildren[] };

function positional(input: CliInput, index: number, name: string, usage: string): string {
  const value = input.args[index];
  if (value === undefined || value === '') {
    throw new LecternError('INVALID_INPUT', `Missing <${name}>. Usage: ${usage}`);
  }
  return value;
}

/** Nests a flat, ordered node list under `rootEId` (null = the document's top level). */
function nest<T>(
  nodes: readonly CorpusNode[],
  rootEId: string | null,
  make: (n: CorpusNode, kids: T[]) => T,
): T[] {
  const byParent = new Map<string | null, CorpusNode[]>();
  for (const n of nodes) byParent.set(n.parentEId, [...(byParent.get(n.parentEId) ?? []), n]);
  const build = (parent: string | null): T[] =>
    (byParent.get(parent) ?? []).map((n) => make(n, build(n.eId)));
  return build(rootEId);
}

const shorten = (s: string, max = 90): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export const docsCommand: CliCommand = {
  name: 'docs',
  summary: 'list documents with metadata',
  usage: ['docs [--json]'],
  run(ctx) {
    const documents = ctx.corpus().listDocuments();
    const text = documents
      .map(
        (d) =>
          `${d.docId}\n  ${d.title}\n  ${[d.number, d.status, d.issued ?? d.published].filter(Boolean).join(' · ')}`,
      )
      .join('\n');
    return { json: { documents }, text };
  },
};

export const tocCommand: CliCommand = {
  name: 'toc',
  summary: 'the structure tree of a document, with the eId of every provision',
  usage: ['toc <docId> [--json]'],
  run(ctx, input) {
    const docId = positional(input, 0, 'docId', 'toc <docId>');
    const document = ctx.requireDocument(docId);
    const nodes = ctx.corpus().getNodes(docId);
    // Provisions are labelled as their document is written ("Chương I", "Điều 1" for a Vietnamese act).
    const lang = document.language;
    const tree = nest<TocEntry>(nodes, null, (n, children) => ({
      eId: n.eId,
      kind: n.kind,
      num: n.num,
      heading: n.heading,
      label: nodeLabel(n, lang),
      children,
    }));
    const text = nodes
      .map((n) => {
        const title =
          n.heading !== null && n.heading !== nodeLabel(n, lang) ? ` — ${shorten(n.heading, 70)}` : '';
        return `${'  '.repeat(n.depth)}${n.eId}  ${nodeLabel(n, lang)}${title}`;
      })
      .join('\n');
    return { json: { document, tree }, text };
  },
};

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'one provision with its text, children, citation and references',
  usage: ['show <docId> <eId> [--json]'],
  run(ctx, input) {
    const docId = positional(input, 0, 'docId', 'show <docId> <eId>');
    const eId = positional(input, 1, 'eId', 'show <docId> <eId>');
    const node = ctx.requireNode(docId, eId);
    const document = ctx.requireDocument(docId);
    const corpus = ctx.corpus();
    const nodes = corpus.getNodes(docId);
    const byEId = new Map(nodes.map((n) => [n.eId, n]));
    const ancestors = ancestorsOf(eId, byEId);
    const withChildren: NodeWithChildren = {
      ...node,
      children: nest<NodeWithChildren>(nodes, eId, (n, children) => ({ ...n, children })),
    };
    const inSubtree = new Set<string>([eId]);
    for (const n of nodes) if (n.parentEId !== null && inSubtree.has(n.parentEId)) inSubtree.add(n.eId);
    const citation = {
      en: formatCitation(document, node, ancestors, 'en'),
      vi: formatCitation(document, node, ancestors, 'vi'),
    };
    const json = {
      docId,
      citation,
      breadcrumb: {
        en: formatBreadcrumb(node, ancestors, 'en'),
        vi: formatBreadcrumb(node, ancestors, 'vi'),
      },
      ancestors: ancestors.map((a) => ({ eId: a.eId, kind: a.kind, num: a.num, heading: a.heading })),
      node: withChildren,
      refs: corpus.getRefs(docId).filter((r) => inSubtree.has(r.fromEId)),
      terms: corpus.getTerms(docId).filter((t) => inSubtree.has(t.definingEId)),
    };
    const lang = document.language;
    const lines = [citation[lang], ''];
    for (const n of nodes.filter((x) => inSubtree.has(x.eId))) {
      const indent = '  '.repeat(n.depth - node.depth);
      const head = [nodeLabel(n, lang), n.heading].filter((x) => x !== null && x !== '').join('. ');
      const body = n.cells !== null ? n.cells.map((c) => c.text).join(' | ') : n.text;
      lines.push(
        `${indent}${head}${body === '' ? '' : `\n${indent}  ${body.split('\n').join(`\n${indent}  `)}`}`,
      );
    }
    return { json, text: lines.join('\n') };
  },
};
