// What every slice of the handler table shares: the services, the host Platform, the job registry, and the two
// checks several domains make (a document id that exists, a file replacement the reviewer confirmed).
import type { DocumentMeta } from '../../core/corpus/model';
import { LecternError } from '../../core/errors';
import type { Channel } from '../../shared/contract';
import type { Handlers } from '../dispatch';
import type { JobRegistry } from '../jobs';
import type { Services } from '../open-services';
import type { Platform } from '../platform';

/** The part of the handler table one domain serves. */
export type Slice<C extends Channel> = Pick<Handlers, C>;

/** Shared by the slices; built once per table. */
export interface HandlerContext {
  services: Services;
  platform: Platform;
  jobs: JobRegistry;
  /** The document's metadata; NOT_FOUND for an unknown id. */
  documentOf: (docId: string) => DocumentMeta;
  /**
   * True when an existing file may be replaced: the renderer sent `replace: true` after the reviewer answered the
   * EXISTS question, or the host's save dialog itself asked before returning the path.
   */
  confirmed: (replace: boolean | undefined) => boolean;
}

/** Builds the context over the services and the host. */
export function handlerContext(services: Services, platform: Platform, jobs: JobRegistry): HandlerContext {
  return {
    services,
    platform,
    jobs,
    documentOf: (docId) => {
      const doc = services.corpus.getDocument(docId);
      if (!doc)
        throw new LecternError('NOT_FOUND', `No document "${docId}". List the documents to see valid ids.`);
      return doc;
    },
    confirmed: (replace) => replace === true || platform.saveDialogConfirmsReplace === true,
  };
}
