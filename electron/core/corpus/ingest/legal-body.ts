// The body of a legal text, line by line: parts, chapters, sections, sub-sections, articles (with the Legal
// Code's source and related notes), clauses and points, then the signature block after the last article.
import type { CorpusNode } from '../model';
import type { LegalLine } from './legal-lines';
import { clip, unquotedPart } from './legal-lines';
import type { StructureRules } from './structure-rules';
import { numberId, numeralValue, pointId } from './structure-rules';
import type { TreeBuilder } from './tree-builder';
import { appendLine } from './tree-builder';

/** Whether a line opens a part, chapter, section, sub-section or article (the units that end the head). */
export function isDivision(line: string, rules: StructureRules): boolean {
  return [rules.part, rules.chapter, rules.section, rules.subsection, rules.article].some((r) =>
    r.test(line),
  );
}

interface BodyState {
  part: CorpusNode | null;
  chapter: CorpusNode | null;
  section: CorpusNode | null;
  subsection: CorpusNode | null;
  article: CorpusNode | null;
  clause: CorpusNode | null;
  /** The node that receives unnumbered continuation lines. */
  current: CorpusNode | null;
  signature: CorpusNode | null;
  /** Set after the body-end mark ("./.") outside a quotation: following lines belong to the signature block. */
  bodyClosed: boolean;
  /** The line right after an article heading, where the Legal Code puts the article's source note. */
  afterArticle: boolean;
}

/**
 * A signer's line as a table cell or a line gives it: a position in capitals, optionally followed by the
 * person's name ("CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng", "THỦ TƯỚNG", "PRIME MINISTER Nguyen Xuan Phuc").
 */
const SIGNER_LINE =
  /^(?:[\p{Lu}\p{M}][\p{Lu}\p{M}.]*\s+)+[\p{Lu}\p{M}][\p{Lu}\p{M}.]*(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,5}$/u;

/** A line in capitals that reads as a heading (several words, no sentence punctuation at its end). */
const looksLikeHeading = (text: string): boolean =>
  /^[^\p{Ll}]*$/u.test(text) &&
  (text.match(/\p{Lu}/gu)?.length ?? 0) >= 6 &&
  /\s/u.test(text) &&
  !/[,;]$/u.test(text);

/** Parses the body lines (from the first division on) into `b`. */
export function parseBody(body: readonly LegalLine[], rules: StructureRules, b: TreeBuilder): void {
  const s: BodyState = {
    part: null,
    chapter: null,
    section: null,
    subsection: null,
    article: null,
    clause: null,
    current: null,
    signature: null,
    bodyClosed: false,
    afterArticle: false,
  };
  let lastDivision = -1;
  body.forEach((l, i) => {
    if (!l.quoted && isDivision(l.text, rules)) lastDivision = i;
  });
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    if (l === undefined) continue;
    const inLastArticle = i > lastDivision;
    if (
      s.signature !== null ||
      (inLastArticle &&
        !l.quoted &&
        (s.bodyClosed || rules.signatureOpener.test(l.text) || SIGNER_LINE.test(l.text)))
    ) {
      s.signature ??= b.add({ eId: 'signature', parent: null, kind: 'signature' });
      appendLine(s.signature, l.text);
      continue;
    }
    if (l.quoted) {
      append(s, l, b);
      continue;
    }
    if (parseLine(l, body[i + 1], rules, b, s)) i++;
    if (i >= lastDivision && s.article !== null && rules.bodyEnd.test(unquotedPart(l.text)))
      s.bodyClosed = true;
  }
}

/** Appends a continuation line to the current node (the preamble before any division). */
function append(s: BodyState, l: LegalLine, b: TreeBuilder): void {
  // Text between the head and the first division has nowhere else to go: it extends the preamble.
  s.current ??=
    b.nodes.find((n) => n.eId === 'preamble') ?? b.add({ eId: 'preamble', parent: null, kind: 'preamble' });
  appendLine(s.current, l.text);
}

/** A heading written on the line below a bare number ("Chương I" / "NHỮNG QUY ĐỊNH CHUNG"), if there is one. */
function headingBelow(
  written: string,
  next: LegalLine | undefined,
  rules: StructureRules,
): { heading: string | null; consumed: boolean } {
  if (written !== '') return { heading: written, consumed: false };
  const usable =
    next !== undefined &&
    !next.quoted &&
    !isDivision(next.text, rules) &&
    !rules.clause.test(next.text) &&
    !rules.point.test(next.text) &&
    !rules.sourceNote.test(next.text);
  return usable ? { heading: next.text, consumed: true } : { heading: null, consumed: false };
}

/** Picks `id`, or `scoped` when a unit's number repeats under another parent (chapters numbered per part). */
const freeId = (b: TreeBuilder, id: string, scoped: string): string => (b.has(id) ? scoped : id);

/** Handles one body line; returns true when it also consumed the next line (a heading on its own line). */
function parseLine(
  l: LegalLine,
  next: LegalLine | undefined,
  rules: StructureRules,
  b: TreeBuilder,
  s: BodyState,
): boolean {
  const line = l.text;
  const afterArticle = s.afterArticle;
  s.afterArticle = false;
  const part = rules.part.exec(line)?.groups;
  if (part?.num !== undefined) {
    const h = headingBelow(part.heading ?? '', next, rules);
    s.part = b.add({
      eId: `part_${numeralValue(part.num)}`,
      parent: null,
      kind: 'part',
      num: part.num,
      heading: h.heading,
    });
    s.chapter = s.section = s.subsection = s.article = s.clause = null;
    s.current = s.part;
    return h.consumed;
  }
  const chapter = rules.chapter.exec(line)?.groups;
  if (chapter?.num !== undefined) {
    const h = headingBelow(chapter.heading ?? '', next, rules);
    const id = `chp_${numeralValue(chapter.num)}`;
    s.chapter = b.add({
      eId: s.part === null ? id : freeId(b, id, `${s.part.eId}__${id}`),
      parent: s.part,
      kind: 'chapter',
      num: chapter.num,
      heading: h.heading,
    });
    s.section = s.subsection = s.article = s.clause = null;
    s.current = s.chapter;
    return h.consumed;
  }
  const section = rules.section.exec(line)?.groups;
  if (section?.num !== undefined) {
    const h = headingBelow(section.heading ?? '', next, rules);
    const parent = s.chapter ?? s.part;
    const prefix = parent === null ? '' : `${parent.eId}__`;
    s.section = b.add({
      eId: `${prefix}sec_${numeralValue(section.num)}`,
      parent,
      kind: 'section',
      num: section.num,
      heading: h.heading,
    });
    s.subsection = s.article = s.clause = null;
    s.current = s.section;
    return h.consumed;
  }
  const subsection = rules.subsection.exec(line)?.groups;
  if (subsection?.num !== undefined) {
    const h = headingBelow(subsection.heading ?? '', next, rules);
    const parent = s.section ?? s.chapter ?? s.part;
    const prefix = parent === null ? '' : `${parent.eId}__`;
    s.subsection = b.add({
      eId: `${prefix}subsec_${numeralValue(subsection.num)}`,
      parent,
      kind: 'subsection',
      num: subsection.num,
      heading: h.heading,
    });
    s.article = s.clause = null;
    s.current = s.subsection;
    return h.consumed;
  }
  const article = rules.article.exec(line)?.groups;
  if (article?.num !== undefined) {
    const h = headingBelow(article.heading ?? '', next, rules);
    s.article = b.add({
      eId: `art_${numberId(article.num)}`,
      parent: s.subsection ?? s.section ?? s.chapter ?? s.part,
      kind: 'article',
      num: article.num,
      heading: h.heading === '' ? null : h.heading,
    });
    s.clause = null;
    s.current = s.article;
    s.afterArticle = true;
    return h.consumed;
  }
  if (s.article !== null) return parseInArticle(l, s.article, afterArticle, rules, b, s);
  append(s, l, b);
  return false;
}

/** A line inside an article: its source or related note, a clause, a point, or continuation text. */
function parseInArticle(
  l: LegalLine,
  article: CorpusNode,
  afterArticle: boolean,
  rules: StructureRules,
  b: TreeBuilder,
  s: BodyState,
): false {
  const line = l.text;
  if (afterArticle && rules.sourceNote.test(line)) {
    b.add({ eId: `${article.eId}__source`, parent: article, kind: 'source-note', text: line });
    return false;
  }
  if (rules.relatedNote.test(line)) {
    b.add({ eId: `${article.eId}__related`, parent: article, kind: 'related-note', text: line });
    return false;
  }
  const clause = rules.clause.exec(line)?.groups;
  if (clause?.num !== undefined) {
    s.clause = b.add({
      eId: `${article.eId}__cl_${numberId(clause.num)}`,
      parent: article,
      kind: 'clause',
      num: clause.num,
      text: clause.text ?? '',
    });
    s.current = s.clause;
    return false;
  }
  const point = rules.point.exec(line)?.groups;
  if (point?.num !== undefined) {
    const parent = s.clause ?? article;
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
  if (!l.cell && looksLikeHeading(line)) {
    b.warn(
      l.line,
      `"${clip(line)}" looks like a heading that no structure rule recognises; it is kept as text of ${s.current?.eId ?? article.eId}.`,
      s.current?.eId ?? article.eId,
    );
  }
  append(s, l, b);
  return false;
}
