// Plain labels for detected provisions ("Article 3", "Điểm đ)") shared by the import outline and side by side.
import type { CorpusNode } from '../../../electron/core/corpus/model';

/** The number as a reader writes it: the parser stores the Vietnamese point "đ" as "dd". */
export function displayNum(num: string | null, language: string): string {
  if (num === null) return '';
  return language === 'vi' && num === 'dd' ? 'đ' : num;
}

/**
 * "Article 3 — Planning" / "Điều 3 — Lập kế hoạch"; unnumbered blocks fall back to an excerpt of their text
 * unless the text is shown right below (`withExcerpt` false).
 */
export function nodeLabel(
  node: CorpusNode,
  language: string,
  t: (key: string, o: Record<string, string>) => string,
  withExcerpt = true,
): string {
  const kind = t(`docImport.node.${node.kind}`, { num: displayNum(node.num, language) }).trim();
  const rest = node.heading ?? (withExcerpt && node.num === null && node.text ? excerpt(node.text, 60) : '');
  return rest ? `${kind} — ${rest}` : kind;
}

/** The first `max` characters of a text, cut at a word where possible. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
