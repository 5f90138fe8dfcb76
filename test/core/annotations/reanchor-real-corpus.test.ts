// Re-anchoring on the real text of Decree 63 (the built corpus): Article 6 is revised — words edited in clause 1,
// a new clause 2 inserted (old 2–4 renumbered 3–5), a word changed inside old clause 4, old clause 5 deleted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCorpus } from '../../../data/build/build-corpus';
import { SOURCES_DIR } from '../../../data/build/paths';
import type { Annotation } from '../../../electron/core/annotations/model';
import { reanchor } from '../../../electron/core/annotations/reanchor';
import { AnnotationService } from '../../../electron/core/annotations/service';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import type { CorpusStore } from '../../../electron/core/corpus/store';
import { openCorpus } from '../../../electron/core/corpus/store';
import type { UserDb } from '../../../electron/core/userdb/open-user-db';
import { openUserDb } from '../../../electron/core/userdb/open-user-db';

const DOC = 'decree-63-2020';
let tmp: string;
let corpus: CorpusStore;
let user: UserDb;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lectern-reanchor-real-'));
  buildCorpus({
    sourcesDir: SOURCES_DIR,
    outDir: join(tmp, 'corpus'),
    inputsHash: 'reanchor-real',
    steps: [],
  });
  const loc = corpusLocationIn(join(tmp, 'corpus'));
  corpus = openCorpus(loc.corpusPath, loc.manifestPath);
  user = openUserDb(join(tmp, 'user'));
}, 120_000);
afterAll(() => {
  user.db.close();
  corpus.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The revised decree: Article 6 changed as described above, every other node as it was. */
function revise(old: readonly CorpusNode[]): CorpusNode[] {
  const text = (eId: string): string => old.find((n) => n.eId === eId)!.text;
  const out: CorpusNode[] = [];
  for (const n of old) {
    if (!n.eId.startsWith('art_6__cl_')) {
      out.push({ ...n });
      continue;
    }
    const k = Number(n.eId.slice('art_6__cl_'.length));
    if (k === 1) {
      out.push({ ...n, text: text('art_6__cl_1').replace('Revealing', 'Disclosing or revealing') });
      out.push({
        ...n,
        eId: 'art_6__cl_2',
        num: '2',
        text: 'Failing to protect confidential designs of security products.',
      });
    } else if (k <= 4) {
      const body =
        k === 4
          ? text('art_6__cl_4').replace('classified as state secrets', 'classed as state secrets')
          : n.text;
      out.push({ ...n, eId: `art_6__cl_${k + 1}`, num: String(k + 1), text: body });
    } // clause 5 is deleted
  }
  return out.map((n, order) => ({ ...n, order }));
}

it('moves, fuzzes and orphans annotations on the real Article 6 as its text is revised', () => {
  const svc = new AnnotationService({ db: user.db, corpus, author: () => 'R' });
  const make = (eId: string, quote?: string): Annotation =>
    svc.create({ docId: DOC, eId, ...(quote === undefined ? {} : { quote }), note: `on ${eId}` });
  const notes = {
    edited: make('art_6__cl_1', 'state secrets'),
    renumbered: make('art_6__cl_3', 'specialized security products'),
    fuzzy: make('art_6__cl_4', 'classified as state secrets about security industry'),
    deleted: make('art_6__cl_5', 'Abusing positions and powers'),
    wholeRenumbered: make('art_6__cl_2'),
    untouched: make('art_5__cl_1', 'specialized security product'),
  };
  const old = corpus.getNodes(DOC);
  const next = revise(old);
  const { results, report } = reanchor(old, next, Object.values(notes), { newDocHash: 'revised' });
  const by = (a: Annotation) => results.find((r) => r.id === a.id)!;
  const textAt = (r: ReturnType<typeof by>): string => {
    const node = next.find((n) => n.eId === r.target.eId)!;
    return node.text.slice(r.target.position!.start, r.target.position!.end);
  };

  expect(report).toEqual({ unchanged: 1, moved: 3, fuzzy: 1, review: 0, orphaned: 1 });
  expect(by(notes.untouched).outcome).toBe('unchanged');
  expect(by(notes.edited)).toMatchObject({ outcome: 'moved', target: { eId: 'art_6__cl_1' } });
  expect(by(notes.edited).target.position!.start).toBe(
    notes.edited.target.position!.start + 'Disclosing or revealing'.length - 'Revealing'.length,
  );
  expect(textAt(by(notes.edited))).toBe('state secrets');
  // "specialized security products" occurs five times in the decree; context keeps it on the renumbered clause.
  expect(by(notes.renumbered)).toMatchObject({ outcome: 'moved', target: { eId: 'art_6__cl_4' } });
  expect(by(notes.fuzzy)).toMatchObject({ outcome: 'fuzzy', target: { eId: 'art_6__cl_5' } });
  expect(textAt(by(notes.fuzzy))).toBe('classed as state secrets about security industry');
  expect(by(notes.wholeRenumbered)).toMatchObject({ outcome: 'moved', target: { eId: 'art_6__cl_3' } });
  expect(by(notes.deleted)).toMatchObject({ outcome: 'orphaned', target: notes.deleted.target });
});
