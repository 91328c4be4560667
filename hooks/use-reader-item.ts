import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, t } from '@/utils/i18n';
import type { FeedListener } from '@/utils/library/change-feed';
import type { Library } from '@/utils/library/db';
import type { LibraryItem } from '@/utils/library/types';
import type { Status } from './use-status';

export type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ready' };

/** Opens the database and the item `id` (null: the URL named none). */
export function useReaderItem(id: string | null, openDb: () => Promise<Library>) {
  const [library, setLibrary] = useState<Library | null>(null);
  const [item, setItem] = useState<LibraryItem | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let lib: Library | null = null;
    let cancelled = false;
    if (id === null) {
      setLoad({ state: 'missing' });
      return;
    }
    openDb()
      .then(async (opened) => {
        lib = opened;
        if (cancelled) return opened.close();
        setLibrary(opened);
        const found = await opened.get(id);
        if (!found) return setLoad({ state: 'missing' });
        setItem(found);
        setLoad({ state: 'ready' });
      })
      .catch((error: unknown) =>
        setLoad({ state: 'error', message: t('libraryErrorOpen', errorText(error)) }),
      );
    return () => {
      cancelled = true;
      lib?.close();
    };
  }, [id, openDb]);
  return { library, item, setItem, load };
}

/**
 * Fetching a page the library has no text for: the reader's "Fetch now", and at once when it opens an
 * item never fetched here (synced from another device, or imported). Until it is fetched, each write of
 * it the change feed reports (the background's fetch) reads the item again.
 */
export function useItemFetch(
  library: Library | null,
  item: LibraryItem | null,
  setItem: (item: LibraryItem) => void,
  deps: {
    fetchPending: (ids: string[]) => Promise<unknown>;
    watchChanges: (listener: FeedListener) => () => void;
    setStatus: (status: Status) => void;
    report: (error: unknown) => void;
  },
) {
  const { fetchPending, watchChanges, setStatus, report } = deps;
  const [fetching, setFetching] = useState(false);
  useEffect(() => {
    if (!library || !item || item.fetchState === 'ok') return;
    let live = true;
    const unwatch = watchChanges((message) => {
      if (message.kind === 'items' && !message.written.includes(item.id)) return;
      void library.get(item.id).then((fresh) => {
        if (live && fresh && (fresh.fetchState !== item.fetchState || fresh.updatedAt !== item.updatedAt)) {
          setItem(fresh);
          if (fresh.fetchState !== 'pending') setFetching(false);
        }
      }, report);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [library, item, report, setItem, watchChanges]);

  const start = (id: string) => {
    setFetching(true);
    fetchPending([id]).catch((error: unknown) => {
      setFetching(false);
      setStatus({ text: errorText(error), error: true });
    });
  };
  const fetchNow = (id: string) => {
    setStatus(null);
    start(id);
  };

  const autoFetched = useRef(false);
  const pendingId = item?.fetchState === 'pending' && !item.contentHtml ? item.id : null;
  useEffect(() => {
    if (pendingId === null || autoFetched.current) return;
    autoFetched.current = true;
    start(pendingId);
  }, [pendingId, fetchPending]);

  return { fetching, fetchNow };
}
