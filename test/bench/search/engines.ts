// The three engines the search benchmark compares, each built, stored, loaded and queried the way the app
// would use it: FlexSearch through the real SearchService, SQLite FTS5 (bm25 + snippet) and MiniSearch.
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import {
  loadSearchIndex,
  readSearchIndex,
  writeSearchIndex,
} from '../../../electron/core/search/index-store';
import { nodeBody, SearchIndex } from '../../../electron/core/search/search-index';
import { SearchService } from '../../../electron/core/search/search-service';
import { fold } from '../../../electron/core/search/normalize';
import { parseQuery } from '../../../electron/core/search/query-parser';
import type { GeneratedDoc } from './generate-clauses';
import { memoryReader } from './memory-reader';

/** A loaded engine: answer one query with up to 20 hits. */
export interface Engine {
  buildMs: number;
  loadMs: number;
  /** CPU time of the load (all threads of this process): what an idle machine's wall clock would show. */
  loadCpuMs: number;
  indexBytes: number;
  query(q: string): number;
  close(): void;
}

const LIMIT = 20;

function timed<T>(fn: () => T): [T, number, number] {
  const c = process.cpuUsage();
  const t = performance.now();
  const v = fn();
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  return [v, wall, (cpu.user + cpu.system) / 1000];
}

/**
 * FlexSearch: build, store the rows in a SQLite file as the corpus build does, then load the way start-up
 * does (read the rows, import, open the SearchService) and query the full service.
 */
export function flexsearchEngine(docs: readonly GeneratedDoc[], file: string): Engine {
  const [built, buildMs] = timed(() => SearchIndex.build(docs));
  const db = new Database(file);
  writeSearchIndex(db, built);
  const { bytes } = db
    .prepare('SELECT sum(length(CAST(key AS BLOB)) + length(CAST(data AS BLOB))) AS bytes FROM search_index')
    .get() as { bytes: number };
  db.close();
  const reader = memoryReader(docs);
  const [service, loadMs, loadCpuMs] = timed(() => {
    const ro = new Database(file, { readonly: true });
    const loaded = loadSearchIndex(readSearchIndex(ro), reader);
    ro.close();
    if (loaded.rebuilt !== null) throw new Error(`benchmark index was not imported: ${loaded.rebuilt}`);
    return new SearchService(reader, loaded.index);
  });
  return {
    buildMs,
    loadMs,
    loadCpuMs,
    indexBytes: bytes,
    query: (q) => service.search(q, { limit: LIMIT }).total,
    close: () => undefined,
  };
}

/** The query in FTS5 syntax: quoted words (metacharacters inert), phrases, prefix*, NOT; đ folded like ours. */
export function toFtsQuery(q: string): string | null {
  const p = parseQuery(q);
  const quote = (w: string): string => `"${w.replace(/"/g, '""')}"`;
  const parts = p.terms.map((t) => quote(t.folded));
  for (const ph of p.phrases) parts.push(quote(ph.map((t) => t.folded).join(' ')));
  if (p.prefix !== null) parts.push(`${quote(p.prefix.folded)}*`);
  if (parts.length === 0) return null;
  let expr = parts.join(' AND ');
  for (const ex of p.excluded) expr += ` NOT ${quote(ex.join(' '))}`;
  return expr;
}

/** SQLite FTS5 with unicode61 remove_diacritics 2 and the same đ → d folding; bm25 ranking and snippets. */
export function fts5Engine(docs: readonly GeneratedDoc[], file: string): Engine {
  const db = new Database(file);
  const [, buildMs] = timed(() => {
    db.exec(`CREATE VIRTUAL TABLE f USING fts5(heading, body, doc UNINDEXED, eid UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2')`);
    const ins = db.prepare('INSERT INTO f (heading, body, doc, eid) VALUES (?, ?, ?, ?)');
    const dd = (s: string): string => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');
    db.transaction(() => {
      for (const d of docs) {
        for (const n of d.nodes) {
          const body = nodeBody(n);
          if (body.trim() !== '') ins.run(dd(n.heading ?? ''), dd(body), d.meta.docId, n.eId);
        }
      }
    })();
    db.exec(`INSERT INTO f(f) VALUES ('optimize')`);
  });
  const { page_count: pages } = db.prepare('PRAGMA page_count').get() as { page_count: number };
  db.close();
  const [loaded, loadMs, loadCpuMs] = timed(() => {
    const ro = new Database(file, { readonly: true });
    const stmt = ro.prepare(
      `SELECT doc, eid, bm25(f, 2.5, 1.0) AS score, snippet(f, 1, '<mark>', '</mark>', '…', 24) AS snip
       FROM f WHERE f MATCH ? ORDER BY score LIMIT ${LIMIT}`,
    );
    stmt.all('"warmup"');
    return { ro, stmt };
  });
  return {
    buildMs,
    loadMs,
    loadCpuMs,
    indexBytes: pages * 4096,
    query: (q) => {
      const expr = toFtsQuery(q);
      return expr === null ? 0 : loaded.stmt.all(expr).length;
    },
    close: () => {
      loaded.ro.close();
    },
  };
}

/** MiniSearch with the same folding, AND semantics, prefix on the last word and a heading boost. */
export function minisearchEngine(docs: readonly GeneratedDoc[]): Engine {
  const options = {
    fields: ['heading', 'body'],
    processTerm: (t: string) => fold(t),
    tokenize: (s: string) => s.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== ''),
  };
  const [ms, buildMs] = timed(() => {
    const m = new MiniSearch(options);
    let id = 0;
    for (const d of docs) {
      for (const n of d.nodes) {
        const body = nodeBody(n);
        if (body.trim() !== '') m.add({ id: id++, heading: n.heading ?? '', body });
      }
    }
    return m;
  });
  const json = JSON.stringify(ms);
  const [loaded, loadMs, loadCpuMs] = timed(() => MiniSearch.loadJSON(json, options));
  return {
    buildMs,
    loadMs,
    loadCpuMs,
    indexBytes: Buffer.byteLength(json),
    query: (q) => {
      const p = parseQuery(q);
      const words = [...p.terms.map((t) => t.folded), ...(p.prefix === null ? [] : [p.prefix.folded])];
      if (words.length === 0) return 0;
      const last = words[words.length - 1];
      return loaded
        .search(words.join(' '), {
          combineWith: 'AND',
          boost: { heading: 2.5 },
          prefix: (term) => p.prefix !== null && term === last,
        })
        .slice(0, LIMIT).length;
    },
    close: () => undefined,
  };
}
