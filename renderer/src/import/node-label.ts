// Plain labels for detected provisions ("Article 3 — Planning", "Điều 3 — Lập kế hoạch") shared by the import
// outline and side by side; numbered units read in the document's language (citation.ts), named blocks in the UI's.
import type { CitationLang, CorpusNode } from '../../../electron/shared/types';
import { provisionLabel } from '../reader/provision-label';

/**
 * "Article 3 — Planning" / "Điều 3 — Lập kế hoạch"; unnumbered blocks fall back to an excerpt of their text
 * unless the text is shown right below (`withExcerpt` false).
 */
export function outlineLabel(
  node: CorpusNode,
  docLang: CitationLang,
  uiLanguage: string,
  withExcerpt = true,
): string {
  const label = provisionLabel(node, docLang, uiLanguage);
  const rest = node.heading ?? (withExcerpt && node.num === null && node.text ? excerpt(node.text, 60) : '');
  if (rest === '') return label;
  // An appendix headed "PHỤ LỤC" is shown by its heading alone, not as "Phụ lục — PHỤ LỤC".
  return rest.toLocaleLowerCase() === label.toLocaleLowerCase() ? rest : `${label} — ${rest}`;
}

/** The first `max` characters of a text, cut at a word where possible. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
