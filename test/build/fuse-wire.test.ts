// The fuse reader against wires written by hand and by @electron/fuses itself (what electron-builder calls).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { LECTERN_FUSES } from '../../build/electron-builder.config';
import { compareFuseWire, FUSE_SENTINEL, FUSE_V1_ORDER, readFuseWires } from '../../build/fuse-wire';
import { fakeElectronBinary, GOOD_WIRE, tempDir } from './fixtures';

const pascal = (name: string): string => name[0]!.toUpperCase() + name.slice(1);

describe('fuse wire', () => {
  it('uses the same sentinel and option order as @electron/fuses', () => {
    const enumOrder = Object.entries(FuseV1Options)
      .filter(([, v]) => typeof v === 'number')
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map(([k]) => k);
    expect(FUSE_V1_ORDER.map(pascal)).toEqual(enumOrder);
    expect(FUSE_SENTINEL).toBe('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  });

  it('reads the bytes @electron/fuses writes when given our settings the way electron-builder maps them', async () => {
    const binary = join(tempDir(), 'electron');
    writeFileSync(binary, fakeElectronBinary('00000000'));
    // electron-builder's generateFuseConfig: electronFuses key → FuseV1Options index.
    const config: Record<number, boolean> = {};
    for (const [name, value] of Object.entries(LECTERN_FUSES)) {
      config[FuseV1Options[pascal(name) as keyof typeof FuseV1Options]] = value;
    }
    await flipFuses(binary, { version: FuseVersion.V1, ...config });
    const [wire] = readFuseWires(readFileSync(binary));
    expect(Buffer.from(wire!.bytes).toString('latin1')).toBe(GOOD_WIRE);
    expect(compareFuseWire(wire!, LECTERN_FUSES)).toEqual([]);
  });

  it('reports each fuse that differs, by name', () => {
    // RunAsNode enabled and OnlyLoadAppFromAsar disabled: the two most dangerous tamperings.
    const [wire] = readFuseWires(fakeElectronBinary('11001000'));
    expect(compareFuseWire(wire!, LECTERN_FUSES)).toEqual([
      "fuse runAsNode is enabled ('1'), expected disabled",
      "fuse onlyLoadAppFromAsar is disabled ('0'), expected enabled",
    ]);
  });

  it('accepts a removed fuse only where we want the feature off', () => {
    const [wire] = readFuseWires(fakeElectronBinary('r1001r00'));
    expect(compareFuseWire(wire!, LECTERN_FUSES)).toEqual([
      "fuse onlyLoadAppFromAsar is removed ('r'), expected enabled",
    ]);
  });

  it('flags a wire too short for the configured fuses and an unknown wire version', () => {
    const [short] = readFuseWires(fakeElectronBinary('0100'));
    expect(compareFuseWire(short!, LECTERN_FUSES)).toEqual([
      'fuse enableEmbeddedAsarIntegrityValidation is absent from the wire, expected enabled',
      'fuse onlyLoadAppFromAsar is absent from the wire, expected enabled',
      'fuse grantFileProtocolExtraPrivileges is absent from the wire, expected disabled',
    ]);
    const [v2] = readFuseWires(fakeElectronBinary(GOOD_WIRE, { version: 2 }));
    expect(compareFuseWire(v2!, LECTERN_FUSES)[0]).toMatch(/version 2, expected 1/);
  });

  it('finds both wires of a universal binary and checks each', () => {
    const binary = Buffer.concat([fakeElectronBinary(GOOD_WIRE), fakeElectronBinary('11001100')]);
    const wires = readFuseWires(binary);
    expect(wires).toHaveLength(2);
    expect(compareFuseWire(wires[0]!, LECTERN_FUSES)).toEqual([]);
    expect(compareFuseWire(wires[1]!, LECTERN_FUSES)).toEqual([
      "fuse runAsNode is enabled ('1'), expected disabled",
    ]);
  });

  it('refuses a file without a sentinel or with a cut-short wire', () => {
    expect(() => readFuseWires(Buffer.from('just some bytes'))).toThrow(/No fuse sentinel/);
    const cut = Buffer.concat([
      Buffer.from(FUSE_SENTINEL, 'latin1'),
      Buffer.from([1, 8]),
      Buffer.from('010'),
    ]);
    expect(() => readFuseWires(cut)).toThrow(expect.objectContaining({ code: 'CORRUPT' }) as Error);
  });
});
