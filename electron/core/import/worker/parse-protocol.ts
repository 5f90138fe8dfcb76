// The messages between the core and the worker that parses one import: a file (or text already extracted, parsed
// again with edited metadata) goes in as workerData, the parse (the document tree, its text and warnings) or a
// refusal comes back by structured clone, once.
import type { ErrorCode } from '../../errors';
import type { ParsedImport, PreviewInput, ReparseInput } from '../preview';

/** What the parse worker is started with: a file, or extracted text, without the signal (the core keeps that). */
export type ParseRequest =
  ({ kind: 'file' } & Omit<PreviewInput, 'signal'>) | ({ kind: 'text' } & Omit<ReparseInput, 'signal'>);

/** The worker's one answer: the parse, or the LecternError it was refused with (code, message, Vietnamese). */
export type ParseReply =
  { ok: true; parsed: ParsedImport } | { ok: false; code: ErrorCode; message: string; vi?: string };
