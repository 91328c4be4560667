import type { Ref } from 'preact';
import type { LibraryFilters as Filters } from '@/hooks/use-library-view';
import { formatNumber, t } from '@/utils/i18n';
import type { SortOrder, StateFilter } from '@/utils/library/list';

const STATES: Array<{ value: StateFilter; label: () => string }> = [
  { value: 'all', label: () => t('libraryFilterAll') },
  { value: 'unread', label: () => t('libraryFilterUnread') },
  { value: 'archived', label: () => t('libraryFilterArchived') },
  { value: 'favourites', label: () => t('libraryFilterFavourites') },
];

interface Facet {
  value: string;
  count: number;
}

/** Search, the state filter, the tag and site facets and the sort order. */
export function LibraryFilters(props: {
  filters: Filters;
  tags: Facet[];
  sites: Facet[];
  /** Search results are ranked by relevance, so the sort order does not apply. */
  ranked: boolean;
  /** The full-text index is still being built (search looks at titles until it is). */
  indexing: boolean;
  searchBox: Ref<HTMLInputElement>;
  /** ArrowDown in the search box: move to the first row. */
  onToRows: () => boolean;
}) {
  const { filters } = props;
  return (
    <section class="library__controls" aria-label={t('librarySearchLabel')}>
      <label class="library__search">
        <span class="visually-hidden">{t('librarySearchLabel')}</span>
        <input
          ref={props.searchBox}
          class="field__input"
          type="search"
          placeholder={t('librarySearchPlaceholder')}
          value={filters.query}
          onInput={(event) => filters.setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') filters.setQuery('');
            if (event.key === 'ArrowDown' && props.onToRows()) event.preventDefault();
          }}
        />
      </label>
      {filters.query.trim() !== '' && props.indexing && (
        <span class="library__muted">{t('libraryIndexing')}</span>
      )}
      <fieldset class="segmented">
        <legend class="visually-hidden">{t('libraryFilterLabel')}</legend>
        {STATES.map((state) => (
          <button
            key={state.value}
            type="button"
            class="segmented__option"
            aria-pressed={filters.state === state.value}
            onClick={() => filters.setState(state.value)}
          >
            {state.label()}
          </button>
        ))}
      </fieldset>
      <FacetSelect
        label={t('libraryTagLabel')}
        any={t('libraryTagAny')}
        facets={props.tags}
        value={filters.tag}
        onChange={filters.setTag}
      />
      <FacetSelect
        label={t('librarySiteLabel')}
        any={t('librarySiteAny')}
        facets={props.sites}
        value={filters.site}
        onChange={filters.setSite}
      />
      <label class="library__select">
        <span class="field__label">{t('librarySortLabel')}</span>
        <select
          class="field__input"
          value={filters.sort}
          disabled={props.ranked}
          title={props.ranked ? t('librarySortRelevance') : undefined}
          onChange={(event) => filters.setSort(event.currentTarget.value as SortOrder)}
        >
          <option value="newest">{t('librarySortNewest')}</option>
          <option value="oldest">{t('librarySortOldest')}</option>
          <option value="title">{t('librarySortTitle')}</option>
          <option value="site">{t('librarySortSite')}</option>
        </select>
      </label>
    </section>
  );
}

/** A select of a facet's values, each with how many items have it. */
function FacetSelect(props: {
  label: string;
  any: string;
  facets: Facet[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label class="library__select">
      <span class="field__label">{props.label}</span>
      <select
        class="field__input"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{props.any}</option>
        {props.facets.map((entry) => (
          <option key={entry.value} value={entry.value}>
            {t('libraryFacetOption', [entry.value, formatNumber(entry.count)])}
          </option>
        ))}
      </select>
    </label>
  );
}
