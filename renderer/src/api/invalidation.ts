// Which cached reads each write makes stale: the one table the renderer's data layer invalidates from, so a
// change refreshes exactly what it affects (a new note: the notes list and tags; an import: the library and the
// open text) instead of hand-threaded reload counters. Every channel is a read or a write — a new channel does
// not compile until it is listed here.
import type { Channel } from '../../../electron/shared/contract';

/** Channels whose answers the renderer caches (they change nothing in the core). */
export const READ_CHANNELS = [
  'app:info',
  'app:licenses',
  'documents:list',
  'documents:get',
  'documents:nodes',
  'documents:refs',
  'documents:terms',
  'documents:imported',
  'documents:sideBySide',
  'annotations:list',
  'annotations:conflicts',
  'annotations:history',
  'tags:list',
  'keys:mine',
  'keys:list',
  'settings:get',
] as const satisfies readonly Channel[];

/** A cached read. */
export type ReadChannel = (typeof READ_CHANNELS)[number];

/** Every other channel: a call that may change something (or opens a dialog, or is a one-off like a search). */
export type WriteChannel = Exclude<Channel, ReadChannel>;

/** What a change to the reviewer's notes makes stale. */
export const NOTES_READS: readonly ReadChannel[] = [
  'annotations:list',
  'annotations:conflicts',
  'annotations:history',
  'tags:list',
];

/** A document's own text and metadata (the reader loads these together, `useDocument`). */
export const DOCUMENT_READS: readonly ReadChannel[] = [
  'documents:get',
  'documents:nodes',
  'documents:refs',
  'documents:terms',
];

/** What a change to the library (a document imported, replaced, removed or paired) makes stale. */
const LIBRARY_READS: readonly ReadChannel[] = [
  'documents:list',
  ...DOCUMENT_READS,
  'documents:imported',
  'documents:sideBySide',
  // Replacing or removing a document re-anchors or orphans its notes.
  ...NOTES_READS,
];

/** For each write, the reads it makes stale (empty: it changes nothing the renderer caches). */
export const INVALIDATES: Record<WriteChannel, readonly ReadChannel[]> = {
  'documents:importPreview': [],
  'documents:importCommit': LIBRARY_READS,
  'documents:batchChoose': [],
  'documents:batchDrop': [],
  'documents:batchImport': LIBRARY_READS,
  'documents:batchDiscard': [],
  'documents:remove': LIBRARY_READS,
  'documents:pair': LIBRARY_READS,
  'search:query': [],
  'annotations:create': NOTES_READS,
  'annotations:update': NOTES_READS,
  'annotations:delete': NOTES_READS,
  'annotations:restore': NOTES_READS,
  'annotations:undo': NOTES_READS,
  'annotations:redo': NOTES_READS,
  'annotations:resolve': NOTES_READS,
  'annotations:attach': NOTES_READS,
  'annotations:export': [],
  'annotations:importPreview': [],
  'annotations:import': NOTES_READS,
  'tags:rename': NOTES_READS,
  'keys:export': [],
  'keys:read': [],
  'keys:trust': ['keys:list'],
  'keys:remove': ['keys:list'],
  'export:pdf': [],
  'export:notes': [],
  'export:cancel': [],
  'settings:update': ['settings:get'],
  'reading:getPosition': [],
  'reading:setPosition': [],
};
