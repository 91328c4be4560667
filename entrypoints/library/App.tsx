import { BulkBar } from '@/components/library/BulkBar';
import { DangerZone } from '@/components/library/DangerZone';
import { FetchProgressPanel } from '@/components/library/FetchProgressPanel';
import { LibraryFilters } from '@/components/library/LibraryFilters';
import { LibraryList } from '@/components/library/LibraryList';
import { FetchAskPanel, LibraryMessages } from '@/components/library/LibraryMessages';
import { LibraryToolbar } from '@/components/library/LibraryToolbar';
import { useLibraryPage } from '@/hooks/use-library-page';
import type { EarlyStart } from '@/hooks/use-library-rows';
import { t, uiLanguage } from '@/utils/i18n';
import { normalizeTags } from '@/utils/library/item';
import { readerPage } from '@/utils/routes';
import { formatTime } from '@/utils/time';
import type { LibraryPort } from './port';

export interface LibraryAppProps extends EarlyStart {
  port: LibraryPort;
}

const formatDate = (epochMs: number) => formatTime(epochMs, uiLanguage());

/**
 * The library page: every saved article in a virtualized list with search, filters, sort, bulk actions,
 * keyboard control, import/export and the background's fetch progress. Reads and writes IndexedDB itself
 * (same extension origin); only fetching content goes through the background.
 */
export function App({ port, earlyRows, initialRows }: LibraryAppProps) {
  const page = useLibraryPage(port, { earlyRows, initialRows });
  const { library, rows, total, view, actions, imports, filters } = page;
  const { selected, setSelected } = page.selection;
  const selectedIds = [...selected];
  const ask = imports.askFetch;
  return (
    <main class="library" data-state={rows === null ? 'loading' : 'ready'}>
      <LibraryToolbar
        shown={rows === null ? null : view.visible.length}
        total={total}
        filtered={filters.filtered}
        canImport={library !== null && imports.importing === null}
        canExport={library !== null && total > 0}
        onImport={imports.onImport}
        onExport={(format) => void actions.exportAs(format, null)}
      />
      <p class="library__hint">{t('libraryImportHint')}</p>
      <LibraryMessages
        openError={page.openError}
        status={page.status}
        importing={imports.importing}
        onDismiss={() => page.setStatus(null)}
      />
      {ask && (
        <FetchAskPanel ask={ask} onYes={() => imports.startFetch(ask.ids)} onNo={imports.declineFetch} />
      )}
      <FetchProgressPanel progress={page.progress} onRetry={page.retry} />
      <LibraryFilters
        filters={filters}
        tags={view.tags}
        sites={view.sites}
        ranked={view.ranked !== null}
        indexing={!view.usingIndex}
        searchBox={page.searchBox}
        onToRows={page.toRows}
      />
      <BulkBar
        selected={selected}
        visible={view.visible}
        onSelect={setSelected}
        onUpdate={(patch) => actions.updateRows(selectedIds, patch)}
        onTag={(name) =>
          actions.updateRows(selectedIds, (row) => ({ tags: normalizeTags([...row.tags, name]) }))
        }
        onExport={(format) => void actions.exportAs(format, new Set(selected))}
        onDelete={() => void actions.deleteIds(selectedIds)}
      />
      <LibraryBody page={page} onOpen={(id) => port.navigate(readerPage(id))} />
      <p class="library__keys">{t('libraryKeyboardHelp')}</p>
      <DangerZone disabled={!library || total === 0} onClear={() => void (rows && actions.clear(total))} />
    </main>
  );
}

/** The list, or why there is none: loading, an empty library, or nothing matching. */
function LibraryBody({
  page,
  onOpen,
}: {
  page: ReturnType<typeof useLibraryPage>;
  onOpen: (id: string) => void;
}) {
  const { rows, total, view, actions, filters, complete } = page;
  const { selected, toggle } = page.selection;
  if (rows === null) return <p class="library__empty">{t('libraryLoading')}</p>;
  if (total === 0 && !page.openError) {
    return (
      <p class="library__empty" data-testid="library-empty">
        {t('libraryEmpty')}
      </p>
    );
  }
  if (view.visible.length === 0) return <p class="library__empty">{t('libraryNoMatches')}</p>;
  return (
    <LibraryList
      rows={view.visible}
      totalRows={!complete && !filters.filtered && filters.sort === 'newest' ? total : undefined}
      selected={selected}
      activeId={page.activeId}
      formatDate={formatDate}
      onActiveChange={page.setActiveId}
      onToggleSelect={(row) => toggle(row.id)}
      onArchive={actions.toggleArchive}
      onFavourite={actions.toggleFavourite}
      onOpen={(row) => onOpen(row.id)}
      onDelete={(row) => void actions.deleteIds(selected.size > 0 ? [...selected] : [row.id])}
    />
  );
}
