// The committed icons, parsed per the .ico and .icns formats: every entry is a PNG of the size it claims.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const build = resolve(import.meta.dirname, '../../build');
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('icons', () => {
  it('ships 256 and 512 px PNGs for Linux and the 512 px source icon', () => {
    expect(pngSize(readFileSync(join(build, 'icons/256x256.png')))).toEqual([256, 256]);
    expect(pngSize(readFileSync(join(build, 'icons/512x512.png')))).toEqual([512, 512]);
    expect(pngSize(readFileSync(join(build, 'icon.png')))).toEqual([512, 512]);
  });

  it('has a Windows .ico whose directory points at PNGs of the stated sizes, up to 256 px', () => {
    const ico = readFileSync(join(build, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const stated = ico.readUInt8(entry) || 256;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(pngSize(png)).toEqual([stated, stated]);
      sizes.push(stated);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has a macOS .icns whose elements are PNGs of the sizes their types mean, up to 1024 px', () => {
    const icns = readFileSync(join(build, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
    };
    const seen: string[] = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.subarray(at, at + 4).toString('latin1');
      const length = icns.readUInt32BE(at + 4);
      expect(pngSize(icns.subarray(at + 8, at + length))).toEqual([expected[type], expected[type]]);
      seen.push(type);
      at += length;
    }
    expect(seen).toEqual(Object.keys(expected));
  });
});
