// One annotation ⇄ one W3C Web Annotation (JSON-LD): TextualBody for the note, tags as `purpose: tagging`,
// target source `urn:lectern:<docId>:<docHash>#<eId>` with TextQuoteSelector + TextPositionSelector.
import { z } from 'zod';
import { fromCodePointOffset, toCodePointOffset } from '../anchor-text.js';
import type { Annotation, AnnotationTarget } from '../model.js';
import { ANNOTATION_COLORS } from '../model.js';
import { MAX_NOTE_LENGTH, tagNameSchema } from '../schemas.js';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const SOURCE_RE = /^urn:lectern:([a-z0-9][a-z0-9-]*):([A-Za-z0-9]+)#([A-Za-z0-9_]+)$/;
const iso = z.iso.datetime({ offset: true });

const textualBody = z.discriminatedUnion('purpose', [
  z.object({
    type: z.literal('TextualBody'),
    purpose: z.literal('commenting'),
    value: z.string().max(MAX_NOTE_LENGTH),
    format: z.string().optional(),
  }),
  z.object({ type: z.literal('TextualBody'), purpose: z.literal('tagging'), value: tagNameSchema }),
]);

/** Schema of one exported annotation, as read back on import. */
export const jsonLdAnnotationSchema = z.object({
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/i, 'an id of the form urn:uuid:…'),
  type: z.literal('Annotation'),
  motivation: z.enum(['commenting', 'highlighting']),
  created: iso,
  modified: iso,
  creator: z.object({ type: z.literal('Person'), name: z.string().max(200) }),
  body: z.array(textualBody).max(101).optional(),
  target: z.object({
    source: z.string().regex(SOURCE_RE, 'a target source of the form urn:lectern:<docId>:<docHash>#<eId>'),
    selector: z
      .tuple([
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
      ])
      .optional(),
  }),
  'lectern:color': z.enum(ANNOTATION_COLORS),
  'lectern:deleted': iso.nullable(),
  'lectern:conflictOf': z.uuid().nullable().optional(),
});

/** An exported annotation. */
export type JsonLdAnnotation = z.infer<typeof jsonLdAnnotationSchema>;

/** Looks up a node's current text for code-point conversion; null when the text is not the annotated version. */
export type NodeTextLookup = (target: Pick<AnnotationTarget, 'docId' | 'docHash' | 'eId'>) => string | null;

/** Annotation → W3C JSON-LD (positions converted from UTF-16 to code points when the node text is known). */
export function toJsonLd(a: Annotation, nodeText: NodeTextLookup): JsonLdAnnotation {
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
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.updated,
    creator: { type: 'Person', name: a.author },
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: `urn:lectern:${t.docId}:${t.docHash}#${t.eId}`,
      ...(t.position && t.quote
        ? {
            selector: [
              { type: 'TextQuoteSelector', ...t.quote },
              { type: 'TextPositionSelector', start: cp(t.position.start), end: cp(t.position.end) },
            ] as const,
          }
        : {}),
    },
    'lectern:color': a.color,
    'lectern:deleted': a.deleted,
    ...(a.conflictOf ? { 'lectern:conflictOf': a.conflictOf } : {}),
  };
}

/** W3C JSON-LD → annotation fields (anchor status is decided by the importer against the local text). */
export function fromJsonLd(j: JsonLdAnnotation, nodeText: NodeTextLookup): Omit<Annotation, 'anchor'> {
  const [, docId = '', docHash = '', eId = ''] = SOURCE_RE.exec(j.target.source) ?? [];
  const text = nodeText({ docId, docHash, eId });
  const utf16 = (n: number): number => (text === null ? n : fromCodePointOffset(text, n));
  const [quoteSel, posSel] = j.target.selector ?? [null, null];
  const body = j.body ?? [];
  return {
    id: j.id.slice('urn:uuid:'.length).toLowerCase(),
    target: {
      docId,
      docHash,
      eId,
      position: posSel ? { start: utf16(posSel.start), end: utf16(posSel.end) } : null,
      quote: quoteSel ? { exact: quoteSel.exact, prefix: quoteSel.prefix, suffix: quoteSel.suffix } : null,
    },
    note: body.find((b) => b.purpose === 'commenting')?.value ?? '',
    color: j['lectern:color'],
    tags: body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    author: j.creator.name,
    created: j.created,
    updated: j.modified,
    deleted: j['lectern:deleted'],
    conflictOf: j['lectern:conflictOf'] ?? null,
  };
}
