import { describe, expect, it } from 'vitest';
import { blankDocumentMeta } from '../../../electron/core/corpus/blank-meta';

describe('blankDocumentMeta', () => {
  it('nulls every unknown field, defaults the short title to the title and keeps the usual key order', () => {
    const meta = blankDocumentMeta({ docId: 'd', title: 'T', language: 'vi', source: 'f.txt' });
    expect(meta).toEqual({
      docId: 'd',
      kind: 'other',
      title: 'T',
      shortTitle: 'T',
      number: null,
      issuer: null,
      signer: null,
      author: null,
      issued: null,
      effective: null,
      published: null,
      language: 'vi',
      status: '',
      about: null,
      source: 'f.txt',
    });
    expect(Object.keys(meta).slice(0, 4)).toEqual(['docId', 'kind', 'title', 'shortTitle']);
    expect(blankDocumentMeta({ docId: 'd', title: 'T', shortTitle: 'S' }).shortTitle).toBe('S');
  });
});
