import { openBrowserLibrary } from '@/utils/library/browser-library';
import { type FeedListener, libraryFeed } from '@/utils/library/change-feed';
import type { Library } from '@/utils/library/db';
import { sendMessage } from '@/utils/messages';

/** Everything the library page asks of the world outside it: tests pass their own. */
export interface LibraryPort {
  /** Opens the library database (fake-indexeddb in tests). */
  openDb: () => Promise<Library>;
  /** Asks the background to fetch content for pending items (all, or these ids). */
  fetchPending: (ids?: string[]) => Promise<unknown>;
  /** Where "open in reader" goes (tests record it). */
  navigate: (href: string) => void;
  /** Hears the library's writes made in other contexts (the background, a reader tab); returns the unsubscribe. */
  watchChanges: (listener: FeedListener) => () => void;
  /** Items whose text is read per batch while indexing (each batch is indexed in ~8 ms slices). */
  indexBatch: number;
}

/** The extension's own: IndexedDB, the background worker, the tab's location. */
export function browserLibraryPort(openDb: () => Promise<Library> = openBrowserLibrary): LibraryPort {
  return {
    openDb,
    fetchPending: (ids) => sendMessage('libraryFetchPending', ids ? { ids } : {}),
    navigate: (href) => location.assign(href),
    watchChanges: (listener) => libraryFeed().subscribe(listener),
    indexBatch: 100,
  };
}
