import { keepPostWithArticle } from '../bluesky/library';
import type { Handlers } from '../router';
import type { Library } from './db';
import type { Saver } from './saver';

type LibraryRequest = 'librarySave' | 'libraryLookup' | 'libraryFetchPending' | 'libraryKeepPost';

export interface LibraryRequestDeps {
  saver: Saver;
  library(): Promise<Library>;
  /** Redraws the tab's toolbar badge (★ once its page is saved). */
  refreshBadge(tabId: number): Promise<void>;
}

/** The background's answers to the pages' library requests (popup, library, reader, studio). */
export function libraryRequestHandlers({
  saver,
  library,
  refreshBadge,
}: LibraryRequestDeps): Pick<Handlers, LibraryRequest> {
  return {
    librarySave: async ({ article, pageUrl, tabId }) => {
      const item = await saver.saveArticle(article, pageUrl);
      if (tabId !== undefined) void refreshBadge(tabId);
      return { ok: true, id: item.id };
    },
    libraryLookup: ({ url }) => saver.lookup(url),
    libraryFetchPending: async ({ ids }) => {
      void saver.fetchPending(ids).catch(() => {});
      return { ok: true };
    },
    libraryKeepPost: async ({ url, card }) => ({
      ok: true,
      kept: await keepPostWithArticle(await library(), saver.lookup, url, card),
    }),
  };
}
