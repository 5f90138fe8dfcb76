// The contract every CLI command implements; commands live in ./commands and are listed in commands/index.ts.
import type { AnnotationService } from '../core/annotations/service';
import type { CorpusNode, CorpusReader, DocumentMeta } from '../core/corpus/model';
import type { CorpusStore } from '../core/corpus/store';
import type { ImportService } from '../core/import/import-service';
import type { SearchService } from '../core/search/search-service';
import type { UserDb } from '../core/userdb/open-user-db';

/** A command's own flags, in node:util parseArgs form. */
export type CommandOptions = Record<
  string,
  { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
>;

/** Parsed arguments handed to a command: positionals after the command name, and its flag values. */
export interface CliInput {
  args: string[];
  flags: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** What a command returns: one JSON document for --json, and the human-readable text otherwise. */
export interface CliOutput {
  json: unknown;
  text: string;
  /** Set when the command ran but its result is a failure the caller must see (a batch file failed, a field scored wrong). */
  exitCode?: number;
}

/** Shared services for commands, opened lazily so `--help` never touches the corpus. */
export interface CliContext {
  json: boolean;
  /** Where user.sqlite lives: --data-dir, else LECTERN_DATA_DIR, else the app's user-data folder. */
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** The verified, read-only bundled corpus file. */
  bundled(): CorpusStore;
  /** Bundled and imported documents alike (imports are read from user.sqlite when it exists). */
  corpus(): CorpusReader;
  /** user.sqlite in the data folder, opened (created, migrated or recovered) once per command. */
  userDb(): UserDb;
  /** Search over every document in `corpus()`, with the reviewer's notes when user.sqlite exists. */
  search(): SearchService;
  /** The reviewer's notes in user.sqlite (opening it), built as the app builds them. */
  annotations(): AnnotationService;
  /** The importer over user.sqlite; a dry run with no user.sqlite yet uses an in-memory one (nothing written). */
  importer(dryRun?: boolean): ImportService;
  /** The document or a NOT_FOUND error that says how to list documents. */
  requireDocument(docId: string): DocumentMeta;
  /** The node or a NOT_FOUND error that says how to list its document's ids. */
  requireNode(docId: string, eId: string): CorpusNode;
  /** Registers cleanup (closing databases) run after the command, also on failure. */
  onClose(fn: () => void): void;
}

/** One top-level command (`docs`) or command group (`notes` with its sub-commands in `args[0]`). */
export interface CliCommand {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Usage lines without the program name, e.g. "toc <docId> [--json]". */
  usage: string[];
  options?: CommandOptions;
  run(ctx: CliContext, input: CliInput): CliOutput | Promise<CliOutput>;
}
