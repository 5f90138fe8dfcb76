// The reading slice: the library's documents, a document's provisions, its references (linked to the acts the
// library holds) and its defined terms; and where the reviewer stopped reading each document.
import { LecternError } from '../../core/errors';
import {
  clearReadingPosition,
  getReadingPosition,
  setReadingPosition,
} from '../../core/userdb/reading-positions';
import type { HandlerContext, Slice } from './context';

type DocumentChannels =
  | 'documents:list'
  | 'documents:get'
  | 'documents:nodes'
  | 'documents:refs'
  | 'documents:terms'
  | 'reading:getPosition'
  | 'reading:setPosition';

/** The reading channels. */
export function documentHandlers({ services, documentOf }: HandlerContext): Slice<DocumentChannels> {
  const { corpus } = services;
  return {
    'documents:list': () => corpus.listDocuments(),
    'documents:get': ({ docId }) => documentOf(docId),
    'documents:nodes': ({ docId }) => {
      documentOf(docId);
      return corpus.getNodes(docId);
    },
    'documents:refs': ({ docId }) => {
      documentOf(docId);
      // References to other acts link to them when the library holds them (resolved now: the library changes).
      return services.search.linkRefs(corpus.getRefs(docId));
    },
    'documents:terms': ({ docId }) => {
      documentOf(docId);
      return corpus.getTerms(docId);
    },
    'reading:getPosition': ({ docId }) => {
      documentOf(docId);
      const db = services.userDb.db;
      const position = getReadingPosition(db, docId);
      if (position && !corpus.getNode(docId, position.eId)) {
        // The document was re-imported without that provision: forget the stale spot, start at the top.
        clearReadingPosition(db, docId);
        return null;
      }
      return position;
    },
    'reading:setPosition': ({ docId, eId }) => {
      documentOf(docId);
      if (!corpus.getNode(docId, eId))
        throw new LecternError('NOT_FOUND', `No provision "${eId}" in ${docId}.`);
      return setReadingPosition(services.userDb.db, docId, eId);
    },
  };
}
