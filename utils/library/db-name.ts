/**
 * Current schema version. 1: store `items` + indexes savedAt, site, state, tags, url. 2: + updatedAt, cards.
 * 3: content (`contentHtml`, `text`) moved to store `contents`, so listing never reads it (10,000 articles'
 * content is ~100 MB: reading it took 6 s before the first row could show).
 */
export const LIBRARY_DB_VERSION = 3;
/** The database's default name. */
export const LIBRARY_DB_NAME = 'pullquote-library';

/**
 * An index with IndexedDB's `getAllRecords` where the browser has it (Chrome 141+; not yet in TypeScript's DOM
 * types): a range's records in one request, in either direction.
 */
export type IndexWithRecords = IDBIndex & {
  getAllRecords?: (options: {
    query?: IDBValidKey | IDBKeyRange | null;
    count?: number;
    direction?: IDBCursorDirection;
  }) => IDBRequest<Array<{ key: IDBValidKey; primaryKey: IDBValidKey; value: unknown }>>;
};
