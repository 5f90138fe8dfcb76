// Parses a legal instrument (title, preamble, chapters, sections, articles, clauses, points, signature,
// appendices) from its lines using a language's structure rules.
import type { CorpusNode } from '../model';
import { parseAnnex } from './parse-annex';
import type { StructureRules } from './structure-rules';
import { numeralValue, pointId } from './structure-rules';
import type { TreeBuilder } from './tree-builder';
import { appendLine } from './tree-builder';

/** Whether a line opens a chapter, section or article (the units that end the head of the document). */
function isDivision(line: string, rules: StructureRules): boolean {
  return rules.chapter.test(line) || rules.section.test(line) || rules.article.test(line);
}

/** True when any line of the text opens an article or chapter, i.e. the text should be parsed as legal. */
export function looksLegal(lines: readonly string[], rules: StructureRules): boolean {
  return lines.some((l) => rules.article.test(l.trim()) || rules.chapter.test(l.trim()));
}

/** Parses a whole legal text into `b`. Appendices start at an appendix line and run to the next one. */
export function parseLegal(lines: readonly string[], rules: StructureRules, b: TreeBuilder): void {
  const annexStarts = lines.flatMap((l, i) =>
    !l.startsWith('\t') && rules.appendix.test(l.trim()) ? [i] : [],
  );
  const body = lines
    .slice(0, annexStarts[0] ?? lines.length)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const firstDivision = body.findIndex((l) => isDivision(l, rules));
  const headEnd = firstDivision < 0 ? body.length : firstDivision;
  parseHead(body.slice(0, headEnd), rules, b);
  parseBody(body.slice(headEnd), rules, b);
  annexStarts.forEach((start, k) => {
    parseAnnex(lines.slice(start, annexStarts[k + 1] ?? lines.length), k + 1, rules, b);
  });
}

/** Title lines sit above the first preamble opener; without an opener, leading lines without lower case are the title. */
function parseHead(head: readonly string[], rules: StructureRules, b: TreeBuilder): void {
  let split = head.findIndex((l) => rules.preambleOpener.test(l));
  if (split < 0) {
    split = head.findIndex((l) => /\p{Ll}/u.test(l));
    if (split < 0) split = head.length;
  }
  if (split > 0) b.add({ eId: 'title', parent: null, kind: 'title', text: head.slice(0, split).join('\n') });
  if (split < head.length) {
    b.add({ eId: 'preamble', parent: null, kind: 'preamble', text: head.slice(split).join('\n') });
  }
}

interface BodyState {
  chapter: CorpusNode | null;
  section: CorpusNode | null;
  article: CorpusNode | null;
  clause: CorpusNode | null;
  /** The node that receives unnumbered continuation lines. */
  current: CorpusNode | null;
  signature: CorpusNode | null;
  /** Set after the body-end mark ("./."): following lines belong to the signature block. */
  bodyClosed: boolean;
}

function parseBody(body: readonly string[], rules: StructureRules, b: TreeBuilder): void {
  const s: BodyState = {
    chapter: null,
    section: null,
    article: null,
    clause: null,
    current: null,
    signature: null,
    bodyClosed: false,
  };
  for (let i = 0; i < body.length; i++) {
    const line = body[i] ?? '';
    const next = body[i + 1];
    if (s.signature !== null || s.bodyClosed || rules.signatureOpener.test(line)) {
      s.signature ??= b.add({ eId: 'signature', parent: null, kind: 'signature' });
      appendLine(s.signature, line);
      continue;
    }
    const consumedNext = parseLine(line, next, rules, b, s);
    if (consumedNext) i++;
    if (s.article !== null && rules.bodyEnd.test(line)) s.bodyClosed = true;
  }
}

/** Handles one body line; returns true when it also consumed the next line (a heading on its own line). */
function parseLine(
  line: string,
  next: string | undefined,
  rules: StructureRules,
  b: TreeBuilder,
  s: BodyState,
): boolean {
  const headingBelow = (written: string): { heading: string; consumed: boolean } =>
    written === '' && next !== undefined && !isDivision(next, rules)
      ? { heading: next, consumed: true }
      : { heading: written, consumed: false };

  const chapter = rules.chapter.exec(line)?.groups;
  if (chapter?.num !== undefined) {
    const h = headingBelow(chapter.heading ?? '');
    s.chapter = b.add({
      eId: `chp_${numeralValue(chapter.num)}`,
      parent: null,
      kind: 'chapter',
      num: chapter.num,
      heading: h.heading === '' ? null : h.heading,
    });
    s.section = s.article = s.clause = null;
    s.current = s.chapter;
    return h.consumed;
  }
  const section = rules.section.exec(line)?.groups;
  if (section?.num !== undefined) {
    const h = headingBelow(section.heading ?? '');
    const prefix = s.chapter === null ? '' : `${s.chapter.eId}__`;
    s.section = b.add({
      eId: `${prefix}sec_${numeralValue(section.num)}`,
      parent: s.chapter,
      kind: 'section',
      num: section.num,
      heading: h.heading === '' ? null : h.heading,
    });
    s.article = s.clause = null;
    s.current = s.section;
    return h.consumed;
  }
  const article = rules.article.exec(line)?.groups;
  if (article?.num !== undefined) {
    s.article = b.add({
      eId: `art_${article.num}`,
      parent: s.section ?? s.chapter,
      kind: 'article',
      num: article.num,
      heading: article.heading === undefined || article.heading === '' ? null : article.heading,
    });
    s.clause = null;
    s.current = s.article;
    return false;
  }
  if (s.article !== null) {
    const clause = rules.clause.exec(line)?.groups;
    if (clause?.num !== undefined) {
      s.clause = b.add({
        eId: `${s.article.eId}__cl_${clause.num}`,
        parent: s.article,
        kind: 'clause',
        num: clause.num,
        text: clause.text ?? '',
      });
      s.current = s.clause;
      return false;
    }
    const point = rules.point.exec(line)?.groups;
    if (point?.num !== undefined) {
      const parent = s.clause ?? s.article;
      const num = pointId(point.num);
      s.current = b.add({
        eId: `${parent.eId}__pt_${num}`,
        parent,
        kind: 'point',
        num,
        text: point.text ?? '',
      });
      return false;
    }
  }
  if (s.current === null) {
    // Text between the head and the first division has nowhere else to go: it extends the preamble.
    s.current =
      b.nodes.find((n) => n.eId === 'preamble') ?? b.add({ eId: 'preamble', parent: null, kind: 'preamble' });
  }
  appendLine(s.current, line);
  return false;
}
