import { type IndexWithRecords, LIBRARY_DB_NAME, LIBRARY_DB_VERSION } from './db-name';
import type { LibraryRow } from './types';

/** The first screen of the list, read before the page's own code has loaded. */
export interface EarlyRows {
  rows: LibraryRow[];
  /** How many items there are, when the first screen holds them all; else null (the page counts). */
  count: number | null;
}

/** Rows on the first screen (a 2,800 px tall window), read newest first before anything else. */
export const FIRST_SCREEN_ROWS = 40;

/** Where the early read leaves its promise for the library page. */
export const EARLY_ROWS_KEY = '__pullquoteEarlyRows';
/** Where it leaves the rows themselves once read, so the page's first render can already show them. */
export const EARLY_ROWS_VALUE_KEY = '__pullquoteEarlyRowsValue';

/**
 * Reads the `limit` newest rows with plain IndexedDB (no library code), so the read
 * overlaps the loading of the page's scripts. Resolves null whenever it cannot answer on its own: no
 * database yet, an older schema (the page's own open upgrades it; this one never does), no
 * `getAllRecords` (a cursor would be slower than waiting), or any error.
 */
export function readEarlyRows(
  limit: number,
  factory: IDBFactory = globalThis.indexedDB,
  name: string = LIBRARY_DB_NAME,
): Promise<EarlyRows | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, LIBRARY_DB_VERSION);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const finish = (value: EarlyRows | null) => {
        db.close();
        resolve(value);
      };
      try {
        const tx = db.transaction('items', 'readonly');
        const index = tx.objectStore('items').index('savedAt') as IndexWithRecords;
        if (typeof index.getAllRecords !== 'function') {
          tx.abort();
          finish(null);
          return;
        }
        const read = index.getAllRecords({ count: limit, direction: 'prev' });
        // Answered as soon as the rows are there: counting 10,000 items takes longer than reading 40.
        read.onsuccess = () => {
          const rows = read.result.map((record) => record.value as LibraryRow);
          finish({ rows, count: rows.length < limit ? rows.length : null });
        };
        read.onerror = () => finish(null);
      } catch {
        finish(null);
      }
    };
  });
}
