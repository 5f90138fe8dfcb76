// Annotation model (W3C Web Annotation–compatible), shared by the store, exchange, search seam, export and UI.
// Pure types and constants: no Node or DOM imports.

/** The fixed palette; names are stable identifiers, the UI and PDF map them to colours. */
export const ANNOTATION_COLORS = [
  'yellow',
  'green',
  'blue',
  'pink',
  'orange',
  'purple',
  'red',
  'grey',
] as const;

/** One of the eight named highlight colours. */
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

/** A character range inside one node's own text (`CorpusNode.text`), end exclusive. */
export interface TextPosition {
  start: number;
  end: number;
}

/** The quoted text with up to 32 characters of context either side, clipped to the node. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** What an annotation points at; position and quote are null for a whole-provision note. */
export interface AnnotationTarget {
  docId: string;
  docHash: string;
  eId: string;
  position: TextPosition | null;
  quote: TextQuote | null;
}

/**
 * One following part of a passage across provisions: a range inside another provision's annotatable text of the
 * same document (docs/architecture.md, passages across provisions). The first part is the annotation's `target`.
 */
export interface AnnotationPart {
  eId: string;
  position: TextPosition;
  quote: TextQuote;
}

/** Where re-anchoring left an annotation after its document's text changed. */
export type AnchorStatus = 'anchored' | 'moved' | 'fuzzy' | 'orphaned';

/** A reviewer's highlight or note on a provision. */
export interface Annotation {
  id: string; // UUID, stable across machines (merge key for exchange)
  target: AnnotationTarget;
  /** The parts after `target` of a passage across provisions, in reading order; empty for a note on one provision. */
  continues: AnnotationPart[];
  note: string; // plain text / Markdown, up to 100k characters
  color: AnnotationColor;
  tags: string[];
  author: string;
  created: string; // ISO 8601
  updated: string; // ISO 8601
  deleted: string | null; // ISO 8601 when soft-deleted
  anchor: AnchorStatus;
  /** Set on the copy kept when an import found both sides changed: the id of the local annotation it conflicts with. */
  conflictOf?: string | null;
}

/** Counts from one re-anchoring pass (a document's text changed). */
export interface AnchorReport {
  unchanged: number;
  moved: number;
  fuzzy: number;
  /** Notes left unanchored because the only candidate place was not certain: the reviewer confirms or re-attaches. */
  review: number;
  orphaned: number;
}

/** One incoming annotation an import did not take, and why. */
export interface RejectedAnnotation {
  id: string;
  reason: string;
}

/**
 * An import conflict: both sides changed `id` since they last agreed. Both versions are kept: one stays on `id`
 * (the newer by `modified`, so every machine picks the same), the other on the conflict copy `copyId`.
 * `kept` says whose version `id` shows now on this machine.
 */
export interface ImportConflict {
  id: string;
  copyId: string;
  kept: 'mine' | 'theirs';
}

/** An open conflict as listed for resolution: the note, one conflict copy, and which of the two is this machine's. */
export interface ConflictInfo {
  id: string;
  copyId: string;
  main: Annotation;
  copy: Annotation;
  /** Which of the two holds the version this machine had before the import that found the conflict. */
  mine: 'main' | 'copy';
}

/** How a conflict is resolved: keep this machine's version, the other machine's, or both as separate notes. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * Who signed a notes bundle, as the import preview and report show it: `own` (this data folder's key), `trusted`
 * (a key the reviewer confirmed by fingerprint), `untrusted` (a valid signature by an unknown key) or `unsigned`.
 * The last two are imported only when the reviewer accepts them explicitly.
 */
export interface NotesSigner {
  status: 'own' | 'trusted' | 'untrusted' | 'unsigned';
  /** The reviewer name in the bundle's manifest (covered by the signature when there is one). */
  reviewer: string;
  /** The signing key's fingerprint (signing/public-key.ts), null when unsigned. */
  fingerprint: string | null;
  /** The name this machine trusts the key under, null unless `trusted`. */
  trustedAs: string | null;
}

/** What a notes bundle holds, shown before anything is imported. */
export interface NotesImportPreview {
  /** Annotations in the bundle (deleted ones as tombstones included). */
  count: number;
  exportedAt: string;
  signer: NotesSigner;
}

/** A previewed bundle file in the app: the preview, the file's name, and the id `annotations:import` takes. */
export interface NotesFilePreview extends NotesImportPreview {
  previewId: string;
  fileName: string;
}

/** The outcome of merging an exchange bundle into user.sqlite. */
export interface ImportReport {
  /** Who signed the bundle (the import went ahead only if trusted, own, or explicitly accepted). */
  signer: NotesSigner;
  added: number;
  updated: number;
  unchanged: number;
  conflicts: ImportConflict[];
  rejected: RejectedAnnotation[];
  /** Change-log action id; `undo` right after the import reverts the whole import. Null when nothing changed. */
  actionId: number | null;
}

/** Kinds of action in the append-only change log. */
export type ActionKind =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'tag-rename'
  | 'import'
  | 'reanchor'
  | 'attach'
  | 'resolve'
  | 'undo'
  | 'redo';

/** One logged action. */
export interface ActionInfo {
  id: number;
  kind: ActionKind;
  at: string;
  author: string;
  summary: string;
  /** For an undo or a redo: the action it reverted (a redo reverts an undo). */
  undoes: number | null;
}

/** One annotation's state before and after an action (null = did not exist); the store logs its own copy. */
export interface AnnotationChange<A extends Annotation = Annotation> {
  actionId: number;
  annotationId: string;
  before: A | null;
  after: A | null;
}

/** A change as listed in an annotation's history (audit view). */
export interface HistoryEntry<A extends Annotation = Annotation> extends AnnotationChange<A> {
  kind: ActionKind;
  at: string;
  author: string;
  summary: string;
}

/** What an undo or a redo reverted. */
export interface UndoResult {
  /** The action reverted: for an undo the latest action, for a redo the latest undo. */
  undone: ActionInfo;
  /** The reviewer's own action this concerns (undos and redos followed back), so the UI can name it. */
  original: ActionInfo;
  /** Annotations put back to their earlier state (or removed, for an undone create/import). */
  reverted: number;
  actionId: number | null;
}
