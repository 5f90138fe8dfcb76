// Parses a legal instrument (title, preamble, parts, chapters, sections, sub-sections, articles, clauses, points,
// signature, appendices, endnotes) from its lines using a language's structure rules.
import { attachEndnotes, endnotesStart } from './endnotes';
import { parseBody, isDivision } from './legal-body';
import type { LegalLine } from './legal-lines';
import { legalLines, markQuotations } from './legal-lines';
import { parseAnnex } from './parse-annex';
import type { StructureRules } from './structure-rules';
import type { TreeBuilder } from './tree-builder';

/** True when any line of the text opens an article or chapter, i.e. the text should be parsed as legal. */
export function looksLegal(lines: readonly string[], rules: StructureRules): boolean {
  return lines.some((l) => rules.article.test(l.trim()) || rules.chapter.test(l.trim()));
}

/** Parses a whole legal text into `b`. Appendices start at an appendix line and run to the next one. */
export function parseLegal(lines: readonly string[], rules: StructureRules, b: TreeBuilder): void {
  // Endnotes come last, after any appendix (Word puts footnotes at the very end), so they are cut off first.
  const all = legalLines(lines);
  const notesAt = endnotesStart(all, rules);
  const notesLine = notesAt < 0 ? lines.length : (all[notesAt]?.line ?? 1) - 1;
  const text = lines.slice(0, notesLine);
  const annexStarts = text.flatMap((l, i) =>
    !l.startsWith('\t') && rules.appendix.test(l.trim()) ? [i] : [],
  );
  const body = legalLines(text.slice(0, annexStarts[0] ?? text.length));
  markQuotations(body, b);
  const firstDivision = body.findIndex((l) => !l.quoted && isDivision(l.text, rules));
  const headEnd = firstDivision < 0 ? body.length : firstDivision;
  parseHead(body.slice(0, headEnd), rules, b);
  parseBody(body.slice(headEnd), rules, b);
  annexStarts.forEach((start, k) => {
    parseAnnex(text.slice(start, annexStarts[k + 1] ?? text.length), k + 1, rules, b);
  });
  if (notesAt >= 0) attachEndnotes(all.slice(notesAt), rules, b);
}

/** A head line that reads as a sentence (ends with . : or ;) starts the preamble, as does a preamble opener. */
const endsLikeSentence = (text: string): boolean => /\p{Ll}/u.test(text) && /[.:;]$/u.test(text);

/**
 * Title lines sit above the first preamble opener ("Căn cứ …"), or above the first line that reads as a sentence
 * or a parenthesised note; without either, the whole head is the title ("Đề mục 1.11 / An ninh mạng").
 */
function parseHead(head: readonly LegalLine[], rules: StructureRules, b: TreeBuilder): void {
  const text = (l: LegalLine): string => l.text;
  let split = head.findIndex(
    (l, i) =>
      rules.preambleOpener.test(l.text) || (i > 0 && (endsLikeSentence(l.text) || /^\(/u.test(l.text))),
  );
  if (split < 0) split = head.length;
  if (split > 0)
    b.add({ eId: 'title', parent: null, kind: 'title', text: head.slice(0, split).map(text).join('\n') });
  if (split < head.length) {
    b.add({ eId: 'preamble', parent: null, kind: 'preamble', text: head.slice(split).map(text).join('\n') });
  }
}
