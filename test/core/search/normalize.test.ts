import { describe, expect, it } from 'vitest';
import { encodeWords, fold, foldedLine, hasMarks, tokenize } from '../../../electron/core/search/normalize';

describe('fold', () => {
  it('strips tone marks and maps đ/Đ to d', () => {
    expect(fold('Điều khoản Nghị định ĐẤT')).toBe('dieu khoan nghi dinh dat');
  });
  it('treats decomposed (NFD) input like composed input', () => {
    expect(fold('Thủ tướng'.normalize('NFD'))).toBe('thu tuong');
  });
  it('keeps legal words a stop list would drop and never sound-alike encodes', () => {
    expect(encodeWords('Not any, no, all; data bid')).toEqual(['not', 'any', 'no', 'all', 'data', 'bid']);
  });
});

describe('tokenize', () => {
  it('keeps numbers whole and splits references into adjacent words with offsets into the original', () => {
    const text = 'Nghị định 99/2025/NĐ-CP năm 2020';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual(['nghi', 'dinh', '99', '2025', 'nd', 'cp', 'nam', '2020']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Nghị',
      'định',
      '99',
      '2025',
      'NĐ',
      'CP',
      'năm',
      '2020',
    ]);
  });
  it('gives offsets into decomposed text too', () => {
    const text = 'đất quốc phòng'.normalize('NFD');
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual(['dat', 'quoc', 'phong']);
    expect(text.slice(tokens[2]!.start, tokens[2]!.end).normalize('NFC')).toBe('phòng');
  });
});

describe('foldedLine', () => {
  it('pads words with spaces so substring checks match whole words', () => {
    expect(foldedLine('  Land, for <b>Security</b>!')).toBe(' land for b security b ');
    expect(foldedLine('...')).toBe(' ');
  });
  it('detects typed marks', () => {
    expect(hasMarks('đất')).toBe(true);
    expect(hasMarks('Dat')).toBe(false);
  });
});
