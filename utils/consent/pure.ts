/**
 * The consent memory's pure API in one import: per-site decisions (memory.ts), export and import
 * (transfer.ts) and the `storage.sync` layout (sync.ts). Nothing here touches `browser`.
 */
export * from './forgotten';
export * from './memory';
export * from './sync';
export * from './transfer';
export * from './types';
