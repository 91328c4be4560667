import { readingMinutes } from '../article/words';
import type { LibraryItem, LibraryRow } from './types';

/** What the library list keeps of an item: everything but the content (10,000 articles' HTML is not needed). */
export type ListRow = LibraryRow;

/** The list's state filter. */
export type StateFilter = 'all' | 'unread' | 'archived' | 'favourites';
/** The list's sort orders. */
export type SortOrder = 'newest' | 'oldest' | 'title' | 'site';

/** Everything that decides which rows the list shows, in which order. */
export interface ListView {
  state: StateFilter;
  /** '' for any tag. */
  tag: string;
  /** '' for any site. */
  site: string;
  sort: SortOrder;
  /** Ids of search results, best first; null when not searching (then `sort` orders the rows). */
  ranked: readonly string[] | null;
}

/** The list row for an item: the item without its content. */
export function toListRow(item: LibraryItem | ListRow): ListRow {
  const { contentHtml: _html, text: _text, ...row } = item as LibraryItem;
  return row;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareRows(sort: SortOrder): (a: ListRow, b: ListRow) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => a.savedAt - b.savedAt;
    case 'title':
      return (a, b) => collator.compare(a.title, b.title);
    case 'site':
      return (a, b) => collator.compare(a.site, b.site) || b.savedAt - a.savedAt;
    default:
      return (a, b) => b.savedAt - a.savedAt;
  }
}

function matches(row: ListRow, view: ListView): boolean {
  if (view.state === 'unread' && row.state !== 'unread') return false;
  if (view.state === 'archived' && row.state !== 'archived') return false;
  if (view.state === 'favourites' && !row.favourite) return false;
  if (view.tag !== '' && !row.tags.includes(view.tag)) return false;
  if (view.site !== '' && row.site !== view.site) return false;
  return true;
}

/**
 * The rows to show: filtered, then in search rank order when searching, else sorted (ties broken by id,
 * so the order is stable across reloads).
 */
export function selectRows(rows: readonly ListRow[], view: ListView): ListRow[] {
  if (view.ranked) {
    const byId = new Map(rows.map((row) => [row.id, row]));
    const out: ListRow[] = [];
    for (const id of view.ranked) {
      const row = byId.get(id);
      if (row && matches(row, view)) out.push(row);
    }
    return out;
  }
  const compare = compareRows(view.sort);
  return rows
    .filter((row) => matches(row, view))
    .sort((a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Each value with how many rows have it, most common first (then alphabetical): the tag and site menus. */
export function facetCounts(values: Iterable<string>): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

/**
 * Minutes to read a saved article, as the popup showed them: the minutes extraction counted, else (items
 * saved before they were kept) the word count timed as extraction times words outside CJK text; 0 when
 * neither is known.
 */
export function minutesToRead(row: Pick<ListRow, 'wordCount' | 'readingMinutes'>): number {
  if (row.readingMinutes !== undefined && Number.isFinite(row.readingMinutes)) return row.readingMinutes;
  if (!Number.isFinite(row.wordCount) || row.wordCount <= 0) return 0;
  return readingMinutes('', row.wordCount);
}

/** A plain substring match over the visible fields, used only while the full-text index is being built. */
export function quickMatch(rows: readonly ListRow[], query: string): string[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  return rows
    .filter((row) => `${row.title}\n${row.site}\n${row.byline ?? ''}`.toLowerCase().includes(needle))
    .map((row) => row.id);
}

/** A dated file name for an export: `pullquote-library-2024-05-01.json`. */
export function exportFileName(extension: string, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `pullquote-library-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
