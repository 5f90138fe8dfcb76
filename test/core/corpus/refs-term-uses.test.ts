// Uses of defined terms: the decree defines "specialized security product" and uses it mostly in the plural; a
// use is the term's words in order, the last one also in its English plural, either spelling of the variants table,
// and never a longer word that merely starts with the term.
import { describe, expect, it } from 'vitest';
import { findTermUses, termPattern } from '../../../electron/core/corpus/refs/term-uses';
import type { DefinedTerm } from '../../../electron/core/corpus/model';
import { ingestSource } from './sources';

const decree = ingestSource('decree-63-2020');

function term(text: string, definingEId = 'def'): DefinedTerm {
  return { docId: 'inline', term: text, definingEId, definition: '' };
}

/** The text of each use of `terms` in `text`. */
function uses(text: string, terms: DefinedTerm[]): string[] {
  return findTermUses(text, 'node', terms).map((u) => text.slice(u.start, u.end));
}

describe('uses of the decree’s defined terms', () => {
  const usesOf = (name: string): [string, string][] =>
    decree.nodes.flatMap((n) =>
      findTermUses(n.text, n.eId, decree.terms)
        .filter((u) => u.term.term === name)
        .map((u): [string, string] => [n.eId, n.text.slice(u.start, u.end)]),
    );

  it('marks "specialized security products" as uses of "specialized security product"', () => {
    const found = usesOf('specialized security product');
    // Lines 52, 65, 122 and 146 of the source and the Appendix group heading use the plural.
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.every(([, text]) => /^specialized security products?$/i.test(text))).toBe(true);
    expect(found.filter(([, text]) => text.toLowerCase().endsWith('products')).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('marks the plural of "dual-use security product" and of "other law enforcement force"', () => {
    expect(usesOf('dual-use security product').some(([, t]) => t.endsWith('products'))).toBe(true);
    expect(usesOf('other law enforcement force').length).toBeGreaterThanOrEqual(5);
  });

  it('does not mark the clause that defines the term', () => {
    const defining = decree.terms.find((t) => t.term === 'specialized security product')?.definingEId;
    expect(usesOf('specialized security product').some(([eId]) => eId === defining)).toBe(false);
  });
});

describe('what counts as a use', () => {
  it('admits the English plural of the last word only', () => {
    expect(uses('Products and product lines; production of a product.', [term('product')])).toEqual([
      'Products',
      'product',
      'product',
    ]);
    expect(uses('Entities and an entity; entitys is no word.', [term('entity')])).toEqual([
      'Entities',
      'entity',
    ]);
    expect(uses('Taxes and a tax; taxation.', [term('tax')])).toEqual(['Taxes', 'tax']);
    // The earlier words stay as defined: "products security" is not "product security".
    expect(uses('security of products security', [term('product security')])).toEqual([]);
  });

  it('never marks a word that merely starts with the term', () => {
    expect(uses('productive productivity producted', [term('product')])).toEqual([]);
    expect(uses('forces forceful enforcement', [term('force')])).toEqual(['forces']);
  });

  it('folds British and American spellings to one term', () => {
    expect(uses('the national defense industry', [term('defence industry')])).toEqual(['defense industry']);
    expect(uses('Defence industries and mobilisation', [term('defense industry')])).toEqual([
      'Defence industries',
    ]);
    expect(uses('international organizations', [term('international organisation')])).toEqual([
      'international organizations',
    ]);
  });

  it('matches a Vietnamese term as written (no plural)', () => {
    expect(uses('Các sản phẩm an ninh chuyên dùng được sản xuất.', [term('sản phẩm an ninh')])).toEqual([
      'sản phẩm an ninh',
    ]);
    expect(termPattern('bí mật nhà nước').test('bí mật nhà nướcs')).toBe(false);
  });
});
