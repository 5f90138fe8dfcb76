// The file name an export proposes, from a document's short title, safe on every OS (no folders, no reserved
// characters): the save dialog starts from it and the loopback host writes it as given.

/** A file name safe on every OS, from a document's short title. */
export function safeFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Lectern export'}.${extension}`;
}
