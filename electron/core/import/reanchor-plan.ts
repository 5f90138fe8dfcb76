// Where each note of a replaced document would go, worked out from the old and new text before anything is
// written, so the import preview can show it and the reviewer can confirm the uncertain ones.
import type { Annotation } from '../annotations/model';
import { passageQuote } from '../annotations/passage-text';
import { countOutcomes, reanchor } from '../annotations/reanchor';
import type { CorpusNode } from '../corpus/model';
import type { AnchorReport } from '../annotations/model';
import type { ReanchorPlanItem } from './model';

const NOTE_EXCERPT = 120;

/** The plan for `notes` (live notes of the document) when `oldNodes` are replaced by `newNodes`. */
export function planReanchoring(
  oldNodes: readonly CorpusNode[],
  newNodes: readonly CorpusNode[],
  notes: readonly Annotation[],
  newDocHash: string,
): { plan: ReanchorPlanItem[]; report: AnchorReport } {
  const { results } = reanchor(oldNodes, newNodes, notes, { newDocHash });
  const byId = new Map(notes.map((a) => [a.id, a]));
  const plan = results.map((r): ReanchorPlanItem => {
    const a = byId.get(r.id);
    const stays = r.outcome === 'review' || r.outcome === 'orphaned';
    return {
      annotationId: r.id,
      outcome: r.outcome,
      score: Math.round(r.score * 100) / 100,
      fromEId: a?.target.eId ?? r.target.eId,
      toEId: stays ? null : r.target.eId,
      suggestedEId: r.suggestion?.eId ?? null,
      // A passage across provisions shows all its words, as the notes panel does.
      quote: a?.target.quote ? passageQuote(a) : null,
      note: (a?.note ?? '').slice(0, NOTE_EXCERPT),
    };
  });
  return { plan, report: countOutcomes(results) };
}
