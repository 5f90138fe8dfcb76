// import dropped-files: dropped files become batchDrop entries — base64 bytes, safe display names, and the size and read problems.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_DROPPED_FILES,
  MAX_DROP_FILE_BYTES,
  MAX_DROP_TOTAL_BYTES,
} from '../../electron/shared/batch-limits';
import { DROP_LIMIT, droppedFiles } from '../../renderer/src/import/dropped-files';

const MB = 1024 * 1024;

/** A real jsdom File; `declaredSize` stands in for a large file without holding its bytes. */
function file(name: string, content: string, declaredSize?: number): File {
  const f = new File([content], name, { type: 'text/plain' });
  if (declaredSize !== undefined) Object.defineProperty(f, 'size', { value: declaredSize });
  return f;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('droppedFiles', () => {
  it('sends each file as its bytes in base64 (UTF-8 text, binary, empty), in the order dropped', async () => {
    const out = await droppedFiles([
      { name: 'Nghị định 63.txt', file: file('Nghị định 63.txt', 'Điều 1. Phạm vi điều chỉnh') },
      { name: 'decree.pdf', file: file('decree.pdf', '%PDF-1.7') },
      { name: 'empty.txt', file: file('empty.txt', '') },
    ]);
    expect(out).toEqual([
      { name: 'Nghị định 63.txt', data: 'xJBp4buBdSAxLiBQaOG6oW0gdmkgxJFp4buBdSBjaOG7iW5o' },
      { name: 'decree.pdf', data: 'JVBERi0xLjc=' },
      { name: 'empty.txt', data: '' },
    ]);
  });

  it('makes names safe to show: no path separators or control characters, never empty, at most 255 characters', async () => {
    const f = file('x.txt', 'x');
    const out = await droppedFiles([
      { name: 'luat › 2024/Luật\\số 12.txt', file: f },
      { name: 'a\u0000\u0007b\n.txt', file: f },
      { name: '', file: f },
      { name: `${'Đ'.repeat(300)}.txt`, file: f },
    ]);
    expect(out.map((e) => e.name)).toEqual(['luat › 2024_Luật_số 12.txt', 'a_b_.txt', '_', 'Đ'.repeat(255)]);
  });

  it('sends a file it cannot send as its problem: not importable, unreadable, too large', async () => {
    const out = await droppedFiles([
      { name: 'hồ sơ › ảnh.png', file: null, problem: 'unsupported' },
      { name: 'thư mục', file: null },
      { name: 'huge.pdf', file: file('huge.pdf', 'x', MAX_DROP_FILE_BYTES + 1) },
      { name: 'limit.pdf', file: file('limit.pdf', 'ok', MAX_DROP_FILE_BYTES) },
    ]);
    expect(out).toEqual([
      { name: 'hồ sơ › ảnh.png', problem: 'unsupported' },
      { name: 'thư mục', problem: 'unreadable' },
      { name: 'huge.pdf', problem: 'too-large' },
      { name: 'limit.pdf', data: 'b2s=' },
    ]);
  });

  it('stops reading files past the drop total, counting only what it read', async () => {
    expect(MAX_DROP_TOTAL_BYTES).toBe(48 * MB);
    const out = await droppedFiles([
      { name: 'a.docx', file: file('a.docx', 'a', 20 * MB) },
      { name: 'b.docx', file: file('b.docx', 'b', 20 * MB) },
      // 60 MB would pass the total: refused; the 8 MB after it still fits (40 + 8 = 48).
      { name: 'c.docx', file: file('c.docx', 'c', 20 * MB) },
      { name: 'd.docx', file: file('d.docx', 'd', 8 * MB) },
      { name: 'e.docx', file: file('e.docx', 'e', 1) },
    ]);
    expect(out).toEqual([
      { name: 'a.docx', data: 'YQ==' },
      { name: 'b.docx', data: 'Yg==' },
      { name: 'c.docx', problem: 'over-total' },
      { name: 'd.docx', data: 'ZA==' },
      { name: 'e.docx', problem: 'over-total' },
    ]);
  });

  it('reports a file whose reading fails as unreadable, and does not count it', async () => {
    const read = FileReader.prototype.readAsDataURL;
    vi.spyOn(FileReader.prototype, 'readAsDataURL').mockImplementation(function (
      this: FileReader,
      blob: Blob,
    ) {
      if (blob instanceof File && blob.name === 'locked.docx') {
        this.onerror?.call(this, new ProgressEvent('error') as ProgressEvent<FileReader>);
        return;
      }
      read.call(this, blob);
    });
    const out = await droppedFiles([
      { name: 'locked.docx', file: file('locked.docx', 'x', 20 * MB) },
      { name: 'next.docx', file: file('next.docx', 'n', 20 * MB) },
      // Fits only if the unread 20 MB were left out of the total (20 + 20 ≤ 48, 20 + 20 + 20 > 48).
      { name: 'last.docx', file: file('last.docx', 'l', 20 * MB) },
    ]);
    expect(out).toEqual([
      { name: 'locked.docx', problem: 'unreadable' },
      { name: 'next.docx', data: 'bg==' },
      { name: 'last.docx', data: 'bA==' },
    ]);
  });

  it('allows as many files per drop as the contract does', () => {
    expect(DROP_LIMIT).toBe(MAX_DROPPED_FILES);
    expect(DROP_LIMIT).toBe(200);
  });
});
