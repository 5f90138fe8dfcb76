// The CLI as a child process against a real corpus built into a temporary folder: JSON shapes, text output,
// exit codes and error messages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../data/build/build-corpus';
import { REPO_ROOT, SOURCES_DIR } from '../../data/build/paths';

let tmp: string;
let corpusDir: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
  corpusDir = join(tmp, 'corpus');
  buildCorpus({ sourcesDir: SOURCES_DIR, outDir: corpusDir, inputsHash: 'cli-test', steps: [] });
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], dir = corpusDir): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, LECTERN_CORPUS_DIR: dir, LECTERN_DATA_DIR: join(tmp, 'user') },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses stdout as exactly one JSON document (JSON.parse rejects trailing content). */
function json(run: Run): unknown {
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

interface Toc {
  eId: string;
  kind: string;
  children: Toc[];
}
const flatten = (entries: Toc[]): Toc[] => entries.flatMap((e) => [e, ...flatten(e.children)]);

describe('cli docs', () => {
  it('lists both documents with their metadata', () => {
    const out = json(cli(['docs', '--json'])) as {
      documents: { docId: string; number: string | null; effective: string | null }[];
    };
    expect(out.documents.map((d) => d.docId)).toEqual(['decree-63-2020', 'law-dsi-2024-commentary']);
    expect(out.documents[0]).toMatchObject({ number: '63/2020/ND-CP', effective: '2020-08-01' });
  });
});

describe('cli toc', () => {
  it('prints the full tree of the decree', () => {
    const out = json(cli(['toc', 'decree-63-2020', '--json'])) as {
      document: { docId: string };
      tree: Toc[];
    };
    expect(out.document.docId).toBe('decree-63-2020');
    expect(out.tree.map((e) => e.eId)).toEqual([
      'title',
      'preamble',
      'chp_1',
      'chp_2',
      'chp_3',
      'chp_4',
      'chp_5',
      'signature',
      'annex_1',
    ]);
    const all = flatten(out.tree);
    expect(all.filter((e) => e.kind === 'article')).toHaveLength(23);
    expect(all.filter((e) => e.kind === 'annex-row')).toHaveLength(19);
    expect(all.find((e) => e.eId === 'art_11__cl_1__pt_dd')).toBeDefined();
  });

  it('prints an indented outline without --json', () => {
    const run = cli(['toc', 'law-dsi-2024-commentary']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\n  sec_1__caption_1  Caption');
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('author  Author');
  });
});

describe('cli show', () => {
  it('prints the clause that begins "Revealing state secrets" with its citation', () => {
    const out = json(cli(['show', 'decree-63-2020', 'art_6__cl_1', '--json'])) as {
      node: { eId: string; text: string };
      citation: { en: string; vi: string };
    };
    expect(out.node.eId).toBe('art_6__cl_1');
    expect(out.node.text).toMatch(/^Revealing state secrets/);
    expect(out.citation).toEqual({
      en: 'Clause 1, Article 6, Decree 63/2020/ND-CP',
      vi: 'khoản 1 Điều 6 Nghị định 63/2020/NĐ-CP',
    });
  });

  it('includes children and the references made inside the provision', () => {
    const out = json(cli(['show', 'decree-63-2020', 'art_18', '--json'])) as {
      node: { children: { eId: string; children: { eId: string }[] }[] };
      refs: { fromEId: string; targetEId: string | null }[];
    };
    expect(out.node.children.map((c) => c.eId)).toEqual(['art_18__cl_1', 'art_18__cl_2', 'art_18__cl_3']);
    expect(out.node.children[0]?.children.map((c) => c.eId)).toEqual([
      'art_18__cl_1__pt_a',
      'art_18__cl_1__pt_b',
      'art_18__cl_1__pt_c',
    ]);
    expect(out.refs).toContainEqual(expect.objectContaining({ fromEId: 'art_18__cl_1', targetEId: 'art_4' }));
  });

  it('prints readable text without --json', () => {
    const run = cli(['show', 'decree-63-2020', 'art_22']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Article 22, Decree 63/2020/ND-CP');
    expect(run.stdout).toContain('This Decree comes into force from August 01, 2020.');
  });
});

describe('cli errors', () => {
  it('exits 2 for an unknown document and says how to list documents', () => {
    const run = cli(['toc', 'decree-99', '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('npm run -s cli -- docs');
  });

  it('exits 2 for an unknown eId and says how to list ids', () => {
    const run = cli(['show', 'decree-63-2020', 'art_6__cl_9']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('npm run -s cli -- toc decree-63-2020');
  });

  it('exits 2 for usage errors: missing argument, unknown command, unknown flag', () => {
    expect(cli(['show', 'decree-63-2020']).status).toBe(2);
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--help');
    expect(cli(['docs', '--bogus']).status).toBe(2);
  });

  it('exits 1 and names the file when the corpus was tampered with', () => {
    const dir = join(tmp, 'tampered');
    const built = buildCorpus({ sourcesDir: SOURCES_DIR, outDir: dir, inputsHash: 'cli-test', steps: [] });
    writeFileSync(built.manifestPath, JSON.stringify({ ...built.manifest, sha256: '0'.repeat(64) }));
    const run = cli(['docs', '--json'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(built.corpusPath);
    expect(run.stderr).toContain('TAMPERED');
  });

  it('prints help listing the commands', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    for (const name of ['docs', 'toc', 'show', '--json', '--data-dir']) expect(run.stdout).toContain(name);
  });
});
