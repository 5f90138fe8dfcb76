// The batch-import slice of the handler table: choose several files or a folder in a native dialog (or receive
// files dropped onto the window as bytes), preview them all, then import them as one cancellable job.
import { basename, relative } from 'node:path';
import type { BatchSource, BatchStep } from '../../core/import/batch-session';
import { BatchSessions } from '../../core/import/batch-session';
import { folderFiles } from '../../core/import/folder-files';
import { readImportFile } from '../../core/import/read-file';
import type { Platform } from '../platform';
import type { HandlerContext, Slice } from './context';

/** The channels this slice serves. */
type BatchChannels =
  'documents:batchChoose' | 'documents:batchDrop' | 'documents:batchImport' | 'documents:batchDiscard';

const fromPath = (path: string, file: string): BatchSource => ({ file, read: () => readImportFile(path) });

/** The sources of a dialog pick: the files chosen, or every file under the folder (other formats reported). */
async function chooseSources(platform: Platform, source: 'files' | 'folder'): Promise<BatchSource[] | null> {
  if (source === 'files') {
    const paths = await platform.chooseOpenPaths({ purpose: 'importDocuments' });
    return paths === null ? null : paths.map((p) => fromPath(p, basename(p)));
  }
  const dir = await platform.chooseFolder({ purpose: 'importFolder' });
  if (dir === null) return null;
  const { importable, other } = folderFiles(dir);
  return [
    ...importable.map((p) => fromPath(p, relative(dir, p))),
    ...other.map((p): BatchSource => ({ file: relative(dir, p), problem: 'unsupported' })),
  ];
}

/** Builds the slice over the importer; `jobs` is the table's registry, so `export:cancel` stops a batch. */
export function batchHandlers({ services, platform, jobs }: HandlerContext): Slice<BatchChannels> {
  const sessions = new BatchSessions(services.importer);
  const reporter = (jobId: string | undefined) =>
    jobId === undefined
      ? undefined
      : ({ index, file, status, done, total }: BatchStep) => {
          platform.progress({ jobId, kind: 'import', done, total, label: file, step: { index, status } });
        };

  /** Reading a large folder takes a while: with a job id it reports progress and `export:cancel` stops it. */
  const plan = (sources: BatchSource[], jobId: string | undefined) =>
    jobId === undefined
      ? sessions.plan(sources)
      : jobs.run(jobId, (signal) => sessions.plan(sources, reporter(jobId), signal));

  return {
    'documents:batchChoose': async ({ source, jobId }) => {
      const sources = await chooseSources(platform, source);
      return sources === null ? null : plan(sources, jobId);
    },
    'documents:batchDrop': ({ dropped, jobId }) => {
      const sources = dropped.map((d): BatchSource => {
        if ('problem' in d) return { file: d.name, problem: d.problem };
        const bytes = Buffer.from(d.data, 'base64');
        return { file: d.name, read: () => ({ fileName: d.name, bytes }) };
      });
      return plan(sources, jobId);
    },
    'documents:batchImport': ({ batchId, jobId, choices }) =>
      jobs.run(jobId, (signal) =>
        sessions.run(batchId, new Map(choices.map((c) => [c.index, c.choice])), {
          signal,
          ...(jobId ? { onStep: reporter(jobId) } : {}),
        }),
      ),
    'documents:batchDiscard': ({ batchId }) => sessions.discard(batchId),
  };
}
