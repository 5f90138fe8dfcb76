// One annotation ⇄ one W3C Web Annotation (JSON-LD): TextualBody for the note, tags as `purpose: tagging`, the
// target a SpecificResource on `urn:lectern:<docId>:<docHash>#<eId>` with TextQuoteSelector + TextPositionSelector
// (a FragmentSelector naming the provision for a whole-provision note); a passage across provisions has an array
// of such ranges, one per provision in reading order (format 3). A deleted annotation is a tombstone:
// id, `modified`, `lectern:deleted`, its version vector and target URI, nothing of its text, quote or tags.
import { z } from 'zod';
import { fromCodePointOffset, toCodePointOffset } from '../anchor-text.js';
import type { Annotation, AnnotationPart, AnnotationTarget, TextPosition, TextQuote } from '../model.js';
import { LecternError } from '../../errors.js';
import { ANNOTATION_COLORS } from '../model.js';
import { MAX_NOTE_LENGTH, MAX_PASSAGE_PARTS, tagNameSchema } from '../schemas.js';
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

/** One part of a passage across provisions: a range in one provision. */
const passagePart = z.object({
  type: z.literal('SpecificResource'),
  source: sourceSchema,
  selector: rangeSelector,
});

/** The part of a source before `#`: the document and its text's hash. */
const versionOf = (source: string): string => source.slice(0, source.indexOf('#'));

/** A passage's targets (format 3): two or more ranges in distinct provisions of one document's one text. */
const passageTargets = z
  .array(passagePart)
  .min(2)
  .max(MAX_PASSAGE_PARTS + 1)
  .refine(
    (parts) => parts.every((p) => versionOf(p.source) === versionOf(parts[0]?.source ?? '')),
    'the parts of a passage are in one document and version',
  )
  .refine(
    (parts) => new Set(parts.map((p) => p.source)).size === parts.length,
    'the parts of a passage are distinct provisions',
  );

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
  target: z.union([
    z.object({
      type: z.literal('SpecificResource').optional(),
      source: sourceSchema,
      selector: z.union([rangeSelector, provisionSelector]).optional(),
    }),
    passageTargets,
  ]),
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
/** One range target of an exported passage. */
type JsonLdPart = z.infer<typeof passagePart>;
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

/** A passage always starts with a range (annotations/passage.ts); anything else would be written wrongly. */
function refuseWhole(id: string): never {
  throw new LecternError('INTERNAL', `Note ${id} has following parts but no range to start from.`);
}

/** Annotation → W3C JSON-LD (positions converted from UTF-16 to code points when the node text is known). */
export function toJsonLd(a: Annotation, nodeText: NodeTextLookup, extras: ExportExtras): JsonLdAnnotation {
  if (a.deleted !== null) return toTombstone(a, extras.versions);
  const t = a.target;
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
  /** A range of one provision as a SpecificResource, its position in code points when the text is known. */
  const rangeIn = (eId: string, position: TextPosition, quote: TextQuote): JsonLdPart => {
    const text = nodeText({ ...t, eId });
    const cp = (n: number): number => (text === null ? n : toCodePointOffset(text, n));
    return {
      type: 'SpecificResource',
      source: sourceOf({ ...t, eId }),
      selector: [
        { type: 'TextQuoteSelector', ...quote },
        { type: 'TextPositionSelector', start: cp(position.start), end: cp(position.end) },
      ],
    };
  };
  const single: JsonLdLive['target'] =
    t.position && t.quote
      ? rangeIn(t.eId, t.position, t.quote)
      : {
          type: 'SpecificResource',
          source: sourceOf(t),
          selector: { type: 'FragmentSelector', value: t.eId },
        };
  const target: JsonLdLive['target'] =
    a.continues.length === 0
      ? single
      : t.position && t.quote
        ? [
            rangeIn(t.eId, t.position, t.quote),
            ...a.continues.map((p) => rangeIn(p.eId, p.position, p.quote)),
          ]
        : refuseWhole(a.id);
  const live: JsonLdLive = {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.updated,
    creator: { type: 'Person', name: a.author },
    generator: extras.generator,
    ...(body.length > 0 ? { body } : {}),
    target,
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

/** A target's range in UTF-16 offsets (converted from code points when the node text is known), or null. */
function rangeOf(
  where: Pick<AnnotationTarget, 'docId' | 'docHash' | 'eId'>,
  selector: z.infer<typeof rangeSelector> | z.infer<typeof provisionSelector> | undefined,
  nodeText: NodeTextLookup,
): { position: TextPosition; quote: TextQuote } | null {
  if (!Array.isArray(selector)) return null;
  const [quoteSel, posSel] = selector;
  const text = nodeText(where);
  const utf16 = (n: number): number => (text === null ? n : fromCodePointOffset(text, n));
  return {
    position: { start: utf16(posSel.start), end: utf16(posSel.end) },
    quote: { exact: quoteSel.exact, prefix: quoteSel.prefix, suffix: quoteSel.suffix },
  };
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
  const [firstTarget, ...rest] = Array.isArray(live.target) ? live.target : [live.target];
  const where = parseSource(firstTarget.source);
  const range = rangeOf(where, firstTarget.selector, nodeText);
  const body = live.body ?? [];
  return {
    id,
    target: { ...where, position: range?.position ?? null, quote: range?.quote ?? null },
    continues: rest.map((part): AnnotationPart => {
      const at = parseSource(part.source);
      const r = rangeOf(at, part.selector, nodeText);
      if (!r) throw new LecternError('INVALID_INPUT', `A part of annotation ${id} has no range.`);
      return { eId: at.eId, ...r };
    }),
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
