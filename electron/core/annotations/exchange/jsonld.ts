// One annotation ⇄ one W3C Web Annotation (JSON-LD): TextualBody for the note, tags as `purpose: tagging`, the
// target a SpecificResource on `urn:lectern:<docId>:<docHash>#<eId>` with TextQuoteSelector + TextPositionSelector
// (a FragmentSelector naming the provision for a whole-provision note). A deleted annotation is a tombstone:
// id, `modified`, `lectern:deleted`, its version vector and target URI, nothing of its text, quote or tags.
import { z } from 'zod';
import { fromCodePointOffset, toCodePointOffset } from '../anchor-text.js';
import type { Annotation, AnnotationTarget } from '../model.js';
import { LecternError } from '../../errors.js';
import { ANNOTATION_COLORS } from '../model.js';
import { MAX_NOTE_LENGTH, tagNameSchema } from '../schemas.js';
import type { VersionVector } from '../versions.js';
import { sorted } from '../versions.js';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const SOURCE_RE = /^urn:lectern:([a-z0-9][a-z0-9-]*):([A-Za-z0-9]+)#([A-Za-z0-9_]+)$/;
const iso = z.iso.datetime({ offset: true });
const sourceSchema = z
  .string()
  .regex(SOURCE_RE, 'a target source of the form urn:lectern:<docId>:<docHash>#<eId>');
const versionsSchema = z.record(z.string().min(1).max(100), z.number().int().min(1)).optional();

const textualBody = z.discriminatedUnion('purpose', [
  z.object({
    type: z.literal('TextualBody'),
    purpose: z.literal('commenting'),
    value: z.string().max(MAX_NOTE_LENGTH),
    format: z.string().optional(),
  }),
  z.object({ type: z.literal('TextualBody'), purpose: z.literal('tagging'), value: tagNameSchema }),
]);

const rangeSelector = z.tuple([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(MAX_NOTE_LENGTH),
    prefix: z.string().max(64),
    suffix: z.string().max(64),
  }),
  z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  }),
]);
const provisionSelector = z.object({ type: z.literal('FragmentSelector'), value: z.string() });

/** A live annotation (bundles of format version 1 also wrote deleted ones this way, text included). */
const liveSchema = z.object({
  id: z
    .string()
    .regex(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      'an id urn:uuid:<UUID>',
    ),
  type: z.literal('Annotation'),
  motivation: z.enum(['commenting', 'highlighting']),
  created: iso,
  modified: iso,
  creator: z.object({ type: z.literal('Person'), name: z.string().max(200) }),
  generator: z.object({ id: z.string(), type: z.literal('Software'), name: z.string() }).optional(),
  body: z.array(textualBody).max(101).optional(),
  target: z.object({
    type: z.literal('SpecificResource').optional(),
    source: sourceSchema,
    selector: z.union([rangeSelector, provisionSelector]).optional(),
  }),
  'lectern:color': z.enum(ANNOTATION_COLORS),
  'lectern:deleted': iso.nullable(),
  'lectern:conflictOf': z.uuid().nullable().optional(),
  'lectern:versions': versionsSchema,
});

/** A deleted annotation as exported since format version 2: no text, note, quote, tags or author. */
const tombstoneSchema = z.strictObject({
  id: liveSchema.shape.id,
  type: z.literal('Annotation'),
  modified: iso,
  target: sourceSchema,
  'lectern:deleted': iso,
  'lectern:conflictOf': z.uuid().nullable().optional(),
  'lectern:versions': versionsSchema,
});

/** Schema of one exported annotation, as read back on import. */
export const jsonLdAnnotationSchema = z.union([tombstoneSchema, liveSchema]);

/** An exported annotation (live or tombstone). */
export type JsonLdAnnotation = z.infer<typeof jsonLdAnnotationSchema>;
/** An exported live annotation. */
export type JsonLdLive = z.infer<typeof liveSchema>;
/** An exported tombstone. */
type JsonLdTombstone = z.infer<typeof tombstoneSchema>;

/** Annotation fields read from a bundle: the version vector is null in format-1 bundles, which had none. */
type IncomingAnnotation = Omit<Annotation, 'anchor'> & { versions: VersionVector | null };

/** Looks up a node's current text for code-point conversion; null when the text is not the annotated version. */
export type NodeTextLookup = (target: Pick<AnnotationTarget, 'docId' | 'docHash' | 'eId'>) => string | null;

/** What an export writes beside each annotation: its version vector and the app that wrote it. */
interface ExportExtras {
  versions: VersionVector;
  generator: { id: string; type: 'Software'; name: string };
}

const sourceOf = (t: AnnotationTarget): string => `urn:lectern:${t.docId}:${t.docHash}#${t.eId}`;

/** A deleted annotation → tombstone (nothing a reviewer wrote or quoted leaves the machine). */
function toTombstone(a: Annotation, versions: VersionVector): JsonLdTombstone {
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    modified: a.updated,
    target: sourceOf(a.target),
    'lectern:deleted': a.deleted ?? a.updated,
    ...(a.conflictOf ? { 'lectern:conflictOf': a.conflictOf } : {}),
    'lectern:versions': sorted(versions),
  };
}

/** Annotation → W3C JSON-LD (positions converted from UTF-16 to code points when the node text is known). */
export function toJsonLd(a: Annotation, nodeText: NodeTextLookup, extras: ExportExtras): JsonLdAnnotation {
  if (a.deleted !== null) return toTombstone(a, extras.versions);
  // Format 2 has one target per annotation: a passage's later parts would be lost without a word.
  if (a.continues.length > 0)
    throw new LecternError(
      'UNSUPPORTED',
      `Note ${a.id} spans several provisions; this bundle format holds one.`,
    );
  const t = a.target;
  const text = nodeText(t);
  const cp = (n: number): number => (text === null ? n : toCodePointOffset(text, n));
  const body = [
    ...(a.note
      ? [
          {
            type: 'TextualBody' as const,
            value: a.note,
            format: 'text/markdown',
            purpose: 'commenting' as const,
          },
        ]
      : []),
    ...a.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
  ];
  const selector: JsonLdLive['target']['selector'] =
    t.position && t.quote
      ? [
          { type: 'TextQuoteSelector', ...t.quote },
          { type: 'TextPositionSelector', start: cp(t.position.start), end: cp(t.position.end) },
        ]
      : { type: 'FragmentSelector', value: t.eId };
  const live: JsonLdLive = {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.updated,
    creator: { type: 'Person', name: a.author },
    generator: extras.generator,
    ...(body.length > 0 ? { body } : {}),
    target: { type: 'SpecificResource', source: sourceOf(t), selector },
    'lectern:color': a.color,
    'lectern:deleted': null,
    ...(a.conflictOf ? { 'lectern:conflictOf': a.conflictOf } : {}),
    'lectern:versions': sorted(extras.versions),
  };
  return live;
}

function parseSource(source: string): Pick<AnnotationTarget, 'docId' | 'docHash' | 'eId'> {
  const [, docId = '', docHash = '', eId = ''] = SOURCE_RE.exec(source) ?? [];
  return { docId, docHash, eId };
}

/** A tombstone (its target is the bare source URI), as opposed to a live annotation. */
function isTombstone(j: JsonLdAnnotation): j is JsonLdTombstone {
  return typeof j.target === 'string';
}

/** W3C JSON-LD → annotation fields (anchor status is decided by the importer against the local text). */
export function fromJsonLd(j: JsonLdAnnotation, nodeText: NodeTextLookup): IncomingAnnotation {
  const id = j.id.slice('urn:uuid:'.length).toLowerCase();
  const versions = j['lectern:versions'] ?? null;
  const conflictOf = j['lectern:conflictOf'] ?? null;
  if (isTombstone(j)) {
    const where = parseSource(j.target);
    return {
      id,
      target: { ...where, position: null, quote: null },
      continues: [],
      note: '',
      color: 'yellow',
      tags: [],
      author: '',
      created: j.modified,
      updated: j.modified,
      deleted: j['lectern:deleted'],
      conflictOf,
      versions,
    };
  }
  const live = j;
  const where = parseSource(live.target.source);
  const text = nodeText(where);
  const utf16 = (n: number): number => (text === null ? n : fromCodePointOffset(text, n));
  const sel = live.target.selector;
  const [quoteSel, posSel] = Array.isArray(sel) ? sel : [null, null];
  const body = live.body ?? [];
  return {
    id,
    target: {
      ...where,
      position: posSel ? { start: utf16(posSel.start), end: utf16(posSel.end) } : null,
      quote: quoteSel ? { exact: quoteSel.exact, prefix: quoteSel.prefix, suffix: quoteSel.suffix } : null,
    },
    continues: [],
    note: body.find((b) => b.purpose === 'commenting')?.value ?? '',
    color: live['lectern:color'],
    tags: body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    author: live.creator.name,
    created: live.created,
    updated: live.modified,
    deleted: live['lectern:deleted'],
    conflictOf,
    versions,
  };
}
