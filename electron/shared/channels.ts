// Channel names as plain data, free of zod, so the sandboxed preload can import them (it may not require npm
// packages). contract.ts checks at compile time that this list and the contract table hold the same names.

/** Every invokable channel name, in contract order. */
export const CHANNEL_NAMES = [
  'app:info',
  'app:licenses',
  'documents:list',
  'documents:get',
  'documents:toc',
  'documents:nodes',
  'documents:node',
  'documents:refs',
  'documents:terms',
  'documents:importPreview',
  'documents:importCommit',
  'documents:imported',
  'documents:remove',
  'documents:pair',
  'documents:sideBySide',
  'search:query',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'annotations:get',
  'annotations:list',
  'annotations:history',
  'annotations:undo',
  'annotations:conflicts',
  'annotations:resolve',
  'annotations:attach',
  'annotations:export',
  'annotations:import',
  'tags:list',
  'tags:rename',
  'export:pdf',
  'export:notes',
  'export:cancel',
  'settings:get',
  'settings:update',
  'reading:getPosition',
  'reading:setPosition',
] as const;

/** One channel name. */
export type ChannelName = (typeof CHANNEL_NAMES)[number];
