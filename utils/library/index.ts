export { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, type Library, type ListQuery, openLibrary } from './db';
export { LibraryError, type LibraryErrorCode, toLibraryError } from './errors';
export * from './formats';
export { itemFromArticle, normalizeTags, type StubFields, stubItem } from './item';
export { type SanitizeOptions, sanitizeArticleHtml } from './sanitize';
export {
  addToIndex,
  createSearchIndex,
  removeFromIndex,
  replaceInIndex,
  type SearchableItem,
  type SearchIndex,
  searchIds,
} from './search';
export {
  fromSyncShards,
  mergeSynced,
  type SyncedItem,
  type SyncMerge,
  toSyncShards,
} from './sync';
export type * from './types';
export { hostOf, libraryUrl, urlKey } from './url';
