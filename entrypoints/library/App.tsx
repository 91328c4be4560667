import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type ExportFormat, ExportMenu } from '@/components/library/ExportMenu';
import { FetchProgressPanel } from '@/components/library/FetchProgressPanel';
import { LibraryList } from '@/components/library/LibraryList';
import { downloadFile } from '@/utils/browser/download';
import { errorText as errorMessage, formatNumber, localizedText, t, tPlural, uiLanguage } from '@/utils/i18n';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import type { Library } from '@/utils/library/db';
import { type EarlyRows, FIRST_SCREEN_ROWS } from '@/utils/library/early';
import { LibraryError } from '@/utils/library/errors';
import { normalizeTags } from '@/utils/library/item';
import { type FetchProgress, failedTotal, fetchProgressItem, IDLE_FETCH } from '@/utils/library/progress';
import type { LibraryItem, LibraryRow } from '@/utils/library/types';
import { importFile } from '@/utils/library/ui/import-file';
import { isTextField } from '@/utils/library/ui/keys';
import {
  exportFileName,
  facetCounts,
  type ListRow,
  quickMatch,
  type SortOrder,
  type StateFilter,
  selectRows,
  toListRow,
} from '@/utils/library/ui/list';
import { SearchKeeper } from '@/utils/library/ui/search-keeper';
import { afterNextPaint, WORK_SLICE_MS, yieldToMain } from '@/utils/library/ui/yield';
import { hostOf } from '@/utils/library/url';
import { sendMessage } from '@/utils/messages';
import { readerPage } from '@/utils/routes';
import { formatTime } from '@/utils/time';

export interface LibraryAppProps {
  /** Opens the library database (fake-indexeddb in tests). */
  openDb?: () => Promise<Library>;
  /** The first screen of rows, read before the page's code loaded (library-early.js), or null. */
  earlyRows?: Promise<EarlyRows | null>;
  /** The same, when it had already arrived by the time the page rendered. */
  initialRows?: EarlyRows | null;
  /** Asks the background to fetch content for pending items (all, or these ids). */
  fetchPending?: (ids?: string[]) => Promise<unknown>;
  /** Where "open in reader" goes (tests record it). */
  navigate?: (href: string) => void;
  /** Items whose text is read per batch while indexing (each batch is indexed in ~8 ms slices). */
  indexBatch?: number;
}

type Status = { text: string; error: boolean } | null;

/** Import and export code (papaparse, fflate, every format): loaded when first used, not before the list paints. */
const loadFormats = () => import('@/utils/library/formats');

/**
 * At most one reload per this many ms while the background fetches: each re-reads every row (never the
 * content), and a 10,000 link import changes progress hundreds of times.
 */
const REFRESH_INTERVAL_MS = 3000;
/**
 * An import of more links than this asks before the background fetches their pages (issue 15, finding 6):
 * hundreds of requests to as many sites is not something to start without the reader's yes.
 */
export const FETCH_WITHOUT_ASKING = 5;

/** No export is larger: a bigger file is refused before it is read into the page's memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Rows read per IndexedDB request when loading the whole list (~10 ms of work each). */
const ROW_SLICE = 1000;

/** Every row, read in slices with a yield between them so no task holds the page long. */
async function readAllRows(lib: Library): Promise<LibraryRow[]> {
  const rows: LibraryRow[] = [];
  for (;;) {
    const last = rows[rows.length - 1];
    const slice = await lib.listRows({ after: last?.id, limit: ROW_SLICE });
    for (const row of slice) rows.push(row);
    if (slice.length < ROW_SLICE) return rows;
    await yieldToMain();
  }
}

function defaultFetchPending(ids?: string[]) {
  return sendMessage('libraryFetchPending', ids ? { ids } : {});
}

function errorText(error: unknown): string {
  if (error instanceof LibraryError && error.code === 'quota') return t('libraryErrorQuota');
  return t('libraryErrorWrite', errorMessage(error));
}

const FILTERS: Array<{ value: StateFilter; label: () => string }> = [
  { value: 'all', label: () => t('libraryFilterAll') },
  { value: 'unread', label: () => t('libraryFilterUnread') },
  { value: 'archived', label: () => t('libraryFilterArchived') },
  { value: 'favourites', label: () => t('libraryFilterFavourites') },
];

/**
 * The library page: every saved article in a virtualized list with search, filters, sort, bulk actions,
 * keyboard control, import/export and the background's fetch progress. Reads and writes IndexedDB itself
 * (same extension origin); only fetching content goes through the background.
 */
export function App(props: LibraryAppProps) {
  const fetchPending = props.fetchPending ?? defaultFetchPending;
  const navigate = props.navigate ?? ((href: string) => location.assign(href));
  const indexBatch = props.indexBatch ?? 100;

  const [library, setLibrary] = useState<Library | null>(null);
  // The first screen read by library-early.js: in the very first render when it was already there.
  const [rows, setRows] = useState<ListRow[] | null>(() => props.initialRows?.rows ?? null);
  // Until every row is read, `rows` is the first screen and the count comes from the database.
  const [complete, setComplete] = useState(() => (props.initialRows?.count ?? null) !== null);
  const [storedCount, setStoredCount] = useState<number | null>(() => props.initialRows?.count ?? null);
  // Or as soon as it arrives, even before this page's own database connection is open. A layout effect,
  // not an effect: those wait for a frame to be painted first.
  const earlyRows = props.earlyRows;
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
  }, [earlyRows]);
  const [openError, setOpenError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  const [tag, setTag] = useState('');
  const [site, setSite] = useState('');
  const [sort, setSort] = useState<SortOrder>('newest');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [importing, setImporting] = useState<{ done: number; total: number } | null>(null);
  // The links an import left without content, waiting for the reader's yes before they are fetched.
  const [askFetch, setAskFetch] = useState<{ ids: string[]; sites: number } | null>(null);
  const [progress, setProgress] = useState<FetchProgress>(IDLE_FETCH);
  const [bulkTag, setBulkTag] = useState('');
  // Bumped when the index changes, so search results recompute.
  const [indexVersion, setIndexVersion] = useState(0);
  const keeperRef = useRef(new SearchKeeper());
  const indexing = useRef(false);
  const closed = useRef(false);
  const reloads = useRef(0);
  const queryRef = useRef('');
  const searchBox = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const firstPaintMarked = useRef(false);
  const searchMarked = useRef<string | null>(null);

  const report = useCallback((error: unknown) => setStatus({ text: errorText(error), error: true }), []);

  /**
   * Indexes what `sync` queued: reads a batch's texts (the next batch's while indexing this one), indexes
   * for ~8 ms, yields, and so on, so typing and scrolling stay responsive while 10,000 articles index.
   */
  const runIndexer = useCallback(
    (lib: Library) => {
      if (indexing.current) return;
      indexing.current = true;
      const keeper = keeperRef.current;
      const readTexts = (ids: string[]) => {
        const read = ids.length === 0 ? Promise.resolve(new Map<string, string | null>()) : lib.texts(ids);
        // Read ahead: when the page closes first, nobody awaits it, and its failure is expected.
        read.catch(() => {});
        return read;
      };
      void (async () => {
        let batch = keeper.take(indexBatch);
        let texts = readTexts(batch.map((entry) => entry.id));
        while (batch.length > 0 && !closed.current) {
          const got = await texts;
          const next = keeper.pending > 0 ? keeper.take(indexBatch) : [];
          texts = readTexts(next.map((entry) => entry.id));
          let index = 0;
          while (index < batch.length && !closed.current) {
            const start = performance.now();
            do {
              const entry = batch[index++];
              // Not there any more: deleted since the rows were read.
              if (entry && got.has(entry.id)) keeper.add(entry, got.get(entry.id) ?? null);
            } while (index < batch.length && performance.now() - start < WORK_SLICE_MS);
            if (index < batch.length) await yieldToMain();
          }
          keeper.done(batch.length);
          // Re-rank only when someone is searching, or when the index just became complete.
          if (queryRef.current.trim() !== '' || keeper.ready) setIndexVersion((version) => version + 1);
          batch = next;
          if (batch.length > 0) await yieldToMain();
        }
        if (batch.length > 0) keeper.done(batch.length);
      })()
        .catch(() => {
          // The database closed (page leaving) or failed: search falls back to titles until the next sync.
        })
        .finally(() => {
          indexing.current = false;
          // Rows synced while the last batch was finishing.
          if (!closed.current && keeperRef.current.pending > 0) runIndexerRef.current?.(lib);
        });
    },
    [indexBatch],
  );
  const runIndexerRef = useRef(runIndexer);
  runIndexerRef.current = runIndexer;

  /** Reads every row (never the content) and queues what changed for indexing. */
  const reload = useCallback(
    async (lib: Library) => {
      const generation = ++reloads.current;
      const all = await readAllRows(lib);
      // A newer reload started meanwhile: its rows are at least as fresh.
      if (generation !== reloads.current || closed.current) return;
      setRows(all);
      setComplete(true);
      setStoredCount(all.length);
      keeperRef.current.sync(all);
      if (keeperRef.current.pending > 0) runIndexer(lib);
      else setIndexVersion((version) => version + 1);
    },
    [runIndexer],
  );

  // Open the database, show the newest rows at once, then read the rest.
  useEffect(() => {
    let lib: Library | null = null;
    closed.current = false;
    (props.openDb ?? openBrowserLibrary)()
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
        setOpenError(t('libraryErrorOpen', errorMessage(error)));
        setRows([]);
      });
    return () => {
      closed.current = true;
      lib?.close();
    };
  }, [props.openDb, reload]);

  // The background's fetch progress; its writes land in the same database, so refresh (throttled).
  useEffect(() => {
    if (!library) return;
    // Coalesces a burst of changes (at least 300 ms) and waits a full interval after the last reload.
    let last = performance.now();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = {
      call() {
        if (timer !== null) return;
        const wait = Math.max(300, last + REFRESH_INTERVAL_MS - performance.now());
        timer = setTimeout(() => {
          timer = null;
          last = performance.now();
          void reload(library).catch(report);
        }, wait);
      },
      cancel() {
        if (timer !== null) clearTimeout(timer);
        timer = null;
      },
    };
    void fetchProgressItem.getValue().then(setProgress);
    const unwatch = fetchProgressItem.watch((next) => {
      setProgress(next ?? IDLE_FETCH);
      refresh.call();
    });
    // Back from a reader tab: pick up its changes (state, tags, deletes).
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh.call();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      unwatch();
      document.removeEventListener('visibilitychange', onVisible);
      refresh.cancel();
    };
  }, [library, reload, report]);

  // "/" focuses search from anywhere but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target))
        return;
      event.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  queryRef.current = query;
  const usingIndex = keeperRef.current.ready;
  // indexVersion stands for the index's contents (a ref): a new version means new results.
  const ranked = useMemo(() => {
    if (query.trim() === '' || !rows) return null;
    return usingIndex ? keeperRef.current.search(query) : quickMatch(rows, query);
  }, [query, rows, usingIndex, indexVersion]);

  const visible = useMemo(
    () => (rows ? selectRows(rows, { state: stateFilter, tag, site, sort, ranked }) : []),
    [rows, stateFilter, tag, site, sort, ranked],
  );
  const tags = useMemo(() => facetCounts((rows ?? []).flatMap((row) => row.tags)), [rows]);
  const sites = useMemo(() => facetCounts((rows ?? []).map((row) => row.site)), [rows]);
  const byId = useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
  const formatDate = useMemo(() => {
    const language = uiLanguage();
    return (epochMs: number) => formatTime(epochMs, language);
  }, []);

  // Timing marks for the benchmark and readiness for the end-to-end tests.
  useLayoutEffect(() => {
    if (rows === null || firstPaintMarked.current) return;
    firstPaintMarked.current = true;
    // Right after the frame that shows the first rows has been painted.
    void afterNextPaint().then(() => {
      performance.mark('library:first-paint');
      document.documentElement.dataset.ready = 'true';
    });
  }, [rows]);
  useEffect(() => {
    if (usingIndex) document.documentElement.dataset.indexReady = 'true';
    if (rows === null || (!usingIndex && query.trim() !== '') || searchMarked.current === query) return;
    searchMarked.current = query;
    document.documentElement.dataset.searchQuery = query;
    performance.mark(`library:search:${query}`);
  }, [visible, usingIndex, query, rows]);

  // Keep the selection to items that still exist.
  useEffect(() => {
    if (selected.size === 0) return;
    const kept = [...selected].filter((id) => byId.has(id));
    if (kept.length !== selected.size) setSelected(new Set(kept));
  }, [byId, selected]);

  /** Applies `patch(row)` to each item, each in its own read-modify-write transaction (never clobbers). */
  const updateRows = async (ids: readonly string[], patch: (row: ListRow) => Partial<LibraryItem>) => {
    if (!library || ids.length === 0) return;
    const now = Date.now();
    const results = await Promise.allSettled(
      ids.map((id) => {
        const row = byId.get(id);
        return row ? library.update(id, { ...patch(row), updatedAt: now }) : Promise.resolve(null);
      }),
    );
    const updated = new Map<string, ListRow>();
    let failure: unknown = null;
    for (const result of results) {
      if (result.status === 'fulfilled' && result.value)
        updated.set(result.value.id, toListRow(result.value));
      else if (result.status === 'rejected') failure ??= result.reason;
    }
    setRows((current) => current?.map((row) => updated.get(row.id) ?? row) ?? current);
    if (failure) report(failure);
  };

  const toggleArchive = (row: ListRow) =>
    void updateRows([row.id], (current) => ({ state: current.state === 'archived' ? 'unread' : 'archived' }));
  const toggleFavourite = (row: ListRow) =>
    void updateRows([row.id], (current) => ({ favourite: !current.favourite }));
  const toggleSelect = (row: ListRow) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(row.id)) next.delete(row.id);
      else next.add(row.id);
      return next;
    });

  const deleteIds = async (ids: readonly string[]) => {
    if (!library || ids.length === 0) return;
    if (!window.confirm(tPlural('libraryConfirmDelete', ids.length))) return;
    try {
      await library.delete(ids);
      const gone = new Set(ids);
      setRows((current) => current?.filter((row) => !gone.has(row.id)) ?? current);
      setSelected((current) => new Set([...current].filter((id) => !gone.has(id))));
      setStatus({ text: tPlural('libraryDeleted', ids.length), error: false });
      await reload(library);
    } catch (error) {
      report(error);
    }
  };

  const selectedIds = [...selected];
  const allVisibleSelected = visible.length > 0 && visible.every((row) => selected.has(row.id));

  const onImport = async (file: File) => {
    if (!library) return;
    setStatus(null);
    if (file.size > MAX_IMPORT_BYTES) {
      const megabytes = (bytes: number) => formatNumber(Math.ceil(bytes / (1024 * 1024)));
      setStatus({
        text: t(
          'libraryImportFailed',
          t('importErrorFileTooLarge', [megabytes(file.size), megabytes(MAX_IMPORT_BYTES)]),
        ),
        error: true,
      });
      return;
    }
    setImporting({ done: 0, total: 1 });
    // Reading the file, loading the parser and parsing can all fail: each inside the try, so the page never
    // stays on "Importing…" with the file input disabled (issue 15, finding 10).
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Let the progress bar paint before parsing (a 10,000 row file takes a moment).
      await yieldToMain();
      let shown = -1;
      const { result, plan } = await importFile(library, file.name, bytes, {
        parse: async (name, data) =>
          (await loadFormats()).parseImportAsync(name, data, { pause: yieldToMain }),
        pause: yieldToMain,
        readRows: readAllRows,
        now: Date.now(),
        onPlanned: (total) => setImporting({ done: 0, total }),
        onWritten: (done, total) => {
          // A state update per percent, not per item: 10,000 items would be 10,000 renders.
          const percent = Math.floor((done / Math.max(1, total)) * 100);
          if (percent !== shown) {
            shown = percent;
            setImporting({ done, total });
          }
        },
      });
      if (!result.ok || !plan) {
        setStatus({
          text: t(
            'libraryImportFailed',
            result.ok ? '' : result.localized ? localizedText(result.localized) : result.error,
          ),
          error: true,
        });
        return;
      }
      const repaired = result.repairedDates
        ? ` ${t('libraryImportRepairedDates', formatNumber(result.repairedDates))}`
        : '';
      setStatus({
        text: `${tPlural('libraryImported', result.items.length)} ${t('libraryImportedDetail', [
          formatNumber(plan.added),
          formatNumber(plan.merged),
          formatNumber(plan.unchanged),
        ])}${repaired}`,
        error: false,
      });
      await reload(library);
      if (plan.pending.length > FETCH_WITHOUT_ASKING) {
        const pending = new Set(plan.pending);
        const sites = new Set(
          result.items.filter((item) => pending.has(item.id)).map((item) => hostOf(item.url)),
        );
        setAskFetch({ ids: plan.pending, sites: sites.size });
      } else if (plan.pending.length > 0) {
        startFetch(plan.pending);
      }
    } catch (error) {
      setStatus({ text: t('libraryImportFailed', errorMessage(error)), error: true });
    } finally {
      setImporting(null);
    }
  };

  const startFetch = (ids: string[]) => {
    setAskFetch(null);
    fetchPending(ids).catch((error: unknown) => setStatus({ text: errorMessage(error), error: true }));
  };

  const onExport = async (format: ExportFormat, only: ReadonlySet<string> | null) => {
    if (!library) return;
    try {
      const [all, { exportLibraryJson, exportMarkdownZip, exportNetscapeBookmarks, exportPocketCsv }] =
        await Promise.all([library.all(), loadFormats()]);
      const items = only ? all.filter((item) => only.has(item.id)) : all;
      const now = new Date();
      switch (format) {
        case 'json':
          downloadFile(
            exportFileName('json', now),
            exportLibraryJson(items, now.getTime()),
            'application/json',
          );
          break;
        case 'pocket':
          downloadFile(exportFileName('csv', now), exportPocketCsv(items), 'text/csv');
          break;
        case 'bookmarks':
          downloadFile(exportFileName('html', now), exportNetscapeBookmarks(items), 'text/html');
          break;
        case 'markdown': {
          const zip = exportMarkdownZip(items);
          downloadFile(exportFileName('zip', now), zip.slice().buffer, 'application/zip');
          break;
        }
      }
      setStatus({ text: tPlural('libraryExported', items.length), error: false });
    } catch (error) {
      report(error);
    }
  };

  const onClear = async () => {
    if (!library || !rows) return;
    if (!window.confirm(tPlural('libraryConfirmClear', total))) return;
    try {
      await library.clear();
      setSelected(new Set());
      await reload(library);
      setStatus({ text: t('libraryCleared'), error: false });
    } catch (error) {
      report(error);
    }
  };

  const onRetry = (listed: string[]) => {
    // The progress lists only the latest failures; the library marks every one of them.
    const ids =
      failedTotal(progress) > listed.length && complete && rows
        ? rows.filter((row) => row.fetchState === 'failed').map((row) => row.id)
        : listed;
    fetchPending(ids).catch((error: unknown) => setStatus({ text: errorMessage(error), error: true }));
  };

  const total = complete ? (rows?.length ?? 0) : (storedCount ?? rows?.length ?? 0);
  const filtered = query.trim() !== '' || stateFilter !== 'all' || tag !== '' || site !== '';

  return (
    <main class="library" data-state={rows === null ? 'loading' : 'ready'}>
      <header class="library__header">
        <div class="library__heading">
          <h1>{t('libraryTitle')}</h1>
          {rows !== null && (
            <span class="library__count" data-testid="library-count">
              {tPlural('libraryCount', total)}
              {filtered && ` · ${t('libraryShowing', [formatNumber(visible.length), formatNumber(total)])}`}
            </span>
          )}
        </div>
        <div class="library__tools">
          <label class="library__file button">
            {t('libraryImport')}
            <input
              ref={fileInput}
              class="visually-hidden"
              type="file"
              accept=".json,.csv,.html,.htm,.zip,application/json,text/csv,text/html,application/zip"
              disabled={!library || importing !== null}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                if (file) void onImport(file).finally(() => (input.value = ''));
              }}
            />
          </label>
          <ExportMenu
            label={t('libraryExport')}
            disabled={!library || total === 0}
            onExport={(format) => void onExport(format, null)}
          />
        </div>
      </header>
      <p class="library__hint">{t('libraryImportHint')}</p>

      <div class="library__messages">
        <div role="alert" class="library__alert" data-testid="library-alert">
          {(openError ?? (status?.error ? status.text : null)) && (
            <p class="library__error">
              {openError ?? status?.text}{' '}
              {!openError && (
                <button type="button" class="link-button" onClick={() => setStatus(null)}>
                  {t('libraryDismiss')}
                </button>
              )}
            </p>
          )}
        </div>
        <p role="status" class="library__status" data-testid="library-status">
          {status && !status.error ? status.text : ''}
          {importing && (
            <>
              {t('libraryImporting')}{' '}
              <progress
                max={Math.max(1, importing.total)}
                value={importing.done}
                aria-label={t('libraryImporting')}
              />
            </>
          )}
        </p>
      </div>

      {askFetch && (
        <section class="library__ask" aria-labelledby="import-fetch-ask-title" data-testid="import-fetch-ask">
          <h2 id="import-fetch-ask-title">{t('libraryFetchAskTitle')}</h2>
          <p>
            <strong>
              {t('libraryFetchAskCounts', [formatNumber(askFetch.ids.length), formatNumber(askFetch.sites)])}
            </strong>
          </p>
          <p>{t('libraryFetchAskDetail')}</p>
          <p class="library__ask-actions">
            <button type="button" class="button button--primary" onClick={() => startFetch(askFetch.ids)}>
              {t('libraryFetchAskYes')}
            </button>
            <button type="button" class="button" onClick={() => setAskFetch(null)}>
              {t('libraryFetchAskNo')}
            </button>
          </p>
        </section>
      )}

      <FetchProgressPanel progress={progress} onRetry={onRetry} />

      <section class="library__controls" aria-label={t('librarySearchLabel')}>
        <label class="library__search">
          <span class="visually-hidden">{t('librarySearchLabel')}</span>
          <input
            ref={searchBox}
            class="field__input"
            type="search"
            placeholder={t('librarySearchPlaceholder')}
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setQuery('');
              if (event.key === 'ArrowDown' && visible[0]) {
                event.preventDefault();
                setActiveId(visible[0].id);
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLElement>('.lib-row[tabindex="0"]')
                    ?.focus({ preventScroll: true }),
                );
              }
            }}
          />
        </label>
        {query.trim() !== '' && !usingIndex && <span class="library__muted">{t('libraryIndexing')}</span>}
        <fieldset class="segmented">
          <legend class="visually-hidden">{t('libraryFilterLabel')}</legend>
          {FILTERS.map((filter) => (
            <button
              key={filter.value}
              type="button"
              class="segmented__option"
              aria-pressed={stateFilter === filter.value}
              onClick={() => setStateFilter(filter.value)}
            >
              {filter.label()}
            </button>
          ))}
        </fieldset>
        <label class="library__select">
          <span class="field__label">{t('libraryTagLabel')}</span>
          <select class="field__input" value={tag} onChange={(event) => setTag(event.currentTarget.value)}>
            <option value="">{t('libraryTagAny')}</option>
            {tags.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {t('libraryFacetOption', [entry.value, formatNumber(entry.count)])}
              </option>
            ))}
          </select>
        </label>
        <label class="library__select">
          <span class="field__label">{t('librarySiteLabel')}</span>
          <select class="field__input" value={site} onChange={(event) => setSite(event.currentTarget.value)}>
            <option value="">{t('librarySiteAny')}</option>
            {sites.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {t('libraryFacetOption', [entry.value, formatNumber(entry.count)])}
              </option>
            ))}
          </select>
        </label>
        <label class="library__select">
          <span class="field__label">{t('librarySortLabel')}</span>
          <select
            class="field__input"
            value={sort}
            disabled={ranked !== null}
            title={ranked !== null ? t('librarySortRelevance') : undefined}
            onChange={(event) => setSort(event.currentTarget.value as SortOrder)}
          >
            <option value="newest">{t('librarySortNewest')}</option>
            <option value="oldest">{t('librarySortOldest')}</option>
            <option value="title">{t('librarySortTitle')}</option>
            <option value="site">{t('librarySortSite')}</option>
          </select>
        </label>
      </section>

      <div class="library__listbar">
        <label class="check">
          <input
            type="checkbox"
            checked={allVisibleSelected}
            disabled={visible.length === 0}
            onChange={() =>
              setSelected(
                allVisibleSelected ? new Set() : new Set([...selected, ...visible.map((row) => row.id)]),
              )
            }
          />
          {t('librarySelectAll')}
        </label>
        {selected.size > 0 && (
          <section class="bulk" aria-label={t('libraryBulkActions')} data-testid="bulk-actions">
            <strong>{tPlural('librarySelectedCount', selected.size)}</strong>
            <button
              type="button"
              class="button button--small"
              onClick={() => void updateRows(selectedIds, () => ({ state: 'archived' }))}
            >
              {t('libraryArchive')}
            </button>
            <button
              type="button"
              class="button button--small"
              onClick={() => void updateRows(selectedIds, () => ({ state: 'unread' }))}
            >
              {t('libraryUnarchive')}
            </button>
            <button
              type="button"
              class="button button--small"
              onClick={() => void updateRows(selectedIds, () => ({ favourite: true }))}
            >
              {t('libraryFavourite')}
            </button>
            <form
              class="bulk__tag"
              onSubmit={(event) => {
                event.preventDefault();
                const name = bulkTag.trim();
                if (name === '') return;
                void updateRows(selectedIds, (row) => ({ tags: normalizeTags([...row.tags, name]) })).then(
                  () => setBulkTag(''),
                );
              }}
            >
              <label>
                <span class="visually-hidden">{t('libraryBulkTagLabel')}</span>
                <input
                  class="field__input field__input--small"
                  value={bulkTag}
                  placeholder={t('libraryBulkTagLabel')}
                  onInput={(event) => setBulkTag(event.currentTarget.value)}
                />
              </label>
              <button type="submit" class="button button--small">
                {t('libraryBulkAddTag')}
              </button>
            </form>
            <ExportMenu
              label={t('libraryBulkExport')}
              onExport={(format) => void onExport(format, new Set(selected))}
            />
            <button
              type="button"
              class="button button--small button--danger"
              onClick={() => void deleteIds(selectedIds)}
            >
              {t('libraryBulkDelete')}
            </button>
            <button type="button" class="link-button" onClick={() => setSelected(new Set())}>
              {t('libraryBulkClear')}
            </button>
          </section>
        )}
      </div>

      {rows === null ? (
        <p class="library__empty">{t('libraryLoading')}</p>
      ) : total === 0 && !openError ? (
        <p class="library__empty" data-testid="library-empty">
          {t('libraryEmpty')}
        </p>
      ) : visible.length === 0 ? (
        <p class="library__empty">{t('libraryNoMatches')}</p>
      ) : (
        <LibraryList
          rows={visible}
          totalRows={!complete && !filtered && sort === 'newest' ? total : undefined}
          selected={selected}
          activeId={activeId}
          formatDate={formatDate}
          onActiveChange={setActiveId}
          onToggleSelect={toggleSelect}
          onArchive={toggleArchive}
          onFavourite={toggleFavourite}
          onOpen={(row) => navigate(readerPage(row.id))}
          onDelete={(row) => void deleteIds(selected.size > 0 ? selectedIds : [row.id])}
        />
      )}
      <p class="library__keys">{t('libraryKeyboardHelp')}</p>

      <section class="danger" aria-labelledby="danger-heading">
        <h2 id="danger-heading">{t('libraryDangerZone')}</h2>
        <p>{t('libraryClearHint')}</p>
        <button
          type="button"
          class="button button--danger"
          disabled={!library || total === 0}
          onClick={() => void onClear()}
        >
          {t('libraryClear')}
        </button>
      </section>
    </main>
  );
}
