import { useRef, useState } from 'preact/hooks';
import { errorText } from '@/utils/i18n';
import type { FeedListener } from '@/utils/library/change-feed';
import type { Library } from '@/utils/library/db';
import { failedTotal } from '@/utils/library/fetch-progress';
import { useFetchProgress } from './use-fetch-progress';
import { useImport } from './use-import';
import { useLibraryActions } from './use-library-actions';
import { type EarlyStart, useLibraryRows } from './use-library-rows';
import { useLibraryFilters, useLibraryView } from './use-library-view';
import { useSearchIndex } from './use-search-index';
import { useSelection } from './use-selection';
import { useSlashFocus } from './use-slash-focus';
import { useStatus } from './use-status';

export interface LibraryPageDeps {
  openDb: () => Promise<Library>;
  watchChanges: (listener: FeedListener) => () => void;
  fetchPending: (ids?: string[]) => Promise<unknown>;
  indexBatch: number;
}

/** The library page's state and actions, composed from its hooks; the page only lays them out. */
export function useLibraryPage(deps: LibraryPageDeps, early: EarlyStart) {
  const searchBox = useRef<HTMLInputElement>(null);
  useSlashFocus(searchBox);
  const [activeId, setActiveId] = useState<string | null>(null);
  const filters = useLibraryFilters();
  const index = useSearchIndex(deps.indexBatch, () => filters.query.trim() !== '');
  const { status, setStatus, report } = useStatus();
  const rows = useLibraryRows(
    { openDb: deps.openDb, watchChanges: deps.watchChanges, report },
    early,
    index.sync,
  );
  const { library, setRows, reload } = rows;
  const view = useLibraryView(rows.rows, filters, index);
  const selection = useSelection(view.byId);
  const progress = useFetchProgress();
  const { setSelected } = selection;
  const actions = useLibraryActions({
    library,
    byId: view.byId,
    setRows,
    setSelected,
    setStatus,
    report,
    reload,
  });
  const imports = useImport({ library, reload, fetchPending: deps.fetchPending, setStatus });

  const retry = (listed: string[]) => {
    // The progress lists only the latest failures; the library marks every one of them.
    const ids =
      failedTotal(progress) > listed.length && rows.complete && rows.rows
        ? rows.rows.filter((row) => row.fetchState === 'failed').map((row) => row.id)
        : listed;
    deps.fetchPending(ids).catch((error: unknown) => setStatus({ text: errorText(error), error: true }));
  };
  /** ArrowDown from the search box: the first shown row becomes active and takes focus. */
  const toRows = () => {
    const first = view.visible[0];
    if (!first) return false;
    setActiveId(first.id);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.lib-row[tabindex="0"]')?.focus({ preventScroll: true }),
    );
    return true;
  };

  return {
    ...rows,
    searchBox,
    filters,
    view,
    selection,
    status,
    setStatus,
    progress,
    actions,
    imports,
    activeId,
    setActiveId,
    retry,
    toRows,
  };
}
