// The command line's side of trustworthy re-anchoring: a replacement's dry run lists where every note would go,
// an uncertain note stays unanchored unless --confirm names it, and `notes attach` puts a note on new text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliRun } from '../../support/import/run-cli';
import { cliIn } from '../../support/import/run-cli';
import { tempDir } from '../../support/annotations/temp-db';

const V1 =
  'NGHỊ ĐỊNH\nCăn cứ Luật;\nĐiều 1. Phạm vi\n1. Tổ chức họ phải tuân thủ pháp luật dân sự.\n2. Việc tổ chức họ nhằm tương trợ lẫn nhau.';
const V2 =
  'NGHỊ ĐỊNH\nCăn cứ Luật;\nĐiều 1. Phạm vi\n1. (Bãi bỏ)\n2. Việc tổ chức họ nhằm tương trợ lẫn nhau.\n3. Tranh chấp giải quyết theo pháp luật về tố tụng.';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('lectern-cli-reanchor-');
  writeFileSync(join(tmp.dir, 'v1.txt'), V1);
  writeFileSync(join(tmp.dir, 'v2.txt'), V2);
});
afterEach(() => {
  tmp.cleanup();
});

const cli = (...args: string[]): Promise<CliRun> => cliIn(join(tmp.dir, 'data'))(...args);

async function noteOnV1(): Promise<string> {
  expect((await cli('import', join(tmp.dir, 'v1.txt'), '--id', 'nd')).code).toBe(0);
  const added = await cli(
    'notes',
    'add',
    '--doc',
    'nd',
    '--eid',
    'art_1__cl_1',
    '--quote',
    'pháp luật',
    '--json',
  );
  expect(added.code, added.err).toBe(0);
  return (JSON.parse(added.out) as { id: string }).id;
}

describe('re-anchoring from the command line', () => {
  it('dry run lists each note with its outcome; a real run leaves the uncertain one unanchored', async () => {
    const id = await noteOnV1();
    const dry = await cli('import', join(tmp.dir, 'v2.txt'), '--id', 'nd', '--dry-run');
    expect(dry.out).toContain(`${id}  art_1__cl_1  "pháp luật": needs review, suggested art_1__cl_3`);
    const run = await cli('import', join(tmp.dir, 'v2.txt'), '--id', 'nd');
    expect(run.out).toContain('1 left unanchored for review');
    const listed = JSON.parse((await cli('notes', 'list', '--orphaned', '--json')).out) as {
      annotations: { id: string }[];
    };
    expect(listed.annotations.map((a) => a.id)).toEqual([id]);
  });

  it('--confirm moves the note to the suggestion; an id without a suggestion is refused', async () => {
    const id = await noteOnV1();
    const bad = await cli(
      'import',
      join(tmp.dir, 'v2.txt'),
      '--id',
      'nd',
      '--confirm',
      '00000000-0000-4000-8000-000000000000',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no suggestion to confirm');
    const ok = await cli('import', join(tmp.dir, 'v2.txt'), '--id', 'nd', '--confirm', id, '--json');
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ reanchor: { moved: 1, review: 0 } });
  });

  it('notes attach puts an unanchored note on text the reviewer names, undoably', async () => {
    const id = await noteOnV1();
    await cli('import', join(tmp.dir, 'v2.txt'), '--id', 'nd');
    const missing = await cli('notes', 'attach', id, '--eid', 'art_1__cl_3', '--quote', 'không có');
    expect(missing.code).not.toBe(0);
    const r = await cli(
      'notes',
      'attach',
      id,
      '--eid',
      'art_1__cl_3',
      '--quote',
      'pháp luật về tố tụng',
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      anchor: 'anchored',
      target: { eId: 'art_1__cl_3', quote: { exact: 'pháp luật về tố tụng' } },
    });
    expect((await cli('notes', 'undo')).code).toBe(0);
    const back = JSON.parse((await cli('notes', 'list', '--orphaned', '--json')).out) as {
      annotations: { id: string }[];
    };
    expect(back.annotations.map((a) => a.id)).toEqual([id]);
  });
});
