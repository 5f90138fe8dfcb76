// The contract's response types must accept what the core really returns; these assignments fail typecheck
// (npm run typecheck) the moment a core return type drifts from what the renderer was promised.
import { describe, expect, it } from 'vitest';
import type { AnnotationService } from '../../electron/core/annotations/service';
import type { SearchService } from '../../electron/core/search/search-service';
import type { CorpusStore } from '../../electron/core/corpus/store';
import type { ExportResult as CoreExportResult } from '../../electron/core/export/types';
import type { SETTINGS_SCHEMA } from '../../electron/core/userdb/settings';
import type { ImportService } from '../../electron/core/import/import-service';
import type { ResponseOf } from '../../electron/shared/contract';
import type { Settings } from '../../electron/shared/types';

type Assignable<From, To> = [From] extends [To] ? true : false;

describe('contract response types match the core', () => {
  it('are assignable from the core services’ return types', () => {
    const checks: true[] = [
      true satisfies Assignable<ReturnType<CorpusStore['listDocuments']>, ResponseOf<'documents:list'>>,
      true satisfies Assignable<ReturnType<CorpusStore['getNodes']>, ResponseOf<'documents:nodes'>>,
      true satisfies Assignable<ReturnType<CorpusStore['getRefs']>, ResponseOf<'documents:refs'>>,
      true satisfies Assignable<ReturnType<CorpusStore['getTerms']>, ResponseOf<'documents:terms'>>,
      true satisfies Assignable<ReturnType<SearchService['search']>, ResponseOf<'search:query'>>,
      true satisfies Assignable<ReturnType<AnnotationService['create']>, ResponseOf<'annotations:create'>>,
      true satisfies Assignable<ReturnType<AnnotationService['list']>, ResponseOf<'annotations:list'>>,
      true satisfies Assignable<ReturnType<AnnotationService['history']>, ResponseOf<'annotations:history'>>,
      true satisfies Assignable<ReturnType<AnnotationService['undo']>, ResponseOf<'annotations:undo'>>,
      true satisfies Assignable<ReturnType<AnnotationService['redo']>, ResponseOf<'annotations:redo'>>,
      true satisfies Assignable<
        ReturnType<AnnotationService['conflicts']>,
        ResponseOf<'annotations:conflicts'>
      >,
      true satisfies Assignable<ReturnType<AnnotationService['resolve']>, ResponseOf<'annotations:resolve'>>,
      true satisfies Assignable<ReturnType<AnnotationService['attach']>, ResponseOf<'annotations:attach'>>,
      true satisfies Assignable<ReturnType<AnnotationService['tags']>, ResponseOf<'tags:list'>>,
      true satisfies Assignable<ReturnType<AnnotationService['renameTag']>, ResponseOf<'tags:rename'>>,
      true satisfies Assignable<CoreExportResult, NonNullable<ResponseOf<'export:pdf'>>>,
      true satisfies Assignable<
        Awaited<ReturnType<ImportService['preview']>>,
        NonNullable<ResponseOf<'documents:importPreview'>>
      >,
      true satisfies Assignable<
        Awaited<ReturnType<ImportService['commit']>>,
        ResponseOf<'documents:importCommit'>
      >,
      true satisfies Assignable<ReturnType<ImportService['list']>, ResponseOf<'documents:imported'>>,
      true satisfies Assignable<ReturnType<ImportService['remove']>, ResponseOf<'documents:remove'>>,
      true satisfies Assignable<ReturnType<ImportService['pair']>, ResponseOf<'documents:pair'>>,
      true satisfies Assignable<ReturnType<ImportService['sideBySide']>, ResponseOf<'documents:sideBySide'>>,
      // Every stored setting is part of the contract's Settings and vice versa.
      true satisfies Assignable<keyof typeof SETTINGS_SCHEMA, keyof Settings>,
      true satisfies Assignable<keyof Settings, keyof typeof SETTINGS_SCHEMA>,
    ];
    expect(checks.every(Boolean)).toBe(true);
  });
});
