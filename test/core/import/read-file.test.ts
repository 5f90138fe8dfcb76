// Reading an import file from disk: the 20 MB limit is checked on the file's size before reading it.
import { closeSync, openSync, ftruncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../electron/core/import/limits';
import { readImportFile } from '../../../electron/core/import/read-file';
import { tempDir } from '../../support/annotations/temp-db';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('lectern-read-');
});
afterEach(() => {
  tmp.cleanup();
});

describe('readImportFile', () => {
  it('reads a file and names it by its full path', () => {
    writeFileSync(join(tmp.dir, 'a.txt'), 'Article 1. A');
    const f = readImportFile(join(tmp.dir, 'a.txt'));
    expect(f.fileName).toBe(join(tmp.dir, 'a.txt'));
    expect(f.bytes.toString('utf8')).toBe('Article 1. A');
  });

  it('refuses a 2 GB file by its size (a sparse file: nothing would fit in memory if read)', () => {
    const path = join(tmp.dir, 'huge.pdf');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 2 * 1024 * 1024 * 1024);
    closeSync(fd);
    expect(() => readImportFile(path)).toThrow(/2048\.0 MB; Lectern imports files up to 20 MB/u);
    const limit = join(tmp.dir, 'limit.txt');
    writeFileSync(limit, Buffer.alloc(MAX_IMPORT_BYTES, 0x41));
    expect(readImportFile(limit).bytes.byteLength).toBe(MAX_IMPORT_BYTES);
  });

  it('says what is wrong with a missing file or a folder', () => {
    expect(() => readImportFile(join(tmp.dir, 'missing.txt'))).toThrow(/no such file/u);
    mkdirSync(join(tmp.dir, 'folder'));
    expect(() => readImportFile(join(tmp.dir, 'folder'))).toThrow(/is not a file/u);
  });
});
