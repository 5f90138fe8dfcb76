// Text fields normalised at the boundary (issue 17): notes, tags, the reviewer name and the marking arrive NFC, with
// no NUL, no lone surrogate and no bidi override/embedding/isolate — through the IPC contract, the CLI and a notes
// bundle from another machine alike (one function, electron/shared/user-text.ts).
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { dispatch } from '../../electron/app/dispatch';
import { openServices } from '../../electron/app/open-services';
import { runCliIn } from '../support/cli-in-process';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import { contract } from '../../electron/shared/contract';
import { normalizeUserText } from '../../electron/shared/user-text';
import type { Annotation } from '../../electron/core/annotations/model';
import { scriptedPlatform } from '../support/services';

const root = mkdtempSync(join(tmpdir(), 'lectern-user-text-'));
const corpusDir = defaultCorpusLocation().dir;
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// "Nguyễn" typed decomposed (e + combining circumflex + combining tilde), an RLO…PDF pair, an isolate, NUL, a
// lone high and a lone low surrogate, a DEL; kept: tab, line break, a real emoji (a valid surrogate pair), LRM.
const HOSTILE =
  'Nguye\u0302\u0303n \u202Egnp.exe\u202C \u2067x\u2069\u0000a\uD800b\uDC00c\u007F\td\n😀\u200E';
const CLEAN = 'Nguyễn gnp.exe xa\uFFFDb\uFFFDc\td\n😀\u200E';
const HOSTILE_TAG = 'r\u0069\u0301sk\u202E\u0000'; // í decomposed
const CLEAN_TAG = 'rísk';

function isClean(text: string): boolean {
  return (
    text === text.normalize('NFC') &&
    !text.includes('\u0000') &&
    !/[\u202A-\u202E\u2066-\u2069]/.test(text) &&
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
  );
}

/** The CLI in this process over this file's corpus. */
const cli = (dataDir: string, args: string[]) => runCliIn(corpusDir, dataDir, args);

function storedRows(dataDir: string): { note: string; tags: string[]; author: string }[] {
  const db = new Database(join(dataDir, 'user.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT note, tags_json, author FROM annotations ORDER BY created').all() as {
      note: string;
      tags_json: string;
      author: string;
    }[];
    return rows.map((r) => ({ note: r.note, tags: JSON.parse(r.tags_json) as string[], author: r.author }));
  } finally {
    db.close();
  }
}

describe('normalizeUserText', () => {
  it('composes, drops NUL, controls and bidi controls, marks lone surrogates, keeps the rest', () => {
    expect(normalizeUserText(HOSTILE)).toBe(CLEAN);
    expect(isClean(normalizeUserText(HOSTILE))).toBe(true);
    expect(isClean(HOSTILE)).toBe(false);
    expect(normalizeUserText(CLEAN)).toBe(CLEAN);
    expect(normalizeUserText('Điều 6 khoản 1 — “bí mật nhà nước”')).toBe(
      'Điều 6 khoản 1 — “bí mật nhà nước”',
    );
  });
});

describe('through the IPC contract', () => {
  it('notes (create, update), tags, reviewer name and marking are stored clean', async () => {
    const dataDir = join(root, 'ipc');
    const services = openServices({ corpusDir, dataDir });
    const handlers = createHandlers(services, scriptedPlatform().platform);
    try {
      const settings = await dispatch(handlers, 'settings:update', {
        reviewerName: ` ${HOSTILE} `,
        marking: `MẬT\u202E`,
      });
      expect(settings.ok).toBe(true);
      const created = await dispatch(handlers, 'annotations:create', {
        docId: 'decree-63-2020',
        eId: 'art_6__cl_1',
        note: HOSTILE,
        tags: [HOSTILE_TAG],
      });
      expect(created.ok).toBe(true);
      const a = (created as { ok: true; value: Annotation }).value;
      expect(a.note).toBe(CLEAN);
      expect(a.tags).toEqual([CLEAN_TAG]);
      expect(a.author).toBe(CLEAN.trim());
      const updated = await dispatch(handlers, 'annotations:update', { id: a.id, note: `x\u202Dy\u0000` });
      expect((updated as { ok: true; value: Annotation }).value.note).toBe('xy');
      const got = (await dispatch(handlers, 'settings:get', {})) as {
        ok: true;
        value: { reviewerName: string; marking: string };
      };
      expect(got.value.reviewerName).toBe(CLEAN.trim());
      expect(got.value.marking).toBe('MẬT');
      // The export request's marking and watermark are parsed the same way.
      const exportRequest = contract['export:pdf'].request.parse({
        jobId: 'job-1',
        docId: 'decree-63-2020',
        marking: 'TO\u202EP',
        watermark: 'DRAFT\u0000',
      });
      expect(exportRequest).toMatchObject({ marking: 'TOP', watermark: 'DRAFT' });
    } finally {
      services.close();
    }
    expect(storedRows(dataDir)).toEqual([{ note: 'xy', tags: [CLEAN_TAG], author: CLEAN.trim() }]);
  });
});

describe('through the CLI and a bundle', () => {
  it('settings set, notes add and notes edit store clean text; an imported bundle is cleaned the same way', async () => {
    const from = join(root, 'cli');
    expect((await cli(from, ['settings', 'set', 'reviewerName', HOSTILE])).code).toBe(0);
    expect((await cli(from, ['settings', 'set', 'marking', `A\u2066B\u2069`])).code).toBe(0);
    const added = await cli(from, [
      'notes',
      'add',
      '--doc',
      'decree-63-2020',
      '--eid',
      'art_6__cl_1',
      '--note',
      HOSTILE.replace('\u0000', ''), // argv cannot carry NUL itself
      '--tags',
      'a\u202Eb',
      '--json',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const marking = await cli(from, ['settings', 'get', 'marking', '--json']);
    expect(marking.stdout).toContain('"AB"');
    expect(storedRows(from)).toEqual([{ note: CLEAN, tags: ['ab'], author: CLEAN.trim() }]);

    // A bundle written elsewhere (here: edited by hand after export, the checksum recomputed) with hostile text.
    const bundlePath = join(root, 'hostile.lectern-notes.json');
    expect((await cli(from, ['notes', 'export', bundlePath])).code).toBe(0);
    const { createHash } = await import('node:crypto');
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
      manifest: { sha256: string };
      first: {
        items: { id: string; creator?: { name: string }; body: { value: string; purpose: string }[] }[];
      };
    };
    const item = bundle.first.items[0]!;
    item.id = 'urn:uuid:0b6f5a1e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
    for (const body of item.body) body.value = body.purpose === 'tagging' ? HOSTILE_TAG : HOSTILE;
    if (item.creator) item.creator.name = HOSTILE;
    bundle.manifest.sha256 = createHash('sha256').update(JSON.stringify(bundle.first.items)).digest('hex');
    // Edited by hand, so its signature no longer holds: it travels unsigned and is accepted explicitly.
    writeFileSync(bundlePath, JSON.stringify({ ...bundle, signature: undefined }));
    const to = join(root, 'to');
    const imported = await cli(to, ['notes', 'import', bundlePath, '--accept-untrusted']);
    expect(imported.code, imported.stderr).toBe(0);
    const rows = storedRows(to);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe(CLEAN);
    expect(rows[0]!.tags).toEqual([CLEAN_TAG]);
    expect(isClean(rows[0]!.author)).toBe(true);
  });
});
