// Gives jsdom tests the Node-side import fixtures (test/support/e2e/import-files.ts) through a runtime import,
// as support/core.ts does for the core: tsconfig.web.json has no Node types.

/** What test/support/e2e/import-files.ts exports. */
export interface ImportFilesModule {
  TEXTS: { vi: string; en: string };
  importFiles: () => {
    dir: string;
    write: (name: string, content: string | Uint8Array) => string;
    remove: () => void;
  };
}

/** Loads the fixture module. */
export async function loadImportFiles(): Promise<ImportFilesModule> {
  const specifier: string = '../e2e/import-files.ts';
  return (await import(/* @vite-ignore */ specifier)) as ImportFilesModule;
}
