// The start-up re-anchoring pass in the background (the core worker's way): it lets other work run between
// slices, reports progress over every note, writes one undoable action per document, leaves alone a note the
// reviewer changed meanwhile, and, stopped, writes nothing. Real user.sqlite, the built corpus.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REANCHOR_SLICE, reanchorInBackground } from '../../../electron/app/background-reanchor';
import type { Services } from '../../../electron/app/open-services';
import { openServices } from '../../../electron/app/open-services';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import { isLecternError } from '../../../electron/core/errors';
import type { JobProgress } from '../../../electron/shared/events';

const DOC = 'decree-63-2020';
let dataDir: string;
let services: Services;

/** Opens like the core worker does (the pass not run), after `notes` whole-provision notes made on another text. */
function openWithStaleNotes(notes: number): string[] {
  const seeding = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
  const eIds = seeding.corpus.getNodes(DOC).map((n) => n.eId);
  const ids = Array.from(
    { length: notes },
    (_, i) => seeding.annotations.create({ docId: DOC, eId: eIds[i % eIds.length] ?? '', note: `n${i}` }).id,
  );
  seeding.userDb.db.prepare('UPDATE annotations SET doc_hash = ?').run('0'.repeat(64));
  seeding.close();
  services = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir, reanchor: 'background' });
  return ids;
}
const actions = (): number =>
  (services.userDb.db.prepare('SELECT count(*) AS n FROM actions').get() as { n: number }).n;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lectern-reanchor-bg-'));
});
afterEach(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('re-anchoring in the background', () => {
  it('opens without doing the pass, then does it a slice at a time while other work runs', async () => {
    const ids = openWithStaleNotes(REANCHOR_SLICE * 8);
    expect(services.notices.reanchored).toBeNull();
    expect(services.annotations.pendingReanchoring()).toEqual([{ docId: DOC, notes: ids.length }]);
    const progress: JobProgress[] = [];
    const logged = actions();
    const pass = reanchorInBackground(services, (p) => progress.push(p));
    await nextTurn();
    // Between two slices the service answers, and the pass is part-way.
    expect(services.annotations.list({ docId: DOC })).toHaveLength(ids.length);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.done).toBeLessThan(ids.length);
    const notice = await pass;
    expect(notice).toContain(`${DOC}: ${ids.length} unchanged`);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ kind: 'reanchor', done: ids.length, total: ids.length });
    const hash = services.corpus.getDocument(DOC)?.contentHash;
    expect(ids.every((id) => services.annotations.get(id).target.docHash === hash)).toBe(true);
    expect(actions()).toBe(logged + 1); // one undoable action for the document
    // Done once: the next pass finds nothing.
    expect(services.annotations.pendingReanchoring()).toEqual([]);
    expect(await reanchorInBackground(services, () => undefined)).toBeNull();
    expect(actions()).toBe(logged + 1);
  });

  it('leaves alone a note the reviewer edits during the pass, and looks at it again next time', async () => {
    const ids = openWithStaleNotes(REANCHOR_SLICE * 4);
    const edited = ids[0] ?? '';
    let once = false;
    await reanchorInBackground(services, () => {
      if (once) return;
      once = true;
      services.annotations.update({ id: edited, note: 'changed while the pass ran' });
    });
    const note = services.annotations.get(edited);
    expect(note.note).toBe('changed while the pass ran');
    expect(note.target.docHash).toBe('0'.repeat(64));
    expect(services.annotations.pendingReanchoring()).toEqual([{ docId: DOC, notes: 1 }]);
    expect(await reanchorInBackground(services, () => undefined)).toContain(`${DOC}: 1 unchanged`);
    expect(services.annotations.get(edited).note).toBe('changed while the pass ran');
  });

  it('writes nothing when stopped, and the next start does the whole pass', async () => {
    const ids = openWithStaleNotes(REANCHOR_SLICE * 4);
    const logged = actions();
    const stop = new AbortController();
    let refusal: unknown = null;
    try {
      await reanchorInBackground(
        services,
        () => {
          stop.abort();
        },
        stop.signal,
      );
    } catch (error) {
      refusal = error;
    }
    expect(isLecternError(refusal) && refusal.code).toBe('CANCELLED');
    expect(actions()).toBe(logged);
    expect(services.annotations.pendingReanchoring()).toEqual([{ docId: DOC, notes: ids.length }]);
  });
});
