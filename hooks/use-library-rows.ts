import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorText, t } from '@/utils/i18n';
import type { FeedListener } from '@/utils/library/change-feed';
import { applyChangedRows, PendingChanges } from '@/utils/library/changed-rows';
import type { Library } from '@/utils/library/db';
import { type EarlyRows, FIRST_SCREEN_ROWS } from '@/utils/library/early';
import type { ListRow } from '@/utils/library/list';
import type { LibraryRow } from '@/utils/library/types';
import { createRefresher } from '@/utils/scheduling/refresher';
import { afterNextPaint, yieldToMain } from '@/utils/scheduling/yield';

/** Rows read per IndexedDB request when loading the whole list (~10 ms of work each). */
const ROW_SLICE = 1000;

/**
 * The change feed's writes are applied at most once per this many ms, and never sooner than
 * `FEED_MIN_WAIT_MS` after the first of a burst: a background fetch of 10,000 links writes 10,000 times.
 */
export const FEED_INTERVAL_MS = 1000;
const FEED_MIN_WAIT_MS = 150;

/** Every row, read in slices with a yield between them so no task holds the page long. */
export async function readAllRows(lib: Library): Promise<LibraryRow[]> {
  const rows: LibraryRow[] = [];
  for (;;) {
    const last = rows[rows.length - 1];
    const slice = await lib.listRows({ after: last?.id, limit: ROW_SLICE });
    for (const row of slice) rows.push(row);
    if (slice.length < ROW_SLICE) return rows;
    await yieldToMain();
  }
}

export interface LibraryRows {
  /** The open database, once it is. */
  library: Library | null;
  /** null until the first rows are read; until `complete`, only the first screen. */
  rows: ListRow[] | null;
  setRows: (update: (current: ListRow[] | null) => ListRow[] | null) => void;
  complete: boolean;
  /** How many items the database holds (known before every row is read). */
  total: number;
  openError: string | null;
  /** Reads every row again (never the content) and hands them to `onReloaded`. */
  reload: (lib: Library) => Promise<void>;
}

export interface EarlyStart {
  /** The first screen of rows, read before the page's code loaded (library-early.js), or null. */
  earlyRows?: Promise<EarlyRows | null>;
  /** The same, when it had already arrived by the time the page rendered. */
  initialRows?: EarlyRows | null;
}

export interface RowSources {
  openDb: () => Promise<Library>;
  /** The library's writes made in other contexts (`LibraryPort.watchChanges`). */
  watchChanges: (listener: FeedListener) => () => void;
  /** Where a failed re-read is reported. */
  report: (error: unknown) => void;
}

/**
 * The library's rows: the first screen from library-early.js or the database's newest rows at once, then
 * every row; `onReloaded` gets every row after each full read and each change (the search index syncs
 * from it). Writes made elsewhere arrive on the change feed: only their rows are read again.
 */
export function useLibraryRows(
  { openDb, watchChanges, report }: RowSources,
  early: EarlyStart,
  onReloaded: (lib: Library, rows: LibraryRow[]) => void,
): LibraryRows {
  const [library, setLibrary] = useState<Library | null>(null);
  // The first screen read by library-early.js: in the very first render when it was already there.
  const [rows, setRowsState] = useState<ListRow[] | null>(() => early.initialRows?.rows ?? null);
  // The rows as last set, so a change from the feed is applied to the newest (and the index synced with them).
  const rowsNow = useRef(rows);
  const setRows = useCallback((update: (current: ListRow[] | null) => ListRow[] | null) => {
    rowsNow.current = update(rowsNow.current);
    setRowsState(rowsNow.current);
  }, []);
  // Whether a full read has landed: until then the index is not synced from a change.
  const fullyRead = useRef(false);
  const reading = useRef<Promise<void>>(Promise.resolve());
  // Until every row is read, `rows` is the first screen and the count comes from the database.
  const [complete, setComplete] = useState(() => (early.initialRows?.count ?? null) !== null);
  const [storedCount, setStoredCount] = useState<number | null>(() => early.initialRows?.count ?? null);
  const [openError, setOpenError] = useState<string | null>(null);
  const closed = useRef(false);
  const reloads = useRef(0);
  const reloaded = useRef(onReloaded);
  reloaded.current = onReloaded;

  useEarlyRows(early.earlyRows, setRows, setStoredCount, setComplete);

  // Everything the reads below share (refs and state setters: stable for the page's life).
  const reads = useMemo<RowReads>(
    () => ({ reading, reloads, closed, rowsNow, fullyRead, reloaded, setRows, setComplete, setStoredCount }),
    [setRows],
  );
  const reload = useCallback(
    (lib: Library) => {
      const run = readEverything(lib, reads);
      reading.current = run.catch(() => {});
      return run;
    },
    [reads],
  );
  const applyChanges = useCallback((lib: Library, ids: string[]) => rereadChanged(lib, ids, reads), [reads]);
  useChangeFeed(library, watchChanges, reload, applyChanges, report);

  // Open the database, show the newest rows at once, then read the rest.
  useEffect(() => {
    let lib: Library | null = null;
    closed.current = false;
    openDb()
      .then(async (opened) => {
        lib = opened;
        performance.mark('library:db-open');
        if (closed.current) return opened.close();
        setLibrary(opened);
        await showNewestThenAll(opened, reads, reload);
      })
      .catch((error: unknown) => {
        setOpenError(t('libraryErrorOpen', errorText(error)));
        setRows(() => []);
      });
    return () => {
      closed.current = true;
      lib?.close();
    };
  }, [openDb, reload, setRows]);

  const total = complete ? (rows?.length ?? 0) : (storedCount ?? rows?.length ?? 0);
  return { library, rows, setRows, complete, total, openError, reload };
}

/** The state the row reads share: refs and setters of `useLibraryRows`. */
interface RowReads {
  reading: { current: Promise<void> };
  reloads: { current: number };
  closed: { current: boolean };
  rowsNow: { current: ListRow[] | null };
  fullyRead: { current: boolean };
  reloaded: { current: (lib: Library, rows: LibraryRow[]) => void };
  setRows: LibraryRows['setRows'];
  setComplete: (complete: boolean) => void;
  setStoredCount: (count: number) => void;
}

/** Reads every row and shows them, unless a newer full read started meanwhile (its rows are at least as fresh). */
async function readEverything(lib: Library, read: RowReads): Promise<void> {
  const generation = ++read.reloads.current;
  const all = await readAllRows(lib);
  if (generation !== read.reloads.current || read.closed.current) return;
  read.fullyRead.current = true;
  read.setRows(() => all);
  read.setComplete(true);
  read.setStoredCount(all.length);
  read.reloaded.current(lib, all);
}

/** Reads the rows of `ids` again (after any full read under way) and puts them in place. */
async function rereadChanged(lib: Library, ids: string[], read: RowReads): Promise<void> {
  await read.reading.current;
  const generation = read.reloads.current;
  const fresh = await lib.rows(ids);
  // A full read started meanwhile: it began after these writes, so it has them.
  if (generation !== read.reloads.current || read.closed.current || read.rowsNow.current === null) return;
  const next = applyChangedRows(read.rowsNow.current, ids, fresh);
  read.setRows(() => next);
  if (read.fullyRead.current) {
    read.setStoredCount(next.length);
    read.reloaded.current(lib, next);
  }
}

/** Shows the newest rows at once and the count when known, then reads every row once the first screen painted. */
async function showNewestThenAll(
  opened: Library,
  read: RowReads,
  reload: (lib: Library) => Promise<void>,
): Promise<void> {
  const { closed, reloads } = read;
  const generation = reloads.current;
  // The rows paint as soon as they are read; counting 10,000 items takes longer, and comes after.
  const counting = opened.count();
  const first = await opened.recentRows(FIRST_SCREEN_ROWS);
  performance.mark('library:first-rows');
  if (closed.current) return;
  // Unless a full reload already landed (it would be fresher).
  if (generation === reloads.current) read.setRows((current) => current ?? first);
  const count = await counting;
  if (closed.current) return;
  if (generation === reloads.current) {
    read.setStoredCount(count);
    if (first.length >= count) read.setComplete(true);
  }
  // Let the first screen paint before the rest of the rows are read and cloned on this thread.
  await afterNextPaint();
  await reload(opened);
}

/**
 * Collects the feed's messages and, coalesced, re-reads what they name: every row on `all` (and after the
 * page was frozen or restored from the back/forward cache, when messages may have been missed), else only
 * the ids written or removed. One read at a time, in order.
 */
function useChangeFeed(
  library: Library | null,
  watchChanges: RowSources['watchChanges'],
  reload: (lib: Library) => Promise<void>,
  applyChanges: (lib: Library, ids: string[]) => Promise<void>,
  report: (error: unknown) => void,
) {
  useEffect(() => {
    if (!library) return;
    const pending = new PendingChanges();
    let queue = Promise.resolve();
    const flush = createRefresher(
      () => {
        queue = queue.then(() => {
          const read = pending.take();
          if (read === null) return;
          return (read.all ? reload(library) : applyChanges(library, read.ids)).catch(report);
        });
      },
      FEED_INTERVAL_MS,
      { minWaitMs: FEED_MIN_WAIT_MS },
    );
    const unwatch = watchChanges((message) => {
      pending.add(message);
      flush.call();
    });
    const missed = (event: Event) => {
      if (event.type === 'pageshow' && !(event as PageTransitionEvent).persisted) return;
      pending.add({ kind: 'all' });
      flush.call();
    };
    document.addEventListener('resume', missed);
    window.addEventListener('pageshow', missed);
    return () => {
      unwatch();
      flush.cancel();
      document.removeEventListener('resume', missed);
      window.removeEventListener('pageshow', missed);
    };
  }, [library, watchChanges, reload, applyChanges, report]);
}

/**
 * The first screen as soon as library-early.js has it, even before this page's own database connection
 * is open. A layout effect, not an effect: those wait for a frame to be painted first.
 */
function useEarlyRows(
  earlyRows: Promise<EarlyRows | null> | undefined,
  setRows: (update: (current: ListRow[] | null) => ListRow[] | null) => void,
  setStoredCount: (update: (current: number | null) => number | null) => void,
  setComplete: (complete: boolean) => void,
) {
  useLayoutEffect(() => {
    let live = true;
    void earlyRows?.then((early) => {
      if (!early || !live) return;
      setRows((current) => current ?? early.rows);
      if (early.count !== null) {
        const count = early.count;
        setStoredCount((current) => current ?? count);
        setComplete(true);
      }
    });
    return () => {
      live = false;
    };
  }, [earlyRows, setRows, setStoredCount, setComplete]);
}
