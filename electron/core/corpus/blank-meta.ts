// A document's metadata with nothing known yet, for the places that start from scratch: an import before its
// metadata is detected, a notes report that is not one document, test fixtures.
import type { DocumentMeta } from './model';

/** Metadata with every optional field null and the given fields set; the content hash is added by the caller. */
export function blankDocumentMeta(
  fields: Pick<DocumentMeta, 'docId' | 'title'> & Partial<Omit<DocumentMeta, 'contentHash'>>,
): Omit<DocumentMeta, 'contentHash'> {
  const { docId, title, ...rest } = fields;
  return {
    docId,
    kind: 'other',
    title,
    shortTitle: title,
    number: null,
    issuer: null,
    signer: null,
    author: null,
    issued: null,
    effective: null,
    published: null,
    language: 'en',
    status: '',
    about: null,
    source: '',
    ...rest,
  };
}
