// The `notes` CLI as a child process over the real Decree 63 corpus (built into a temporary folder) and real
// user.sqlite files: add, list, export, import on a second "machine", undo, tags, delete, backups, bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupCliRig } from '../../support/cli-rig';
import type { Annotation } from '../../../electron/core/annotations/model';

const { cli, path } = setupCliRig('notes-cli');

function json(dataDir: string, args: string[]): unknown {
  const r = cli(dataDir, [...args, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('notes CLI', () => {
  it('adds on the real clause text, exchanges a file between two data folders, and undoes the import', () => {
    const added = json('a', [
      'notes',
      'add',
      '--doc',
      'decree-63-2020',
      '--eid',
      'art_6__cl_1',
      '--quote',
      'state secrets',
      '--note',
      'Compare with Article 6, clause 3',
      '--color',
      'red',
      '--tags',
      'secrets,review',
    ]) as Annotation;
    expect(added.target.quote).toMatchObject({ exact: 'state secrets', prefix: 'Revealing ' });
    json('a', [
      'notes',
      'add',
      '--doc',
      'law-dsi-2024-commentary',
      '--eid',
      'sec_1',
      '--note',
      'Task one',
    ]) as Annotation;

    const listed = json('a', ['notes', 'list', '--tag', 'secrets']) as {
      annotations: Annotation[];
      count: number;
    };
    expect(listed.annotations.map((a) => a.id)).toEqual([added.id]);

    const file = path('usb.lectern-notes.json');
    expect((json('a', ['notes', 'export', file]) as { count: number }).count).toBe(2);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as { '@context': unknown[] };
    expect(bundle['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');

    const report = json('b', ['notes', 'import', file, '--accept-untrusted']) as {
      added: number;
      backup: string;
    };
    expect(report.added).toBe(2);
    const onB = (json('b', ['notes', 'list']) as { annotations: Annotation[] }).annotations;
    expect(onB.map((a) => a.id).sort()).toEqual(
      (json('a', ['notes', 'list']) as { annotations: Annotation[] }).annotations.map((a) => a.id).sort(),
    );
    expect(
      (json('b', ['notes', 'restore-backup', '--list']) as { backups: { name: string }[] }).backups,
    ).toHaveLength(1);

    expect((json('b', ['notes', 'undo']) as { undone: { kind: string } }).undone.kind).toBe('import');
    expect((json('b', ['notes', 'list']) as { count: number }).count).toBe(0);
    // Each command is a fresh process: redo and undo again read the log, as after a restart of the app.
    const redone = json('b', ['notes', 'redo']) as { original: { kind: string }; reverted: number };
    expect(redone.original.kind).toBe('import');
    const restored = (json('b', ['notes', 'list']) as { count: number }).count;
    expect(restored).toBe(redone.reverted);
    expect(restored).toBeGreaterThan(0);
    expect(cli('b', ['notes', 'redo']).status).not.toBe(0);
  });

  it('fails clearly on a tampered file and on a quote that is not in the provision', () => {
    const file = path('usb.lectern-notes.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Task one', 'Task 1'));
    const bad = cli('c', ['notes', 'import', file, '--json']);
    expect(bad.status).not.toBe(0);
    expect(JSON.parse(bad.stderr)).toMatchObject({ error: { code: 'TAMPERED' } });
    const wrong = cli('c', [
      'notes',
      'add',
      '--doc',
      'decree-63-2020',
      '--eid',
      'art_6__cl_1',
      '--quote',
      'no such words',
    ]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/does not occur in art_6__cl_1/);
  });

  it('edits a note, lists the conflict two data folders made, and resolves it in one undoable step', () => {
    const made = json('d', [
      'notes',
      'add',
      '--doc',
      'decree-63-2020',
      '--eid',
      'art_6',
      '--note',
      'v0',
    ]) as Annotation;
    const file = path('d.lectern-notes.json');
    json('d', ['notes', 'export', file]);
    json('e', ['notes', 'import', file, '--accept-untrusted']);
    const edited = json('d', [
      'notes',
      'edit',
      made.id,
      '--note',
      'D says',
      '--color',
      'green',
      '--tags',
      'x,y',
    ]);
    expect(edited).toMatchObject({ note: 'D says', color: 'green', tags: ['x', 'y'] });
    json('e', ['notes', 'edit', made.id, '--note', 'E says']);
    const fromE = path('e.lectern-notes.json');
    json('e', ['notes', 'export', fromE]);
    const report = json('d', ['notes', 'import', fromE, '--accept-untrusted']) as {
      conflicts: { id: string; copyId: string }[];
    };
    expect(report.conflicts).toMatchObject([{ id: made.id }]);

    const open = json('d', ['notes', 'conflicts']) as { count: number; conflicts: { mine: string }[] };
    expect(open.count).toBe(1);
    expect(cli('d', ['notes', 'conflicts']).stdout).toMatch(
      /mine: {3}green “D says”\n {4}theirs: yellow “E says”/,
    );
    const bad = cli('d', ['notes', 'resolve', made.id, '--keep', 'neither']);
    expect(bad.status).not.toBe(0);
    expect(json('d', ['notes', 'resolve', made.id, '--keep', 'mine'])).toMatchObject({ note: 'D says' });
    expect((json('d', ['notes', 'conflicts']) as { count: number }).count).toBe(0);
    expect((json('d', ['notes', 'undo']) as { undone: { kind: string } }).undone.kind).toBe('resolve');
    expect((json('d', ['notes', 'conflicts']) as { count: number }).count).toBe(1);
  });
});
