// The notes slice: create, change, delete and restore notes, their history, undo and redo through the change log,
// conflicts from an exchange, re-attaching a note that lost its text, and tags.
import type { HandlerContext, Slice } from './context';

type NoteChannels =
  | 'annotations:create'
  | 'annotations:update'
  | 'annotations:delete'
  | 'annotations:restore'
  | 'annotations:list'
  | 'annotations:history'
  | 'annotations:undo'
  | 'annotations:redo'
  | 'annotations:conflicts'
  | 'annotations:resolve'
  | 'annotations:attach'
  | 'tags:list'
  | 'tags:rename';

/** The note channels over the annotation service. */
export function noteHandlers({ services }: HandlerContext): Slice<NoteChannels> {
  const { annotations } = services;
  return {
    'annotations:create': (request) => annotations.create(request),
    'annotations:update': (request) => annotations.update(request),
    'annotations:delete': ({ id }) => annotations.delete(id),
    'annotations:restore': ({ id }) => annotations.restore(id),
    'annotations:list': (filter) => annotations.list(filter),
    'annotations:history': ({ id }) => annotations.history(id),
    'annotations:undo': ({ expect }) => annotations.undo(expect),
    'annotations:redo': () => annotations.redo(),
    'annotations:conflicts': () => annotations.conflicts(),
    'annotations:resolve': ({ id, keep }) => annotations.resolve(id, keep),
    'annotations:attach': (request) => annotations.attach(request),
    'tags:list': () => annotations.tags(),
    'tags:rename': (request) => annotations.renameTag(request),
  };
}
