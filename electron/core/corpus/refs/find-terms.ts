// Finds defined terms: each clause of the definitions article ("Article 3. Definitions") that defines a term.
import type { CorpusNode, DefinedTerm } from '../model';
import type { IngestLang } from '../ingest/structure-rules';
import { refRules } from './find-refs';

/** Defined terms of a document with the clause that defines each; empty when it has no definitions article. */
export function findTerms(nodes: readonly CorpusNode[], docId: string, lang: IngestLang): DefinedTerm[] {
  const rules = refRules(lang);
  const articles = new Set(
    nodes
      .filter((n) => n.kind === 'article' && rules.definitionsHeading.test(n.heading ?? ''))
      .map((n) => n.eId),
  );
  return nodes.flatMap((n): DefinedTerm[] => {
    if (n.kind !== 'clause' || n.parentEId === null || !articles.has(n.parentEId)) return [];
    const term = rules.definition.exec(n.text)?.groups?.term?.trim();
    return term === undefined ? [] : [{ docId, term, definingEId: n.eId, definition: n.text }];
  });
}
