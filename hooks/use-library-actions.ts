import type { Dispatch, StateUpdater } from 'preact/hooks';
import { downloadFile } from '@/utils/browser/download';
import { t, tPlural } from '@/utils/i18n';
import type { Library } from '@/utils/library/db';
import { type ExportFormat, exportFile } from '@/utils/library/export-file';
import { type ListRow, toListRow } from '@/utils/library/list';
import type { LibraryItem } from '@/utils/library/types';
import type { Status } from './use-status';

/** Import and export code (papaparse, fflate, every format): loaded when first used, not before the list paints. */
export const loadFormats = () => import('@/utils/library/formats');

export interface ActionDeps {
  library: Library | null;
  byId: ReadonlyMap<string, ListRow>;
  setRows: (update: (current: ListRow[] | null) => ListRow[] | null) => void;
  setSelected: Dispatch<StateUpdater<ReadonlySet<string>>>;
  setStatus: (status: Status) => void;
  report: (error: unknown) => void;
  reload: (lib: Library) => Promise<void>;
}

/** What the reader does to saved items: update, delete, clear and export. */
export function useLibraryActions(deps: ActionDeps) {
  const { library, byId, setRows, setSelected, setStatus, report, reload } = deps;

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

  const clear = async (total: number) => {
    if (!library) return;
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

  const exportAs = async (format: ExportFormat, only: ReadonlySet<string> | null) => {
    if (!library) return;
    try {
      const [all, writers] = await Promise.all([library.all(), loadFormats()]);
      const items = only ? all.filter((item) => only.has(item.id)) : all;
      const file = exportFile(writers, format, items, new Date());
      downloadFile(file.name, file.data, file.type);
      setStatus({ text: tPlural('libraryExported', items.length), error: false });
    } catch (error) {
      report(error);
    }
  };

  const toggleArchive = (row: ListRow) =>
    void updateRows([row.id], (current) => ({ state: current.state === 'archived' ? 'unread' : 'archived' }));
  const toggleFavourite = (row: ListRow) =>
    void updateRows([row.id], (current) => ({ favourite: !current.favourite }));

  return { updateRows, deleteIds, clear, exportAs, toggleArchive, toggleFavourite };
}
