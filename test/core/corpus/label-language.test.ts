// One rule for the language of a label: numbered units in the document's language, blocks the interface names
// (preamble, signature, footnote …) in the interface's; formatPlace and breadcrumbLabels apply it when given a UI
// language and keep the document's language otherwise.
import { describe, expect, it } from 'vitest';
import {
  breadcrumbLabels,
  formatPlace,
  isNamedByInterface,
  labelLanguage,
  navigationLabel,
} from '../../../electron/core/corpus/citation';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { nodesFromSpecs } from '../../support/node-specs';

const [chapter, article, footnote, preamble] = nodesFromSpecs('d', [
  ['chp_4', 'chapter', null, 'IV', null, ''],
  ['art_39', 'article', 'chp_4', '39', null, ''],
  ['art_39__fn_2', 'footnote', 'art_39', '2', null, ''],
  ['preamble', 'preamble', null, null, null, ''],
]) as [CorpusNode, CorpusNode, CorpusNode, CorpusNode];

describe('labelLanguage', () => {
  it('gives named blocks the interface language and numbered units the document language', () => {
    for (const kind of ['preamble', 'signature', 'title', 'source-note', 'footnote', 'caption'] as const) {
      expect(isNamedByInterface(kind)).toBe(true);
      expect(labelLanguage(kind, 'en', 'vi')).toBe('vi');
    }
    for (const kind of ['part', 'chapter', 'article', 'clause', 'point', 'annex'] as const) {
      expect(isNamedByInterface(kind)).toBe(false);
      expect(labelLanguage(kind, 'en', 'vi')).toBe('en');
    }
  });

  it('labels for navigation, places and breadcrumbs by that rule', () => {
    expect(navigationLabel(preamble, 'vi', 'en')).toBe('Preamble');
    expect(navigationLabel(article, 'vi', 'en')).toBe('Điều 39');
    expect(breadcrumbLabels(footnote, [chapter, article], 'vi', 'en')).toEqual([
      'Chương IV',
      'Điều 39',
      'Note [2]',
    ]);
    expect(breadcrumbLabels(footnote, [chapter, article], 'vi')).toEqual([
      'Chương IV',
      'Điều 39',
      'Chú thích [2]',
    ]);
    expect(formatPlace(footnote, [chapter, article], 'en', 'vi')).toBe('Chú thích [2], Article 39');
    expect(formatPlace(footnote, [chapter, article], 'en')).toBe('Note [2], Article 39');
  });
});
