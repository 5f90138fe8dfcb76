// Tells a scan from a text PDF by how much text its text layer holds: a scan has none, or only a stamp, a
// signature or a few characters of OCR debris per page.

/** Fewer visible characters than this per page on average means the pages are images, not text. */
const MIN_CHARS_PER_PAGE = 30;

/** True when `text`, extracted from `pages` pages, is too little to be the document (so the PDF is a scan). */
export function looksScanned(text: string, pages: number): boolean {
  return text.replace(/\s/gu, '').length < MIN_CHARS_PER_PAGE * Math.max(1, pages);
}
