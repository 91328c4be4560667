import { libraryFeed } from './change-feed';
import { type Library, type LibraryChange, openLibrary } from './db';
import { mergeTombstones, pruneTombstones } from './sync';
import { libraryRevisionItem, librarySyncItem, libraryTombstonesItem } from './sync-storage';

/** Fields `storage.sync` carries: an update that touches none of them (reading progress) changes nothing there. */
const SYNCED_FIELDS = new Set(['url', 'title', 'savedAt', 'updatedAt', 'state', 'tags']);

// One change at a time per page, so two deletions in a row both reach the tombstones.
let queue: Promise<void> = Promise.resolve();

/** Records a committed write for sync (only while sync is on): deletions as tombstones, and a new revision. */
export function noteLibraryChange(change: LibraryChange, now = Date.now()): Promise<void> {
  if (change.fields && !change.fields.some((field) => SYNCED_FIELDS.has(field))) return queue;
  queue = queue
    .then(async () => {
      if (!(await librarySyncItem.getValue()).enabled) return;
      if (change.removed.length > 0) {
        const deleted = Object.fromEntries(change.removed.map((id) => [id, now]));
        const current = await libraryTombstonesItem.getValue();
        await libraryTombstonesItem.setValue(pruneTombstones(mergeTombstones(current, deleted), now));
      }
      await libraryRevisionItem.setValue(now);
    })
    .catch(() => {
      // Sync is best effort; the write itself has landed.
    });
  return queue;
}

/**
 * The library, telling sync and the other extension contexts (the change feed, `change-feed.ts`) about
 * every write it commits. For extension pages and the background.
 */
export function openBrowserLibrary(): Promise<Library> {
  return openLibrary(undefined, undefined, {
    onCommit: (change) => {
      libraryFeed().post(change);
      void noteLibraryChange(change);
    },
  });
}
