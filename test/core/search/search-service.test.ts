import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndexFromReader } from '../../../electron/core/search/index-store';
import type { NoteSearchProvider } from '../../../electron/core/search/notes-seam';
import { SearchService } from '../../../electron/core/search/search-service';
import type { SearchResult } from '../../../electron/core/search/types';
import { memoryReader } from '../../bench/search/memory-reader';
import { fixtureDocs } from './fixture';

let service: SearchService;
const eIds = (r: SearchResult): string[] => r.groups.flatMap((g) => g.hits.map((h) => h.eId));

beforeAll(() => {
  const reader = memoryReader(fixtureDocs());
  service = new SearchService(reader, buildIndexFromReader(reader));
});

describe('SearchService words and ranking', () => {
  it('requires every word and ranks a heading match above body matches', () => {
    const r = service.search('land security ');
    const hits = r.groups.flatMap((g) => g.hits).sort((a, b) => b.score - a.score);
    const whole = hits.filter((h) => h.partial !== true).map((h) => h.eId);
    expect(whole[0]).toBe('art_2');
    expect(whole).not.toContain('art_1__cl_1'); // has "security" but no "land"
    // One provision has both words, so provisions holding one of them follow it, marked and ranked below.
    expect(r.relaxed).toBe(false);
    expect(hits[0]?.eId).toBe('art_2');
    expect(hits.slice(1).every((h) => h.partial === true)).toBe(true);
    expect(hits.map((h) => h.eId)).toContain('art_1__cl_1');
  });

  it('finds marked Vietnamese text from a query typed without marks', () => {
    expect(eIds(service.search('bao dam an ninh ')).sort()).toEqual(['art_3__cl_1', 'art_3__cl_2']);
  });

  it('ranks exact-mark matches above folded ones when the query has marks', () => {
    expect(eIds(service.search('bao dam an ninh '))).toEqual(['art_3__cl_1', 'art_3__cl_2']);
    expect(eIds(service.search('bảo đảm an ninh '))).toEqual(['art_3__cl_2', 'art_3__cl_1']);
    expect(eIds(service.search('đất quốc phòng'))).toEqual(['art_3__cl_2', 'art_3__cl_1']);
  });

  it('keeps words a stop list would drop: "not" and "any" are searchable', () => {
    expect(eIds(service.search('not allowed any '))).toEqual(['art_1__cl_2']);
  });

  it('finds numbers and document numbers whole', () => {
    expect(eIds(service.search('2020 '))).toEqual(['art_2']);
    expect(eIds(service.search('99/2025'))).toEqual(['art_2']);
    expect(eIds(service.search('NĐ-CP'))).toEqual(['art_2']);
    expect(eIds(service.search('QD-TTg'))).toEqual(['art_2']);
    expect(eIds(service.search('2025/99'))).toEqual([]); // parts present but not adjacent in this order
  });

  it('expands the word being typed from the term dictionary', () => {
    expect(eIds(service.search('prohib'))).toEqual(['art_1']);
    expect(eIds(service.search('land alloc'))).toEqual(
      expect.arrayContaining(['art_2', 'art_11__cl_1__pt_dd']),
    );
  });
});

describe('SearchService phrases, exclusions and filters', () => {
  it('checks phrases for adjacency on the stored text', () => {
    expect(eIds(service.search('"state secrets"'))).toEqual(['art_1__cl_1']);
    expect(eIds(service.search('state secrets '))).toEqual(
      expect.arrayContaining(['art_1__cl_1', 'art_1__cl_3']),
    );
  });

  it('drops hits containing an excluded word', () => {
    const all = eIds(service.search('land '));
    expect(all).toContain('sec_1__p_1');
    const r = eIds(service.search('land -ministry'));
    expect(r).not.toContain('sec_1__p_1');
    expect(r.length).toBe(all.length - 1);
  });

  it('filters by document, chapter and provision', () => {
    expect(eIds(service.search('land ', { docId: 'commentary-test' })).sort()).toEqual([
      'sec_1',
      'sec_1__p_1',
    ]);
    expect(eIds(service.search('land ', { scope: 'chp_1' }))).toEqual(['art_2']);
    expect(eIds(service.search('land ', { scope: 'art_11' }))).toEqual(['art_11__cl_1__pt_dd']);
    expect(eIds(service.search('land ', { scope: 'art_3__cl_3' }))).toEqual(['art_3__cl_3']);
  });

  it('groups hits by document with citation and breadcrumb', () => {
    const r = service.search('land ');
    expect(r.groups.map((g) => g.docId).sort()).toEqual(['commentary-test', 'decree-test']);
    const hit = r.groups.flatMap((g) => g.hits).find((h) => h.eId === 'art_11__cl_1__pt_dd')!;
    expect(hit.breadcrumb).toEqual(['Chapter II', 'Article 11', 'Clause 1', 'Point dd']);
    expect(hit.citation).toBe('Point dd, Clause 1, Article 11, Decree 63/2020/ND-CP');
    expect(r.total).toBe(r.groups.reduce((n, g) => n + g.hits.length, 0));
    expect(typeof r.tookMs).toBe('number');
  });
});

describe('SearchService citations', () => {
  it.each([
    ['Article 2', 'art_2'],
    ['art 1.2', 'art_1__cl_2'],
    ['Article 11 clause 1 point dd', 'art_11__cl_1__pt_dd'],
    ['điểm đ khoản 1 điều 11', 'art_11__cl_1__pt_dd'],
    ['điều 3', 'art_3'],
    ['section 1', 'sec_1'],
  ])('%s jumps to %s', (query, eId) => {
    const r = service.search(query);
    expect(r.jump?.eId).toBe(eId);
    expect(eIds(r)[0]).toBe(eId);
  });

  it('searches as words when the cited provision does not exist', () => {
    const r = service.search('Article 99');
    expect(r.jump).toBeNull();
    expect(eIds(r)).toEqual([]);
  });
});

describe('SearchService snippets and bad input', () => {
  it('marks matches on the original accented text', () => {
    const hit = service.search('dat quoc phong ').groups[0]!.hits.find((h) => h.eId === 'art_3__cl_2')!;
    expect(hit.snippet).toBe('Bảo đảm an ninh cho <mark>đất</mark> <mark>quốc</mark> <mark>phòng</mark>.');
    expect(hit.excerpt.ranges.map(([s, e]) => hit.excerpt.text.slice(s, e))).toEqual([
      'đất',
      'quốc',
      'phòng',
    ]);
  });

  it('escapes markup in the text and in the query', () => {
    const r = service.search('<script>alert("x")</script> land');
    const hit = r.groups[0]!.hits[0]!;
    expect(hit.eId).toBe('art_3__cl_3');
    expect(hit.snippet).toBe(
      'Notes on &lt;<mark>script</mark>&gt;<mark>alert</mark>(&quot;<mark>x</mark>&quot;)&lt;/<mark>script</mark>&gt; &amp; other markup in <mark>land</mark> records.',
    );
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('answers empty, blank and metacharacter queries without error', () => {
    for (const q of ['', '   ', '*', '.*+?^${}()|[]\\', "' OR 1=1; --", '%_']) {
      expect(service.search(q).total).toBe(0);
    }
  });

  it('cuts a 10,000-character query and answers it', () => {
    const r = service.search('land '.repeat(2000));
    expect(r.truncated).toBe(true);
    expect(eIds(r)).toContain('art_2');
  });

  it('rejects a bad limit and an unknown document with a clear error', () => {
    expect(() => service.search('land', { limit: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => service.search('land', { limit: 1.5 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => service.search('land', { docId: 'nope' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(eIds(service.search('land ', { limit: 1 }))).toHaveLength(1);
  });
});

describe('notes seam', () => {
  it('merges verified note hits marked as notes, and drops provider hits that do not match', () => {
    const calls: string[] = [];
    const provider: NoteSearchProvider = {
      searchNotes(query, opts) {
        calls.push(`${query.text}|${opts.docId ?? '*'}|${opts.limit}`);
        return [
          {
            annotationId: 'a1',
            docId: 'decree-test',
            eId: 'art_1__cl_1',
            text: 'Check <b>land</b> swap with the ministry',
          },
          { annotationId: 'a2', docId: 'decree-test', eId: 'art_1__cl_2', text: 'nothing relevant here' },
        ];
      },
    };
    const reader = memoryReader(fixtureDocs());
    const withNotes = new SearchService(reader, buildIndexFromReader(reader));
    withNotes.setNoteProvider(provider);
    const hits = withNotes.search('land ', { docId: 'decree-test' }).groups.flatMap((g) => g.hits);
    const notes = hits.filter((h) => h.source === 'note');
    expect(notes.map((n) => n.annotationId)).toEqual(['a1']);
    expect(notes[0]!.snippet).toBe('Check &lt;b&gt;<mark>land</mark>&lt;/b&gt; swap with the ministry');
    expect(hits.filter((h) => h.source === 'text').length).toBeGreaterThan(0);
    expect(calls).toEqual(['land|decree-test|20']);
    expect(
      withNotes
        .search('land ', { includeNotes: false })
        .groups.flatMap((g) => g.hits)
        .some((h) => h.source === 'note'),
    ).toBe(false);
  });
});
