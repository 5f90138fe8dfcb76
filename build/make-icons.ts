// Dev-time icon generator: renders build/icon.svg with rsvg-convert (Debian: librsvg2-bin) and packs the PNGs
// into icon.ico (Windows) and icon.icns (macOS), so electron-builder never needs its icon-conversion toolset.
// Run `npx tsx build/make-icons.ts` after editing icon.svg and commit the results.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Encodes PNG images as a Windows .ico (PNG-compressed entries, supported since Windows Vista). */
function encodeIco(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The icns element type that holds a PNG of each size. */
const ICNS_TYPES: Readonly<Record<number, string>> = {
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10',
};

/** Encodes PNG images as a macOS .icns (big-endian lengths that include each 8-byte element header). */
function encodeIcns(images: readonly { size: number; png: Buffer }[]): Buffer {
  const elements = images.map(({ size, png }) => {
    const type = ICNS_TYPES[size];
    if (type === undefined) throw new Error(`icns has no PNG slot for ${size}px`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

function render(svg: string, size: number, out: string): Buffer {
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), svg, '-o', out]);
  return readFileSync(out);
}

function main(): void {
  const dir = import.meta.dirname;
  const svg = join(dir, 'icon.svg');
  const tmp = join(dir, '..', 'node_modules', '.cache', 'lectern-icons');
  mkdirSync(tmp, { recursive: true });
  mkdirSync(join(dir, 'icons'), { recursive: true });
  const png = (size: number): { size: number; png: Buffer } => ({
    size,
    png: render(svg, size, join(tmp, `${size}.png`)),
  });
  writeFileSync(join(dir, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256].map(png)));
  writeFileSync(join(dir, 'icon.icns'), encodeIcns([16, 32, 64, 128, 256, 512, 1024].map(png)));
  copyFileSync(join(tmp, '512.png'), join(dir, 'icon.png'));
  copyFileSync(join(tmp, '512.png'), join(dir, 'icons', '512x512.png'));
  copyFileSync(join(tmp, '256.png'), join(dir, 'icons', '256x256.png'));
}

if (process.argv[1] !== undefined && process.argv[1].endsWith('make-icons.ts')) main();
