import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  facetCounts,
  type ListRow,
  quickMatch,
  type SortOrder,
  type StateFilter,
  selectRows,
} from '@/utils/library/list';
import { afterNextPaint } from '@/utils/scheduling/yield';
import type { SearchIndex } from './use-search-index';

/** What the reader filters the list by, and the setters the filter controls call. */
export interface LibraryFilters {
  query: string;
  setQuery: (query: string) => void;
  state: StateFilter;
  setState: (state: StateFilter) => void;
  tag: string;
  setTag: (tag: string) => void;
  site: string;
  setSite: (site: string) => void;
  sort: SortOrder;
  setSort: (sort: SortOrder) => void;
}

export function useLibraryFilters(): LibraryFilters & { filtered: boolean } {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<StateFilter>('all');
  const [tag, setTag] = useState('');
  const [site, setSite] = useState('');
  const [sort, setSort] = useState<SortOrder>('newest');
  const filtered = query.trim() !== '' || state !== 'all' || tag !== '' || site !== '';
  return { query, setQuery, state, setState, tag, setTag, site, setSite, sort, setSort, filtered };
}

/**
 * The rows the list shows: searched (the full-text index once complete, titles until then), filtered and
 * sorted; the tag and site facets; the rows by id.
 */
export function useLibraryView(rows: ListRow[] | null, filters: LibraryFilters, index: SearchIndex) {
  const { query, state, tag, site, sort } = filters;
  const usingIndex = index.keeper.ready;
  // index.version stands for the index's contents (kept in the keeper): a new version means new results.
  const ranked = useMemo(() => {
    if (query.trim() === '' || !rows) return null;
    return usingIndex ? index.keeper.search(query) : quickMatch(rows, query);
  }, [query, rows, usingIndex, index.keeper, index.version]);
  const visible = useMemo(
    () => (rows ? selectRows(rows, { state, tag, site, sort, ranked }) : []),
    [rows, state, tag, site, sort, ranked],
  );
  const tags = useMemo(() => facetCounts((rows ?? []).flatMap((row) => row.tags)), [rows]);
  const sites = useMemo(() => facetCounts((rows ?? []).map((row) => row.site)), [rows]);
  const byId = useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
  useReadyMarks(rows, visible, usingIndex, query);
  return { ranked, visible, tags, sites, byId, usingIndex };
}

/** Timing marks for the benchmark and readiness for the end-to-end tests. */
function useReadyMarks(rows: ListRow[] | null, visible: ListRow[], usingIndex: boolean, query: string) {
  const firstPaintMarked = useRef(false);
  const searchMarked = useRef<string | null>(null);
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
}
