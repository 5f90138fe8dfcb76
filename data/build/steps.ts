// Extra build steps that add data to corpus.sqlite after the documents are written (e.g. the serialized
// search index). Each step runs in list order inside the build; add a step with a one-line edit to STEPS.
import type Database from 'better-sqlite3';
import type { CorpusNode, DocumentMeta } from '../../electron/core/corpus/model';
import { searchIndexStep } from '../../electron/core/search/build-step';

/** A build step: writes its own tables (or `meta` rows) into the open corpus database. Must be deterministic. */
export type BuildStep = (
  db: Database.Database,
  docs: readonly DocumentMeta[],
  nodes: readonly CorpusNode[],
) => void;

/** The extra steps, in order. */
export const STEPS: BuildStep[] = [searchIndexStep];

/**
 * Source folders whose code shapes the steps' output: a change there makes `ensure-corpus` rebuild.
 * Paths are relative to the repository root.
 */
export const STEP_INPUTS: string[] = ['electron/core/search'];
