// Limits on what the importer accepts, shared by the service, the CLI and the IPC layer's messages.

/** Largest file the importer reads (the 20 MB); bigger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
