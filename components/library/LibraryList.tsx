import { useLayoutEffect, useRef } from 'preact/hooks';
import { useListViewport } from '@/hooks/use-list-viewport';
import { t } from '@/utils/i18n';
import type { ListRow } from '@/utils/library/list';
import { isTextField, type ListAction, listKeyAction, moveIndex } from '@/utils/library/list-keys';
import { rowsPerPage, scrollTopToReveal, virtualWindow } from '@/utils/library/virtual-list';
import { LibraryRow } from './LibraryRow';

/** Row height, px: fixed, so the list can be windowed with arithmetic alone. Matches `--row-height` in CSS. */
export const ROW_HEIGHT = 72;
const OVERSCAN = 8;

export interface LibraryListProps {
  rows: readonly ListRow[];
  /**
   * How many rows the list has once it is all read, when `rows` is only its first screen: the scroll
   * height and `aria-rowcount` are the full list's from the first paint, so nothing jumps when the rest
   * arrives.
   */
  totalRows?: number;
  selected: ReadonlySet<string>;
  activeId: string | null;
  /** The date as the reader reads it, or null when the stored time is not one a date can show. */
  formatDate: (epochMs: number) => string | null;
  onActiveChange: (id: string) => void;
  onToggleSelect: (row: ListRow) => void;
  onArchive: (row: ListRow) => void;
  onFavourite: (row: ListRow) => void;
  onOpen: (row: ListRow) => void;
  onDelete: (row: ListRow) => void;
}

type RowHandlers = Pick<
  LibraryListProps,
  'onOpen' | 'onToggleSelect' | 'onArchive' | 'onFavourite' | 'onDelete'
>;

/** What a row key does to the row it was pressed on. */
function actOnRow(action: ListAction, row: ListRow | undefined, props: RowHandlers): void {
  if (!row) return;
  if (action === 'open') props.onOpen(row);
  else if (action === 'select') props.onToggleSelect(row);
  else if (action === 'archive') props.onArchive(row);
  else if (action === 'favourite') props.onFavourite(row);
  else if (action === 'delete') props.onDelete(row);
}

const MOVES: ReadonlySet<ListAction> = new Set(['up', 'down', 'first', 'last', 'pageUp', 'pageDown']);

/** The list key (if any) an event on the grid is, with the row it was pressed on. */
function keyAction(event: KeyboardEvent): { action: ListAction | null; rowElement: HTMLElement | null } {
  const target = event.target as HTMLElement;
  const rowElement = target.closest?.('[data-row-id]') as HTMLElement | null;
  const action = listKeyAction({
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
    inTextField: isTextField(target),
    onRow: rowElement !== null && (rowElement === target || target.getAttribute('role') === 'gridcell'),
  });
  return { action, rowElement };
}

/** The rows in the window, from the list position `start`; `tabbableIndex` is the one Tab stops on. */
function WindowRows({
  rows,
  start,
  tabbableIndex,
  props,
}: {
  rows: readonly ListRow[];
  start: number;
  tabbableIndex: number;
  props: LibraryListProps;
}) {
  return (
    <>
      {rows.map((row, offset) => {
        const position = start + offset;
        return (
          <LibraryRow
            key={row.id}
            row={row}
            position={position}
            selected={props.selected.has(row.id)}
            active={position === tabbableIndex}
            formatDate={props.formatDate}
            onToggleSelect={props.onToggleSelect}
            onArchive={props.onArchive}
            onFavourite={props.onFavourite}
            onFocusRow={(focused) => props.onActiveChange(focused.id)}
          />
        );
      })}
    </>
  );
}

/**
 * The saved articles as a virtualized grid: only the rows in view (plus overscan) are in the DOM, inside a
 * scroll container whose content has the full list's height. One row at a time is focusable (roving
 * tabindex), and Tab goes on from it to that row's Favourite and Archive buttons; arrow keys, j/k,
 * Home/End and PageUp/PageDown move it, and the row keys act on it (from its buttons too).
 */
export function LibraryList(props: LibraryListProps) {
  const { rows } = props;
  const count = Math.max(rows.length, props.totalRows ?? 0);
  const scroller = useRef<HTMLDivElement>(null);
  const { scrollTop, setScrollTop, viewport, onScroll } = useListViewport(scroller, count * ROW_HEIGHT);
  const focusAfterRender = useRef<string | null>(null);

  const win = virtualWindow({
    count,
    rowHeight: ROW_HEIGHT,
    viewportHeight: viewport,
    scrollTop,
    overscan: OVERSCAN,
  });
  const activeIndex = props.activeId === null ? -1 : rows.findIndex((row) => row.id === props.activeId);
  // Some rendered row must be tabbable: the active one when it is in the window, else the window's first.
  const tabbableIndex = activeIndex >= win.start && activeIndex < win.end ? activeIndex : win.start;

  useLayoutEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    focusAfterRender.current = null;
    const element = scroller.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);
    element?.focus({ preventScroll: true });
  });

  const goTo = (index: number) => {
    const row = rows[index];
    const element = scroller.current;
    if (!row || !element) return;
    const next = scrollTopToReveal(index, ROW_HEIGHT, viewport, element.scrollTop);
    if (next !== element.scrollTop) {
      element.scrollTop = next;
      setScrollTop(next);
    }
    focusAfterRender.current = row.id;
    props.onActiveChange(row.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const { action, rowElement } = keyAction(event);
    if (action === null || action === 'search') return;
    const index = rowElement
      ? rows.findIndex((row) => row.id === rowElement.dataset.rowId)
      : Math.max(activeIndex, 0);
    if (MOVES.has(action)) goTo(moveIndex(action, index, rows.length, rowsPerPage(ROW_HEIGHT, viewport)));
    else actOnRow(action, rows[index], props);
    event.preventDefault();
  };

  const visible = rows.slice(win.start, win.end);
  return (
    <div class="lib-list" ref={scroller} onScroll={onScroll} data-testid="library-scroller">
      {/* biome-ignore lint/a11y/useSemanticElements: rows are positioned by transform (virtualized), not table layout. */}
      <div
        role="grid"
        aria-label={t('libraryListLabel')}
        aria-rowcount={count}
        aria-multiselectable="true"
        class="lib-list__grid"
        style={{ height: `${win.totalHeight}px` }}
        onKeyDown={onKeyDown}
      >
        {/* biome-ignore lint/a11y/useSemanticElements: as above. */}
        <div role="rowgroup" class="lib-list__window" style={{ transform: `translateY(${win.offset}px)` }}>
          <WindowRows rows={visible} start={win.start} tabbableIndex={tabbableIndex} props={props} />
        </div>
      </div>
    </div>
  );
}
