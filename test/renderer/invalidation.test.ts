// api invalidation: every channel is a cached read or a write with its stale reads, and note and library writes refresh what they change.
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../electron/shared/channels';
import { INVALIDATES, READ_CHANNELS } from '../../renderer/src/api/invalidation';

const reads = new Set<string>(READ_CHANNELS);
const writes = new Set<string>(Object.keys(INVALIDATES));
const staleAfter = (channel: string): readonly string[] =>
  (INVALIDATES as Record<string, readonly string[] | undefined>)[channel] ?? [];

const NOTE_WRITES = [
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'annotations:undo',
  'annotations:redo',
  'annotations:resolve',
  'annotations:attach',
  'annotations:import',
  'tags:rename',
];
const LIBRARY_WRITES = [
  'documents:importCommit',
  'documents:batchImport',
  'documents:remove',
  'documents:pair',
];

describe('INVALIDATES and READ_CHANNELS', () => {
  it.each(CHANNEL_NAMES.map((c) => [c]))('%s is either a read or a write, never both', (channel) => {
    expect([reads.has(channel), writes.has(channel)].filter(Boolean)).toHaveLength(1);
  });

  it('name no channel the contract does not have, and each read once', () => {
    const known = new Set<string>(CHANNEL_NAMES);
    expect([...reads, ...writes].filter((c) => !known.has(c))).toEqual([]);
    expect(reads.size).toBe(READ_CHANNELS.length);
    expect(reads.size + writes.size).toBe(CHANNEL_NAMES.length);
  });

  it('make only reads stale, each at most once per write', () => {
    for (const channel of writes) {
      const stale = staleAfter(channel);
      expect(
        stale.filter((c) => !reads.has(c)),
        channel,
      ).toEqual([]);
      expect(new Set(stale).size, channel).toBe(stale.length);
    }
  });

  it.each(NOTE_WRITES.map((c) => [c]))('%s refreshes the notes list and the tags', (channel) => {
    expect(writes.has(channel)).toBe(true);
    expect(staleAfter(channel)).toEqual(expect.arrayContaining(['annotations:list', 'tags:list']));
  });

  it.each(LIBRARY_WRITES.map((c) => [c]))(
    '%s refreshes the library, the open text and the notes it re-anchors',
    (channel) => {
      expect(writes.has(channel)).toBe(true);
      expect(staleAfter(channel)).toEqual(
        expect.arrayContaining(['documents:list', 'documents:nodes', 'documents:get', 'annotations:list']),
      );
    },
  );

  it('refreshes settings and trusted keys after their own writes, and nothing after a search or an export', () => {
    expect(staleAfter('settings:update')).toEqual(['settings:get']);
    expect(staleAfter('keys:trust')).toEqual(['keys:list']);
    expect(staleAfter('keys:remove')).toEqual(['keys:list']);
    expect(staleAfter('search:query')).toEqual([]);
    expect(staleAfter('export:pdf')).toEqual([]);
    expect(staleAfter('annotations:export')).toEqual([]);
    expect(staleAfter('documents:importPreview')).toEqual([]);
  });
});
