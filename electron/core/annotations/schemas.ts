// Zod schemas for every AnnotationService input; the IPC contract and the CLI parse with these same schemas.
import { z } from 'zod';
import { normalizeUserText } from '../../shared/user-text.js';
import { LecternError } from '../errors.js';
import { ANNOTATION_COLORS } from './model.js';

/**
 * Longest note (and quote) accepted: about ten pages, far beyond a reviewer's note, and a note that still renders
 * as a readable card (100,000 rendered 46,570 px tall). The editor counts down to it.
 */
export const MAX_NOTE_LENGTH = 20_000;

/** One of the eight palette names. */
const annotationColorSchema = z.enum(ANNOTATION_COLORS);

/** Note text: normalised (NFC, no NUL, lone surrogates or bidi overrides), at most MAX_NOTE_LENGTH characters. */
const noteTextSchema = z.string().overwrite(normalizeUserText).max(MAX_NOTE_LENGTH);

/** Longest tag: long enough for a phrase ("cần xin ý kiến Bộ Quốc phòng"), short enough for a filter list. */
const MAX_TAG_LENGTH = 64;

/** A tag: normalised like notes, trimmed, 1–MAX_TAG_LENGTH characters, no comma/semicolon/line break (they separate tags in the CLI and CSV). */
export const tagNameSchema = z
  .string()
  .overwrite(normalizeUserText)
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(MAX_TAG_LENGTH, `A tag has at most ${String(MAX_TAG_LENGTH)} characters.`)
  .refine((t) => !/[,;\r\n]/.test(t), 'A tag cannot contain a comma, semicolon or line break.');

const idSchema = z.string().min(1).max(200);
/** Annotation ids are UUIDs (they are the merge key between machines). */
export const annotationIdSchema = z.uuid();

/** A non-empty character range inside one node's annotatable text, end exclusive. */
const positionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end > p.start, 'The range end must be after its start.');

/** The exact text selected in one node, checked against it by the service. */
const quoteTextSchema = z.string().min(1).max(MAX_NOTE_LENGTH);

/** Where in a node a note sits: a range and/or the exact text; neither means the whole provision. */
const rangeFields = {
  position: positionSchema.nullish(),
  /** The exact text selected; located in the node when no position is given (first occurrence). */
  quote: quoteTextSchema.nullish(),
};

/**
 * Most following parts one passage may have: a selection across a long chapter's clauses and points, far more
 * than a reviewer quotes at once, and a bound on the request's size (the contract's limit counts it).
 */
export const MAX_PASSAGE_PARTS = 200;

/** One following part of a passage across provisions: a range (and optionally its text) in another provision. */
const passagePartSchema = z
  .object({ eId: idSchema, position: positionSchema, quote: quoteTextSchema.nullish() })
  .strict();

/**
 * Input to create: a range (position and/or quote) inside one node, or neither for a whole-provision note; a passage
 * across provisions adds its following parts in `continues`.
 */
export const createAnnotationSchema = z
  .object({
    docId: idSchema,
    eId: idSchema,
    ...rangeFields,
    /** The passage's parts after this one, in reading order (docs/architecture.md, passages across provisions). */
    continues: z.array(passagePartSchema).max(MAX_PASSAGE_PARTS).default([]),
    note: noteTextSchema.default(''),
    color: annotationColorSchema.default('yellow'),
    tags: z.array(tagNameSchema).max(100).default([]),
  })
  .strict()
  .refine(
    (c) => new Set([c.eId, ...c.continues.map((p) => p.eId)]).size === c.continues.length + 1,
    'Each part of a passage is a different provision.',
  );

/**
 * Input to attach: put a note (typically an unanchored one) on new text of its document, chosen by the reviewer:
 * a range (position and/or quote) inside a provision, or neither for the whole provision.
 */
export const attachAnnotationSchema = z
  .object({
    id: annotationIdSchema,
    eId: idSchema,
    ...rangeFields,
  })
  .strict();

/** Input to update: only the body changes; the target moves only through re-anchoring or attaching. */
export const updateAnnotationSchema = z
  .object({
    id: annotationIdSchema,
    note: noteTextSchema.optional(),
    color: annotationColorSchema.optional(),
    tags: z.array(tagNameSchema).max(100).optional(),
  })
  .strict();

/** Filters for list; all optional and combined with AND. */
export const listFilterSchema = z
  .object({
    docId: idSchema.optional(),
    /** A provision and its descendants (needs docId), e.g. `chp_2` or `art_6`. */
    eId: idSchema.optional(),
    color: annotationColorSchema.optional(),
    tag: tagNameSchema.optional(),
    /** Text contained in the note or the quoted text (case-insensitive for ASCII). */
    text: z.string().min(1).max(1000).optional(),
    orphaned: z.boolean().optional(),
    conflicts: z.boolean().optional(),
    deleted: z.enum(['exclude', 'include', 'only']).default('exclude'),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .refine((f) => f.eId === undefined || f.docId !== undefined, 'Filtering by provision needs a document.');

/** Renaming a tag onto an existing name merges the two. */
export const renameTagSchema = z.object({ from: tagNameSchema, to: tagNameSchema }).strict();

/** Resolving an exchange conflict: the note or one of its conflict copies, and which version(s) to keep. */
export const resolveConflictSchema = z
  .object({ id: annotationIdSchema, keep: z.enum(['mine', 'theirs', 'both']) })
  .strict();

/** What create accepts before defaults are applied. */
export type CreateAnnotationInput = z.input<typeof createAnnotationSchema>;
/** What the CLI and IPC hand to `attach`. */
export type AttachAnnotationInput = z.input<typeof attachAnnotationSchema>;
/** What update accepts. */
export type UpdateAnnotationInput = z.input<typeof updateAnnotationSchema>;
/** What list accepts. */
export type ListFilterInput = z.input<typeof listFilterSchema>;
/** A list filter after defaults. */
export type ListFilter = z.output<typeof listFilterSchema>;

/** Values known to be the output of a schema: validated once at the boundary, not again by the service. */
const validatedBy = new WeakMap<object, z.ZodType>();

/**
 * Records that `value` is what `schema` produced (the IPC gate calls this after validating a request with the
 * core's own schema), so the service's `parseInput` with that same schema takes it as it is: one validation per call.
 */
export function markValidated(value: unknown, schema: z.ZodType): void {
  if (typeof value === 'object' && value !== null) validatedBy.set(value, schema);
}

/** Parses `input` with `schema`, turning the first issue into an INVALID_INPUT message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // Already the output of this very schema (the IPC gate validated it): parsing again would only repeat the work.
  if (typeof input === 'object' && input !== null && validatedBy.get(input) === schema)
    return input as z.output<S>;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new LecternError('INVALID_INPUT', `${where}${issue?.message ?? 'invalid input'}`);
}
