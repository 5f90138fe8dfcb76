// The table of contents as a tree of navigable provisions (parts, chapters, sections, sub-sections, articles, the
// appendix), with annotation counts rolled up from every provision beneath each entry. Notes that belong with a
// provision (source notes, related articles, footnotes) are read with it and get no entry of their own.
import type { CorpusNode } from '../../../electron/shared/types';

/** Kinds that get their own TOC entry; clauses and points are reached through their article. */
const TOC_KINDS = new Set<CorpusNode['kind']>([
  'preamble',
  'part',
  'chapter',
  'section',
  'subsection',
  'article',
  'annex',
  'annex-group',
  'signature',
  'caption',
  'author',
]);

/** One entry of the tree. */
export interface TocItem {
  node: CorpusNode;
  children: TocItem[];
  level: number;
  /** Annotations on this provision or anything beneath it. */
  count: number;
}

/** Builds the tree; `counts` maps an eId to the annotations directly on it. */
export function buildToc(nodes: readonly CorpusNode[], counts: ReadonlyMap<string, number>): TocItem[] {
  const byEId = new Map(nodes.map((n) => [n.eId, n]));
  const items = new Map<string, TocItem>();
  const roots: TocItem[] = [];
  const tocAncestor = (eId: string | null): TocItem | null => {
    let cur = eId;
    while (cur !== null) {
      const item = items.get(cur);
      if (item) return item;
      cur = byEId.get(cur)?.parentEId ?? null;
    }
    return null;
  };
  for (const node of nodes) {
    if (!TOC_KINDS.has(node.kind)) continue;
    const parent = tocAncestor(node.parentEId);
    const item: TocItem = { node, children: [], level: parent ? parent.level + 1 : 1, count: 0 };
    items.set(node.eId, item);
    (parent ? parent.children : roots).push(item);
  }
  for (const [eId, n] of counts) {
    // Every TOC entry on the path from the annotated provision to the root gets the count.
    let cur: string | null = eId;
    while (cur !== null) {
      const item = items.get(cur);
      if (item) item.count += n;
      cur = byEId.get(cur)?.parentEId ?? null;
    }
  }
  return roots;
}

/** The items currently visible (roots, plus children of expanded items), in display order. */
export function visibleItems(roots: readonly TocItem[], expanded: ReadonlySet<string>): TocItem[] {
  const out: TocItem[] = [];
  const walk = (list: readonly TocItem[]) => {
    for (const item of list) {
      out.push(item);
      if (item.children.length > 0 && expanded.has(item.node.eId)) walk(item.children);
    }
  };
  walk(roots);
  return out;
}

/** The eIds of the TOC entries that contain `eId` (so the tree can reveal the current provision). */
export function tocPathTo(eId: string, nodes: ReadonlyMap<string, CorpusNode>): string[] {
  const path: string[] = [];
  let cur = nodes.get(eId)?.parentEId ?? null;
  while (cur !== null) {
    path.push(cur);
    cur = nodes.get(cur)?.parentEId ?? null;
  }
  return path;
}
