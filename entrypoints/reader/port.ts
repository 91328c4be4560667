import { browser } from 'wxt/browser';
import { copyText } from '@/utils/browser/clipboard';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import { type FeedListener, libraryFeed } from '@/utils/library/change-feed';
import type { Library } from '@/utils/library/db';
import { type SanitizeOptions, sanitizeArticleHtml } from '@/utils/library/sanitize';
import { sendMessage } from '@/utils/messages';

/** Everything the reader page asks of the world outside it: tests pass their own. */
export interface ReaderPort {
  openDb: () => Promise<Library>;
  /** The sanitizer (the real one needs a real browser DOM; tests pass a stand-in). */
  sanitize: (html: string, options: SanitizeOptions) => string;
  /** Asks the background to fetch these items' pages. */
  fetchPending: (ids: string[]) => Promise<unknown>;
  /** Opens an extension page (the studio) in a new tab, by its full URL. */
  openTab: (url: string) => void;
  copyText: (text: string) => Promise<void>;
  /** Where "back to the library" goes. */
  navigate: (href: string) => void;
  /** Hears the library's writes made in other contexts (the background's fetch); returns the unsubscribe. */
  watchChanges: (listener: FeedListener) => () => void;
}

export const browserReaderPort: ReaderPort = {
  openDb: openBrowserLibrary,
  sanitize: sanitizeArticleHtml,
  fetchPending: (ids) => sendMessage('libraryFetchPending', { ids }),
  openTab: (url) => void browser.tabs.create({ url }),
  copyText,
  navigate: (href) => location.assign(href),
  watchChanges: (listener) => libraryFeed().subscribe(listener),
};
