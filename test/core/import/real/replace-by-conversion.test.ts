// Replacing a real document by the same text from another format (a DOCX by its PDF or HTML export) keeps every
// note where it was; and where the two really differ (Decree 99's appendix tables) no note moves on a guess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../electron/core/annotations/model';
import type { ImportRig } from '../helpers';
import { openRig } from '../helpers';
import { HAVE_REAL_DOCS, REAL_DOCS_DIR } from './real-docs';

const file = (name: string) => ({ fileName: name, bytes: readFileSync(join(REAL_DOCS_DIR, name)) });

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

/** Notes on every third provision with text: a quote from its middle, and every seventh a whole-provision note. */
function annotate(docId: string, filter: (eId: string) => boolean = () => true): Annotation[] {
  const nodes = rig.service.reader.getNodes(docId).filter((n) => n.text.length >= 30 && filter(n.eId));
  return nodes
    .filter((_, i) => i % 3 === 0)
    .map((n, i) =>
      i % 7 === 0
        ? rig.service.annotations.create({ docId, eId: n.eId, note: `whole ${n.eId}` })
        : rig.service.annotations.create({ docId, eId: n.eId, quote: n.text.slice(10, 30), note: n.eId }),
    );
}

describe.skipIf(!HAVE_REAL_DOCS)('replacing a real document by its own conversion', () => {
  it.each([
    ['nghi-dinh-19-2019-nd-cp.docx', 'nghi-dinh-19-2019-nd-cp.pdf'],
    ['nghi-dinh-21-2021-nd-cp.docx', 'nghi-dinh-21-2021-nd-cp.html'],
  ])('keeps every note of %s unchanged when replaced by %s', async (source, conversion) => {
    const first = await rig.service.importFile({ ...file(source), edits: { docId: 'doc' } });
    const notes = annotate(first.document.docId);
    expect(notes.length).toBeGreaterThan(20);
    const preview = await rig.service.preview({ ...file(conversion), edits: { docId: 'doc' } });
    expect(preview.replaces?.report).toEqual({
      unchanged: notes.length,
      moved: 0,
      fuzzy: 0,
      review: 0,
      orphaned: 0,
    });
    const result = await rig.service.commit(preview.previewId);
    expect(result.reanchor ?? { unchanged: notes.length }).toMatchObject({ unchanged: notes.length });
    for (const a of notes) {
      const now = rig.service.annotations.get(a.id);
      expect(now.target.eId).toBe(a.target.eId);
      expect(now.anchor).toBe('anchored');
    }
  });

  it('moves no note on a guess where Decree 99’s PDF really differs from its DOCX (the appendix tables)', async () => {
    await rig.service.importFile({ ...file('nghi-dinh-99-2022-nd-cp.docx'), edits: { docId: 'doc' } });
    const body = annotate('doc', (eId) => !eId.startsWith('annex'));
    const annex = annotate('doc', (eId) => eId.startsWith('annex_1__row'));
    const preview = await rig.service.preview({
      ...file('nghi-dinh-99-2022-nd-cp.pdf'),
      edits: { docId: 'doc' },
    });
    const plan = new Map(preview.replaces?.plan.map((p) => [p.annotationId, p]));
    for (const a of body) expect(plan.get(a.id)?.outcome).toBe('unchanged');
    const newNodes = new Map(preview.nodes.map((n) => [n.eId, n]));
    for (const a of annex) {
      const p = plan.get(a.id);
      expect(p).toBeDefined();
      if (p?.toEId != null && p.quote !== null) {
        // Wherever a quoted note would go, its words are there.
        expect(newNodes.get(p.toEId)?.text ?? '').toContain(p.quote);
      }
    }
    await rig.service.commit(preview.previewId);
    const unplaced = annex
      .map((a) => rig.service.annotations.get(a.id))
      .filter((a) => a.anchor === 'orphaned');
    const planned = annex.filter((a) => ['review', 'orphaned'].includes(plan.get(a.id)?.outcome ?? ''));
    expect(unplaced.length).toBe(planned.length);
  });
});
