// Every exported bundle shape (text notes, whole-provision notes, a passage across provisions (an array of
// targets), tombstones, tags, colours, a conflict copy, one
// document, nothing) against every MUST of the W3C Web Annotation test suite: annotations/annotationMusts.test for
// each annotation, collections/collectionMusts.test for the collection, collections/pages/pageMusts.test for its
// page (each given the collection's @context). SHOULD/MAY assertions implemented are reported. Skips, saying so,
// when ../shared/w3c-web-annotation-tests is absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { DECREE_NODES, FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb, steppingClock } from '../../support/annotations/temp-db.js';
import type { SuiteCheck } from '../../support/annotations/w3c-suite.js';
import { loadSuite, SUITE_DIR } from '../../support/annotations/w3c-suite.js';

const suite = loadSuite();
if (!suite) console.warn(`W3C conformance test skipped: ${SUITE_DIR} not found (it comes with ../shared).`);

const DOC = 'decree-63-2020';
interface Bundle {
  '@context': unknown;
  first: { items: Record<string, unknown>[] } & Record<string, unknown>;
}
type Env = ReturnType<typeof openTempUserDb>;
let envs: Env[] = [];
const bundles = new Map<string, Bundle>();

/** Exports made by two machines that exchanged and disagreed, so every shape of item occurs. */
function makeBundles(): void {
  const [ea, eb, ec] = (envs = [openTempUserDb(), openTempUserDb(), openTempUserDb()]);
  const clock = steppingClock();
  const svc = (env: Env, who: string): AnnotationService =>
    new AnnotationService({
      db: env.db,
      corpus: new FixtureCorpus(),
      clock,
      author: () => who,
      appVersion: '1.0.0',
    });
  const a = svc(ea!, 'Reviewer A');
  const b = svc(eb!, 'Reviewer B');
  const empty = svc(ec!, 'Nobody');
  const text = a.create({
    docId: DOC,
    eId: 'art_4__cl_2',
    quote: 'vice versa',
    note: 'Which way?',
    color: 'blue',
  });
  a.create({
    docId: DOC,
    eId: 'art_4__cl_3',
    quote: 'guard state secrets',
    tags: ['secrets', 'Art 6'],
    color: 'red',
  });
  a.create({ docId: DOC, eId: 'art_5', note: 'Whole provision: check the annex', tags: ['annex'] });
  a.create({ docId: DOC, eId: 'art_4', color: 'grey' }); // whole provision, no note: a bare highlight
  const cl3 = DECREE_NODES.find((n) => n.eId === 'art_4__cl_3')?.text.length ?? 0;
  a.create({
    docId: DOC,
    eId: 'art_4__cl_3',
    position: { start: cl3 - 8, end: cl3 },
    continues: [{ eId: 'art_4__cl_4', position: { start: 0, end: 6 } }],
    note: 'A passage over two clauses',
  });
  const gone = a.create({ docId: DOC, eId: 'art_4__cl_1', quote: 'social order', note: 'to delete' });
  a.delete(gone.id);
  b.importNotes(a.exportNotes({ format: 'json' }).text, { acceptUntrusted: true });
  a.update({ id: text.id, note: 'A says' });
  b.update({ id: text.id, note: 'B says' });
  a.importNotes(b.exportNotes({ format: 'json' }).text, { acceptUntrusted: true }); // a conflict copy
  const parse = (s: AnnotationService, docId?: string): Bundle =>
    JSON.parse(s.exportNotes({ format: 'json', ...(docId ? { docId } : {}) }).text) as Bundle;
  bundles.set('all shapes (A)', parse(a));
  bundles.set('all shapes (B)', parse(b));
  bundles.set('one document', parse(a, DOC));
  bundles.set('empty', parse(empty));
}

const withContext = (bundle: Bundle, item: Record<string, unknown>): Record<string, unknown> => ({
  '@context': bundle['@context'],
  ...item,
});

function failures(checks: SuiteCheck[], data: unknown): string[] {
  return checks.filter((c) => !c.holds(data)).map((c) => `${c.file}: ${c.errors()}`);
}

describe.skipIf(suite === null)('exported bundles against the W3C Web Annotation test suite', () => {
  beforeAll(makeBundles);
  afterAll(() => {
    for (const e of envs) e.cleanup();
  });

  const musts = (list: string): SuiteCheck[] => {
    const checks = suite!.checks(list);
    expect(checks.every((c) => c.level === 'must')).toBe(true);
    return checks;
  };

  it('every annotation meets every MUST of annotationMusts.test', () => {
    const checks = musts('annotations/annotationMusts.test');
    expect(checks.length).toBeGreaterThan(40);
    let items = 0;
    for (const [name, bundle] of bundles) {
      for (const item of bundle.first.items) {
        items++;
        expect(failures(checks, withContext(bundle, item)), `${name}: ${String(item.id)}`).toEqual([]);
      }
    }
    expect(items).toBeGreaterThanOrEqual(15);
  });

  it('every collection meets collectionMusts.test and its page pageMusts.test', () => {
    const collection = musts('collections/collectionMusts.test');
    const page = musts('collections/pages/pageMusts.test');
    for (const [name, bundle] of bundles) {
      expect(failures(collection, bundle), name).toEqual([]);
      expect(failures(page, withContext(bundle, bundle.first)), `${name} page`).toEqual([]);
    }
  });

  it('the bundles hold every shape: text, whole provision, passage, tombstone, tags, colours, conflict copy', () => {
    const items = bundles.get('all shapes (A)')!.first.items;
    const targets = items.map((i) => i.target);
    expect(targets.some((t) => typeof t === 'string')).toBe(true); // tombstone
    expect(targets.some((t) => Array.isArray(t) && t.length === 2)).toBe(true); // a passage
    expect(targets.some((t) => JSON.stringify(t).includes('FragmentSelector'))).toBe(true);
    expect(targets.some((t) => JSON.stringify(t).includes('TextQuoteSelector'))).toBe(true);
    expect(items.some((i) => 'lectern:conflictOf' in i)).toBe(true);
    expect(new Set(items.map((i) => i['lectern:color'])).size).toBeGreaterThan(3);
  });

  it('reports the SHOULD and MAY assertions the annotations implement', () => {
    const optional = [
      'annotations/annotationOptionals.test',
      'annotations/annotationsAgentOptionals.test',
      'collections/collectionOptionals.test',
      'collections/pages/pageOptionals.test',
    ];
    const bundle = bundles.get('all shapes (A)')!;
    const live = bundle.first.items.filter((i) => typeof i.target !== 'string');
    const implemented: string[] = [];
    const partly: string[] = [];
    const missing: string[] = [];
    for (const list of optional) {
      for (const check of suite!.checks(list)) {
        const data = list.startsWith('collections/pages')
          ? withContext(bundle, bundle.first)
          : list.startsWith('collections')
            ? bundle
            : null;
        const held = data ? [check.holds(data)] : live.map((i) => check.holds(withContext(bundle, i)));
        const bucket = held.every(Boolean) ? implemented : held.some(Boolean) ? partly : missing;
        bucket.push(`${check.level} ${check.file}`);
      }
    }
    console.info(
      `W3C optional assertions implemented by every annotation (${implemented.length}):\n  ${implemented.join('\n  ')}\n` +
        `by some (${partly.length}, e.g. only notes have a body, only ranges a TextQuoteSelector):\n  ${partly.join('\n  ')}\n` +
        `not implemented (${missing.length}).`,
    );
    for (const expected of [
      'annotations/3.3.1-annotationCreatedImplemented.json',
      'annotations/3.3.1-annotationModifiedImplemented.json',
      'annotations/3.3.1-annotationGeneratorImplemented.json',
      'annotations/3.3.1-annotationSingleCreatorImplemented.json',
    ]) {
      expect(
        implemented.some((i) => i.endsWith(expected)),
        expected,
      ).toBe(true);
    }
  });
});
