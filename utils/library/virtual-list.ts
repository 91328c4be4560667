/** What a fixed-row-height virtual list needs to know to decide which rows to render. */
interface VirtualInput {
  /** Rows in the list. */
  count: number;
  /** Height of every row, px (fixed: that is what makes the math O(1)). */
  rowHeight: number;
  /** Height of the scroll container's visible area, px. */
  viewportHeight: number;
  /** The scroll container's scrollTop, px. */
  scrollTop: number;
  /** Extra rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
  overscan: number;
}

/** The rows to render: `start` (inclusive) to `end` (exclusive), placed `offset` px from the top. */
interface VirtualWindow {
  start: number;
  end: number;
  offset: number;
  /** Height of the whole list, px: the scroll container's content height. */
  totalHeight: number;
}

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

/**
 * The window of rows to render for a scroll position. Robust to what the DOM hands over mid-resize or
 * after the list shrank: negative or overscrolled `scrollTop`, a zero viewport, NaN.
 */
export function virtualWindow(input: VirtualInput): VirtualWindow {
  const count = Math.max(0, Math.floor(finite(input.count)));
  const rowHeight = Math.max(1, finite(input.rowHeight, 1));
  const viewportHeight = Math.max(0, finite(input.viewportHeight));
  const overscan = Math.max(0, Math.floor(finite(input.overscan)));
  const totalHeight = count * rowHeight;
  if (count === 0) return { start: 0, end: 0, offset: 0, totalHeight: 0 };
  const maxScroll = Math.max(0, totalHeight - viewportHeight);
  const scrollTop = Math.min(Math.max(0, finite(input.scrollTop)), maxScroll);
  const firstVisible = Math.min(count - 1, Math.floor(scrollTop / rowHeight));
  const lastVisible = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight));
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, Math.max(lastVisible, firstVisible + 1) + overscan);
  return { start, end, offset: start * rowHeight, totalHeight };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement (unchanged when it is
 * already visible): what keyboard navigation calls before focusing a row.
 */
export function scrollTopToReveal(
  index: number,
  rowHeight: number,
  viewportHeight: number,
  scrollTop: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** Rows that fit in the viewport: how far PageUp/PageDown move. At least 1. */
export function rowsPerPage(rowHeight: number, viewportHeight: number): number {
  return Math.max(1, Math.floor(Math.max(0, viewportHeight) / Math.max(1, rowHeight)));
}
