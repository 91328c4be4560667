import { t, tPlural } from '@/utils/i18n';
import { type ListRow, minutesToRead } from '@/utils/library/list';
import { readerPage } from '@/utils/routes';
import { isoTime } from '@/utils/time';

export interface LibraryRowProps {
  row: ListRow;
  /** 1-based position in the whole (filtered) list, for screen readers. */
  position: number;
  selected: boolean;
  active: boolean;
  /** The date as the reader reads it, or null when the stored time is not one a date can show. */
  formatDate: (epochMs: number) => string | null;
  onToggleSelect: (row: ListRow) => void;
  onArchive: (row: ListRow) => void;
  onFavourite: (row: ListRow) => void;
  onFocusRow: (row: ListRow) => void;
}

/** The title, linking to the reader, with a badge while its page is fetched or when fetching failed. */
function RowTitle({ row }: { row: ListRow }) {
  return (
    <div class="lib-row__title-line">
      <a class="lib-row__title" href={readerPage(row.id)} tabIndex={-1} dir="auto">
        {row.title}
      </a>
      {row.fetchState === 'pending' && <span class="badge badge--pending">{t('libraryBadgePending')}</span>}
      {row.fetchState === 'failed' && (
        <span class="badge badge--failed" title={row.fetchError}>
          {t('libraryBadgeFailed')}
        </span>
      )}
    </div>
  );
}

/** Site, author, published and saved dates, reading time and tags, on one line. */
function RowMeta({ row, formatDate }: { row: ListRow; formatDate: LibraryRowProps['formatDate'] }) {
  const minutes = minutesToRead(row);
  const savedOn = formatDate(row.savedAt);
  const savedIso = isoTime(row.savedAt);
  const publishedMs = row.publishedTime ? Date.parse(row.publishedTime) : Number.NaN;
  const publishedOn = Number.isFinite(publishedMs) ? formatDate(publishedMs) : null;
  return (
    <div class="lib-row__meta">
      <span class="lib-row__site">{row.site}</span>
      {row.byline && <span dir="auto">{row.byline}</span>}
      {publishedOn !== null && (
        <time dateTime={row.publishedTime ?? undefined} title={t('libraryPublished')}>
          {publishedOn}
        </time>
      )}
      {/* Labelled: beside the article's own date (as the popup shows it), a bare date would be ambiguous. */}
      {savedOn !== null && savedIso !== null && (
        <time dateTime={savedIso}>{t('readerSavedOn', savedOn)}</time>
      )}
      {minutes > 0 && <span>{tPlural('readingTime', minutes)}</span>}
      {row.tags.length > 0 && (
        <span class="lib-row__tags">
          {row.tags.map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}

/** Favourite and Archive: Tab stops only on the active row. */
function RowActions({ props, tabIndex }: { props: LibraryRowProps; tabIndex: number }) {
  const { row } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements: see the row in LibraryRow.
    <div role="gridcell" tabIndex={-1} class="lib-row__actions">
      <button
        type="button"
        tabIndex={tabIndex}
        class={`icon-button${row.favourite ? ' icon-button--on' : ''}`}
        aria-pressed={row.favourite}
        aria-label={t('libraryFavourite')}
        title={row.favourite ? t('libraryUnfavourite') : t('libraryFavourite')}
        onClick={() => props.onFavourite(row)}
      >
        <span aria-hidden="true">{row.favourite ? '★' : '☆'}</span>
      </button>
      <button
        type="button"
        tabIndex={tabIndex}
        class="button button--small"
        onClick={() => props.onArchive(row)}
      >
        {row.state === 'archived' ? t('libraryUnarchive') : t('libraryArchive')}
      </button>
    </div>
  );
}

/** One saved article in the library list: a grid row of fixed height (the list is virtualized). */
export function LibraryRow(props: LibraryRowProps) {
  const { row } = props;
  const archived = row.state === 'archived';
  // Roving: the active row and its Favourite and Archive buttons are Tab stops, no other row's, so Tab
  // leaves a list of 10,000 in three steps. The row's keys (f, e, arrows) work from the buttons too.
  const actionTab = props.active ? 0 : -1;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a virtualized grid moves its row window with a transform, which table rows do not take.
    <div
      role="row"
      class={`lib-row${props.active ? ' lib-row--active' : ''}${props.selected ? ' lib-row--selected' : ''}${archived ? ' lib-row--archived' : ''}`}
      aria-rowindex={props.position + 1}
      aria-selected={props.selected}
      tabIndex={props.active ? 0 : -1}
      data-row-id={row.id}
      onFocusIn={() => props.onFocusRow(row)}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: see the row above. */}
      <div role="gridcell" tabIndex={-1} class="lib-row__check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={props.selected}
          aria-label={t('librarySelectItem', row.title)}
          onChange={() => props.onToggleSelect(row)}
        />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: see the row above. */}
      <div role="gridcell" tabIndex={-1} class="lib-row__main">
        <RowTitle row={row} />
        <RowMeta row={row} formatDate={props.formatDate} />
      </div>
      <RowActions props={props} tabIndex={actionTab} />
    </div>
  );
}
