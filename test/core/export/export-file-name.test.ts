// The proposed export file names: the document, what was exported and the local date, in the interface
// language, safe on every OS.
import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportContent } from '../../../electron/core/export/export-file-name';

/** 3 December 2026, late in the evening where the test runs (a local date, whatever the time zone). */
const AT = new Date(2026, 11, 3, 23, 30);
const en = { lang: 'en', at: AT } as const;
const vi = { lang: 'vi', at: AT } as const;
const whole: ExportContent = { kind: 'pdf', scope: 'all', tags: [], colors: [] };
const annotated: ExportContent = { kind: 'pdf', scope: 'annotated', tags: [], colors: [] };

describe('exportFileName', () => {
  it('names the document, what was exported and the local date', () => {
    expect(exportFileName('Decree 63/2020/ND-CP', whole, en)).toBe(
      'Decree 63-2020-ND-CP – whole – 2026-12-03.pdf',
    );
    expect(exportFileName('Decree 63/2020/ND-CP', annotated, en)).toBe(
      'Decree 63-2020-ND-CP – annotated – 2026-12-03.pdf',
    );
    expect(
      exportFileName(
        'Decree 63/2020/ND-CP',
        { ...annotated, tags: ['privacy'], colors: ['yellow', 'red'] },
        en,
      ),
    ).toBe('Decree 63-2020-ND-CP – annotated – tags privacy – colours yellow, red – 2026-12-03.pdf');
    expect(exportFileName('Decree 63/2020/ND-CP', { kind: 'report', format: 'md' }, en)).toBe(
      'Decree 63-2020-ND-CP – notes report – 2026-12-03.md',
    );
    expect(exportFileName(null, { kind: 'report', format: 'pdf' }, en)).toBe(
      'All documents – notes report – 2026-12-03.pdf',
    );
    expect(exportFileName('Decree 63/2020/ND-CP', { kind: 'notes', format: 'json' }, en)).toBe(
      'Decree 63-2020-ND-CP – notes – 2026-12-03.lectern-notes.json',
    );
    expect(exportFileName(null, { kind: 'notes', format: 'csv' }, en)).toBe(
      'All documents – notes – 2026-12-03.csv',
    );
  });

  it('proposes a different name for each different export of the same document on the same day', () => {
    const contents: ExportContent[] = [
      whole,
      annotated,
      { ...annotated, tags: ['a'] },
      { ...annotated, colors: ['green'] },
      { ...whole, colors: ['green'] },
      { kind: 'report', format: 'pdf' },
      { kind: 'report', format: 'md' },
      { kind: 'notes', format: 'json' },
      { kind: 'notes', format: 'csv' },
    ];
    const names = contents.map((c) => exportFileName('Decree 63/2020/ND-CP', c, en));
    expect(new Set(names).size).toBe(contents.length);
    // The same export the next day is a new file too.
    expect(
      exportFileName('Decree 63/2020/ND-CP', whole, { lang: 'en', at: new Date(2026, 11, 4, 0, 5) }),
    ).toBe('Decree 63-2020-ND-CP – whole – 2026-12-04.pdf');
  });

  it('words it in Vietnamese for a Vietnamese interface, keeping the title as written', () => {
    expect(exportFileName('Nghị định 63/2020/NĐ-CP', annotated, vi)).toBe(
      'Nghị định 63-2020-NĐ-CP – có ghi chú – 2026-12-03.pdf',
    );
    expect(
      exportFileName('Nghị định 63/2020/NĐ-CP', { ...whole, tags: ['rà soát'], colors: ['green'] }, vi),
    ).toBe('Nghị định 63-2020-NĐ-CP – toàn văn – thẻ rà soát – màu xanh lá – 2026-12-03.pdf');
    expect(exportFileName(null, { kind: 'notes', format: 'json' }, vi)).toBe(
      'Tất cả văn bản – ghi chú – 2026-12-03.lectern-notes.json',
    );
    expect(exportFileName('Decree 63/2020/ND-CP', { kind: 'report', format: 'md' }, vi)).toBe(
      'Decree 63-2020-ND-CP – báo cáo ghi chú – 2026-12-03.md',
    );
  });

  it('keeps path, reserved, control and direction characters out, and never starts with a dot', () => {
    const name = exportFileName('../..\\evil\u0000:<x>|\u202e?', whole, en);
    expect(name).toBe('evil x – whole – 2026-12-03.pdf');
    expect(exportFileName('', whole, en)).toBe('Lectern – whole – 2026-12-03.pdf');
    expect(exportFileName('Decree', { ...whole, tags: ['a/b', '..'] }, en)).toBe(
      'Decree – whole – tags a-b, .. – 2026-12-03.pdf',
    );
  });

  it('stays within 200 UTF-8 bytes, keeping the date and the extension', () => {
    const long = 'Nghị định quy định chi tiết một số điều '.repeat(10);
    const tags = Array.from({ length: 30 }, (_, i) => `thẻ-dài-${String(i)}`);
    for (const title of [long, 'Nghị định 1-2030-NĐ-CP']) {
      const name = exportFileName(title, { ...annotated, tags }, vi);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
      expect(name.endsWith(' – 2026-12-03.pdf')).toBe(true);
      expect(name.startsWith(title.slice(0, 20))).toBe(true);
      expect(name).toContain(' – có ghi chú');
    }
  });
});
