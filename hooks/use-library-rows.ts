import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorText, t } from '@/utils/i18n';
import type { Library } from '@/utils/library/db';
import { type EarlyRows, FIRST_SCREEN_ROWS } from '@/utils/library/early';
import type { ListRow } from '@/utils/library/list';
import type { LibraryRow } from '@/utils/library/types';
import { afterNextPaint, yieldToMain } from '@/utils/scheduling/yield';

/** Rows read per IndexedDB request when loading the whole list (~10 ms of work each). */
const ROW_SLICE = 1000;

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

/**
 * The library's rows: the first screen from library-early.js or the database's newest rows at once, then
 * every row; `onReloaded` gets each full read (the search index syncs from it).
 */
export function useLibraryRows(
  openDb: () => Promise<Library>,
  early: EarlyStart,
  onReloaded: (lib: Library, rows: LibraryRow[]) => void,
): LibraryRows {
  const [library, setLibrary] = useState<Library | null>(null);
  // The first screen read by library-early.js: in the very first render when it was already there.
  const [rows, setRows] = useState<ListRow[] | null>(() => early.initialRows?.rows ?? null);
  // Until every row is read, `rows` is the first screen and the count comes from the database.
  const [complete, setComplete] = useState(() => (early.initialRows?.count ?? null) !== null);
  const [storedCount, setStoredCount] = useState<number | null>(() => early.initialRows?.count ?? null);
  const [openError, setOpenError] = useState<string | null>(null);
  const closed = useRef(false);
  const reloads = useRef(0);
  const reloaded = useRef(onReloaded);
  reloaded.current = onReloaded;

  useEarlyRows(early.earlyRows, setRows, setStoredCount, setComplete);

  const reload = useCallback(async (lib: Library) => {
    const generation = ++reloads.current;
    const all = await readAllRows(lib);
    // A newer reload started meanwhile: its rows are at least as fresh.
    if (generation !== reloads.current || closed.current) return;
    setRows(all);
    setComplete(true);
    setStoredCount(all.length);
    reloaded.current(lib, all);
  }, []);

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
        const generation = reloads.current;
        // The rows paint as soon as they are read; counting 10,000 items takes longer, and comes after.
        const counting = opened.count();
        const first = await opened.recentRows(FIRST_SCREEN_ROWS);
        performance.mark('library:first-rows');
        if (closed.current) return;
        // Unless a full reload already landed (it would be fresher).
        if (generation === reloads.current) setRows((current) => current ?? first);
        const count = await counting;
        if (closed.current) return;
        if (generation === reloads.current) {
          setStoredCount(count);
          if (first.length >= count) setComplete(true);
        }
        // Let the first screen paint before the rest of the rows are read and cloned on this thread.
        await afterNextPaint();
        await reload(opened);
      })
      .catch((error: unknown) => {
        setOpenError(t('libraryErrorOpen', errorText(error)));
        setRows(() => []);
      });
    return () => {
      closed.current = true;
      lib?.close();
    };
  }, [openDb, reload]);

  const total = complete ? (rows?.length ?? 0) : (storedCount ?? rows?.length ?? 0);
  return { library, rows, setRows, complete, total, openError, reload };
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
