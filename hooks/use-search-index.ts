import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Library } from '@/utils/library/db';
import { SearchKeeper } from '@/utils/library/search-keeper';
import type { LibraryRow } from '@/utils/library/types';
import { createIndexScheduler } from '@/utils/scheduling/index-scheduler';

export interface SearchIndex {
  keeper: SearchKeeper;
  /** Bumped when the index's contents change, so search results recompute. */
  version: number;
  /** Queues what changed in `rows` and indexes it in the background. */
  sync: (lib: Library, rows: readonly LibraryRow[]) => void;
}

/**
 * The library's full-text index, kept in step with the rows without ever being rebuilt. `searching` says
 * whether someone is searching now: results re-rank after each batch only then (or when the index is
 * complete).
 */
export function useSearchIndex(batch: number, searching: () => boolean): SearchIndex {
  const [keeper] = useState(() => new SearchKeeper());
  const [version, setVersion] = useState(0);
  const closed = useRef(false);
  const searchingNow = useRef(searching);
  searchingNow.current = searching;
  useEffect(() => {
    closed.current = false;
    return () => {
      closed.current = true;
    };
  }, []);

  const scheduler = useMemo(
    () =>
      createIndexScheduler({
        keeper,
        batch,
        closed: () => closed.current,
        onBatch: () => {
          if (searchingNow.current() || keeper.ready) setVersion((current) => current + 1);
        },
      }),
    [keeper, batch],
  );

  const sync = useCallback(
    (lib: Library, rows: readonly LibraryRow[]) => {
      keeper.sync(rows);
      if (keeper.pending > 0) void scheduler.run((ids) => lib.texts(ids));
      else setVersion((current) => current + 1);
    },
    [keeper, scheduler],
  );

  return { keeper, version, sync };
}
