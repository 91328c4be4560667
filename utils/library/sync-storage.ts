import { storage } from '#imports';
import type { Tombstones } from './sync';

/** The reader's choice: sync the list of saved articles through the browser's own sync (off by default). */
interface LibrarySyncPrefs {
  enabled: boolean;
}

export const librarySyncItem = storage.defineItem<LibrarySyncPrefs>('local:librarySync', {
  fallback: { enabled: false },
  version: 1,
});

/** The last sync: when, how many articles went to sync, how many did not fit, and any error. */
export interface LibrarySyncStatus {
  at: number;
  synced: number;
  dropped: number;
  error: string | null;
}

export const librarySyncStatusItem = storage.defineItem<LibrarySyncStatus | null>('local:librarySyncStatus', {
  fallback: null,
});

/**
 * Bumped after a write that changes the list (written by any extension page or the background): the
 * background watches it to push the list to sync, even when it was stopped (a storage change wakes it).
 */
export const libraryRevisionItem = storage.defineItem<number>('local:libraryRevision', { fallback: 0 });

/** Pages deleted here or on another device, kept `TOMBSTONE_DAYS` so sync never brings them back. */
export const libraryTombstonesItem = storage.defineItem<Tombstones>('local:libraryTombstones', {
  fallback: {},
  version: 1,
});
