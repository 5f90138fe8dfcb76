// The bundled decree with every kind of note an export meets: quoted ranges, whole articles, three notes on one
// clause, a whole annex row, a note that lost its place (orphaned) and deleted notes that must never be exported.
import type { Annotation } from '../../../electron/core/annotations/model';
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';
import { annotate } from './corpus-fixture';

/** The notes, with which of them are live (exported) and which are whole-provision notes. */
export interface MixedNotes {
  all: Annotation[];
  live: Annotation[];
  whole: Annotation[];
  orphaned: Annotation;
}

/** Mixed notes on Decree 63/2020/ND-CP (`doc`, `nodes` from the built corpus). */
export function mixedNotes(doc: DocumentMeta, nodes: CorpusNode[]): MixedNotes {
  const on = (eId: string, exact: string | null, note: string, color: Annotation['color']): Annotation =>
    annotate(doc, nodes, eId, exact, note, color);
  const ranged = [
    on('art_6__cl_1', 'Revealing state secrets', 'Khoản 1 Điều 6: bí mật nhà nước.', 'red'),
    on('art_1', 'Article 34 of the Law', 'Check the Law on People’s Public Security Force.', 'blue'),
  ];
  const whole = [
    on('art_4', null, 'Whole article: compare with Article 18.', 'pink'),
    on('art_6__cl_2', null, 'First of three notes on clause 2.', 'yellow'),
    on('art_6__cl_2', null, 'Second note on clause 2.', 'green'),
    on('art_6__cl_2', null, 'Third note on clause 2.', 'purple'),
    on('annex_1__grp_1__row_2', null, 'Row of the list to verify.', 'orange'),
  ];
  const orphaned = { ...on('art_9', null, 'Its provision changed.', 'grey'), anchor: 'orphaned' as const };
  const deleted = [
    { ...on('art_5', null, 'Deleted whole-article note.', 'blue'), deleted: '2026-03-01T00:00:00.000Z' },
    {
      ...on('art_6__cl_1', 'state secrets', 'Deleted ranged note.', 'green'),
      deleted: '2026-03-01T00:00:00.000Z',
    },
  ];
  const live = [...ranged, ...whole, orphaned];
  return { all: [...live, ...deleted], live, whole, orphaned };
}
