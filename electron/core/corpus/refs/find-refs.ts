// Finds cross-references in node texts at ingest time: internal ones resolve to eIds of the same document,
// references to other acts are kept as external citations. Character ranges let the UI turn them into links.
import type { CorpusNode, CrossRef } from '../model';
import { numberId, pointId } from '../ingest/structure-rules';
import type { IngestLang } from '../ingest/structure-rules';
import type { InternalRefRule, RefRules } from './ref-rules';
import { REF_RULES_EN } from './ref-rules-en';
import { REF_RULES_VI } from './ref-rules-vi';

/** The reference rules for a language. */
export function refRules(lang: IngestLang): RefRules {
  return lang === 'vi' ? REF_RULES_VI : REF_RULES_EN;
}

/** What reference detection needs to know about the document. */
interface RefContext {
  docId: string;
  lang: IngestLang;
  /** The document's own number (e.g. "63/2020/ND-CP"): a mention of it is not a reference to another act. */
  number: string | null;
}

interface Candidate {
  start: number;
  end: number;
  priority: number;
  match: RegExpExecArray;
  rule: InternalRefRule;
}

function nearest(
  node: CorpusNode,
  kind: CorpusNode['kind'],
  byEId: ReadonlyMap<string, CorpusNode>,
): CorpusNode | null {
  for (
    let n: CorpusNode | undefined = node;
    n !== undefined;
    n = n.parentEId === null ? undefined : byEId.get(n.parentEId)
  ) {
    if (n.kind === kind) return n;
  }
  return null;
}

/** The eId a match points at, built from the groups and, for "this Article/Clause", the referring node. */
function targetOf(c: Candidate, from: CorpusNode, byEId: ReadonlyMap<string, CorpusNode>): string | null {
  const g = c.match.groups ?? {};
  if (g.annex !== undefined || /App|Phụ/u.test(c.match[0])) {
    const n = g.annex === undefined ? 1 : /^\d+$/u.test(g.annex) ? Number(g.annex) : romanish(g.annex);
    return `annex_${n}`;
  }
  let base: string | null;
  if (c.rule.scope === 'clause') base = nearest(from, 'clause', byEId)?.eId ?? null;
  else if (c.rule.scope === 'article') base = nearest(from, 'article', byEId)?.eId ?? null;
  else base = g.art === undefined ? null : `art_${numberId(g.art)}`;
  if (base === null) return null;
  if (g.cl !== undefined) base = `${base}__cl_${numberId(g.cl)}`;
  if (g.pt !== undefined) base = `${base}__pt_${pointId(g.pt.toLowerCase())}`;
  return base;
}

function romanish(s: string): number {
  return ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].indexOf(s) + 1;
}

/** Non-overlapping candidates, earliest first; at one start the more specific rule (or longer match) wins. */
function candidates(text: string, rules: RefRules): Candidate[] {
  const all: Candidate[] = [];
  rules.internal.forEach((rule, priority) => {
    for (const match of text.matchAll(rule.pattern)) {
      all.push({
        start: match.index,
        end: match.index + match[0].length,
        priority,
        match,
        rule,
      });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last === undefined || c.start >= last.end) kept.push(c);
  }
  return kept;
}

/** An act's name without sentence punctuation or dangling connector words after it. */
function cleanAct(act: string, rules: RefRules): string {
  return act.replace(/[.,;:]+$/u, '').replace(rules.trailingConnectors, '');
}

/** Whether a mention of an act is the document itself ("Decree No. 63/ND-CP" inside Decree 63/2020/ND-CP). */
function isSelf(act: string, number: string | null): boolean {
  if (number === null) return false;
  const own = /^\d+/u.exec(number)?.[0];
  const cited = /(?:No\.|số)\s?(?<n>\d+)\//u.exec(act)?.groups?.n;
  const suffix = (s: string): string => s.replace(/Đ/gu, 'D').replace(/^.*\//u, '');
  return own !== undefined && cited === own && suffix(act) === suffix(number);
}

/** Separators inside a list of references ("Điều 357, Điều 468", "Articles 5 and 6", "khoản 1; khoản 2"). */
const LIST_GAP = /^\s*(?:,|;|,?\s*(?:và|hoặc|and|or))\s*$/u;

/**
 * For each candidate inside a list whose last item names another act, that act; undefined otherwise. Items of
 * "Điều 357, Điều 468 của Bộ luật Dân sự" cite the Civil Code, not the document they stand in.
 */
function listTails(text: string, found: readonly Candidate[], rules: RefRules): (string | undefined)[] {
  const out: (string | undefined)[] = found.map(() => undefined);
  let k = 0;
  while (k < found.length) {
    let end = k;
    while (
      end + 1 < found.length &&
      LIST_GAP.test(text.slice(found[end]?.end ?? 0, found[end + 1]?.start ?? 0))
    )
      end++;
    const last = found[end];
    if (end > k && last !== undefined && last.rule.selfQualified?.(last.match) !== true) {
      const act = rules.externalTail.exec(text.slice(last.end))?.groups?.act;
      if (act !== undefined) {
        for (let i = k; i < end; i++) {
          const item = found[i];
          // "Article 1 of this Decree and Article 9 of Decree 12/2019": an item that says "this Decree" stays ours.
          if (item !== undefined && item.rule.selfQualified?.(item.match) !== true)
            out[i] = cleanAct(act, rules);
        }
      }
    }
    k = end + 1;
  }
  return out;
}

/** All references in one node's own text and, for tables, nothing (cells hold product names, not references). */
function refsInNode(
  node: CorpusNode,
  ctx: RefContext,
  rules: RefRules,
  byEId: ReadonlyMap<string, CorpusNode>,
): CrossRef[] {
  const text = node.text;
  const refs: CrossRef[] = [];
  const base = { docId: ctx.docId, fromEId: node.eId };
  /** A reference to another act spanning `start`–`end` of the text. */
  const external = (start: number, end: number, citedAct: string): CrossRef => ({
    ...base,
    start,
    end,
    label: text.slice(start, end),
    kind: 'external',
    targetDocId: null,
    targetEId: null,
    citedAct,
  });
  const found = candidates(text, rules);
  const chainTail = listTails(text, found, rules);
  for (const [k, c] of found.entries()) {
    const tail = c.rule.selfQualified?.(c.match) === true ? null : rules.externalTail.exec(text.slice(c.end));
    const listed = tail === null ? chainTail[k] : undefined;
    if (listed !== undefined && !isSelf(listed, ctx.number)) {
      // "Điều 357, Điều 468 của Bộ luật Dân sự": the act named after the list is cited by every item of it.
      refs.push(external(c.start, c.end, listed));
      continue;
    }
    const act = tail?.groups?.act === undefined ? undefined : cleanAct(tail.groups.act, rules);
    if (tail !== null && act !== undefined && act !== '' && !isSelf(act, ctx.number)) {
      refs.push(external(c.start, c.end + tail[0].indexOf(act) + act.length, act));
      continue;
    }
    const target = targetOf(c, node, byEId);
    const resolved = target !== null && byEId.has(target) ? target : null;
    if (resolved === null && c.match.groups?.art?.includes('.') === true) {
      // A codified article outside this topic of the Legal Code ("Điều 1.6.LQ.16."): another part of the Code.
      refs.push(external(c.start, c.end, c.match[0]));
      continue;
    }
    refs.push({
      ...base,
      start: c.start,
      end: c.end,
      label: c.match[0],
      kind: 'internal',
      targetDocId: ctx.docId,
      targetEId: resolved,
      citedAct: null,
    });
  }
  for (const pattern of rules.actMentions) {
    for (const m of text.matchAll(pattern)) {
      const act = cleanAct(m.groups?.act ?? m[0], rules);
      const start = m.index + m[0].indexOf(act);
      const end = start + act.length;
      if (isSelf(act, ctx.number) || refs.some((r) => start < r.end && r.start < end)) continue;
      refs.push(external(start, end, act));
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Finds the references of a whole document, in reading order. */
export function findRefs(nodes: readonly CorpusNode[], ctx: RefContext): CrossRef[] {
  const byEId = new Map(nodes.map((n) => [n.eId, n]));
  const rules = refRules(ctx.lang);
  return nodes.flatMap((n) => refsInNode(n, ctx, rules, byEId));
}
