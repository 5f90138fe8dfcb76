// Which language a provision's label is written in. Numbered units (Phần, Chương, Mục, Điều, khoản, điểm …) are
// part of the document and read in its own language; blocks the interface merely names (the preamble, the
// signature, a footnote) are chrome and follow the interface language. The rule and the words live in the core's
// citation.ts (through electron/shared/provision-labels), shared with search, export and the CLI.
import {
  isNamedByInterface as namedByInterface,
  navigationLabel,
  pointLetter,
} from '../../../electron/shared/provision-labels';
import type { CitationLang, CorpusNode } from '../../../electron/shared/types';

/** True for blocks the interface names (the preamble, a footnote) rather than cites by number. */
export function isNamedByInterface(node: CorpusNode): boolean {
  return namedByInterface(node.kind);
}

/** The citation language of an i18next language code ("vi", "vi-VN" → vi; anything else → en). */
export function langOf(language: string): CitationLang {
  return language.startsWith('vi') ? 'vi' : 'en';
}

/** A provision's label for navigation: "Chương IV", "Article 6" in the document's language, "Preamble" in the UI's. */
export function provisionLabel(node: CorpusNode, docLang: CitationLang, uiLanguage: string): string {
  return navigationLabel(node, docLang, langOf(uiLanguage));
}

/** The visible number prefix: "1." for clauses, "a)" for points (đ written as in Vietnamese), "[12]" for footnotes. */
export function numberLabel(node: CorpusNode): string {
  if (!node.num) return '';
  if (node.kind === 'clause' || node.kind === 'section') return `${node.num}.`;
  if (node.kind === 'point') return `${pointLetter(node.num, 'vi')})`;
  if (node.kind === 'footnote') return `[${node.num}]`;
  return node.num;
}
