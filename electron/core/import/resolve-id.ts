// Settles the id an import is stored under. A proposed id never lands on a bundled document, and a Vietnamese
// original does not replace its English translation (same number, same proposed id): it gets a language suffix.
// An id the user typed is kept as typed (and refused later if it names a bundled document).
import type { DocumentMeta } from '../corpus/model';
import type { CombinedReader } from './combined-reader';

/** The id to store `doc` under. */
export function resolveDocId(doc: DocumentMeta, explicit: boolean, reader: CombinedReader): string {
  if (explicit) return doc.docId;
  const taken = (id: string): boolean => {
    if (reader.isBundled(id)) return true;
    const existing = reader.getDocument(id);
    return existing !== null && existing.language !== doc.language;
  };
  if (!taken(doc.docId)) return doc.docId;
  const withLang = `${doc.docId}-${doc.language}`;
  if (!taken(withLang)) return withLang;
  for (let n = 2; ; n++) if (!taken(`${withLang}-${n}`)) return `${withLang}-${n}`;
}
