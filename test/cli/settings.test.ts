// `settings get|set` as a child process against a real corpus and a temp user.sqlite: typed values, clear
// refusals that change nothing, and notes signed with the stored reviewer name (never the OS user).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../data/build/build-corpus';
import { REPO_ROOT, SOURCES_DIR } from '../../data/build/paths';

let tmp: string;
let corpusDir: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lectern-cli-settings-'));
  corpusDir = join(tmp, 'corpus');
  buildCorpus({ sourcesDir: SOURCES_DIR, outDir: corpusDir, inputsHash: 'cli-settings', steps: [] });
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, LECTERN_CORPUS_DIR: corpusDir, LECTERN_DATA_DIR: join(tmp, 'user') },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]): unknown {
  const r = cli([...args, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('cli settings', () => {
  it('adds a note without inventing an author, and says how to set the name', () => {
    const r = cli([
      'notes',
      'add',
      '--doc',
      'decree-63-2020',
      '--eid',
      'art_6__cl_2',
      '--quote',
      'Illegally using',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('settings set reviewerName');
    const list = json(['notes', 'list']) as { annotations: { author: string }[] };
    expect(list.annotations.map((a) => a.author)).toEqual(['']);
  });

  it('sets and gets typed values, and signs the next note with the stored name', () => {
    expect(json(['settings', 'set', 'reviewerName', '  Trần Thị B '])).toEqual({
      reviewerName: 'Trần Thị B',
    });
    expect(json(['settings', 'set', 'fontScale', '1.25'])).toEqual({ fontScale: 1.25 });
    expect(cli(['settings', 'get', 'reviewerName']).stdout.trim()).toBe('Trần Thị B');
    const all = json(['settings', 'get']) as Record<string, unknown>;
    expect(all).toMatchObject({ reviewerName: 'Trần Thị B', fontScale: 1.25, theme: 'system' });
    const note = json(['notes', 'add', '--doc', 'decree-63-2020', '--eid', 'art_6__cl_1', '--note', 'x']) as {
      author: string;
    };
    expect(note.author).toBe('Trần Thị B');
  });

  it('refuses an unknown key or a bad value with a clear message and changes nothing', () => {
    const before = json(['settings', 'get']);
    const unknown = cli(['settings', 'set', 'colour', 'red']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/Unknown setting "colour".*reviewerName/u);
    const theme = cli(['settings', 'set', 'theme', 'neon']);
    expect(theme.status).not.toBe(0);
    expect(theme.stderr).toMatch(
      /Invalid value for theme: "neon" \(one of: system, light, dark, sepia\).*Nothing was changed/u,
    );
    const scale = cli(['settings', 'set', 'fontScale', 'big']);
    expect(scale.stderr).toMatch(/Invalid value for fontScale/u);
    const empty = cli(['settings', 'set', 'reviewerName', '   ']);
    expect(empty.stderr).toMatch(/Invalid value for reviewerName/u);
    expect(cli(['settings', 'get', 'nope']).stderr).toMatch(/Unknown setting "nope"/u);
    expect(json(['settings', 'get'])).toEqual(before);
  });
});
