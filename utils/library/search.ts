import MiniSearch from 'minisearch';
import type { LibraryItem } from './types';

/** The fields the search index reads from an item. */
type SearchableItem = Pick<LibraryItem, 'id' | 'title' | 'site' | 'byline' | 'text'>;

/** A full-text index over the library: stores ids only, so it stays small next to the items themselves. */
export type SearchIndex = MiniSearch<SearchableItem>;

/**
 * Characters of body text indexed per item. Enough for any query to find the article (titles and first
 * pages carry the words people search for), small enough that 10,000 long reads index in seconds.
 */
export const INDEXED_TEXT_CHARS = 20_000;

function searchable(item: SearchableItem): SearchableItem {
  return {
    id: item.id,
    title: item.title,
    site: item.site,
    byline: item.byline,
    text: item.text === null ? null : item.text.slice(0, INDEXED_TEXT_CHARS),
  };
}

/** A new index over `items`: title (boosted), site, byline and text; prefix and fuzzy (0.2) matching. */
export function createSearchIndex(items: readonly SearchableItem[]): SearchIndex {
  const index = new MiniSearch<SearchableItem>({
    idField: 'id',
    fields: ['title', 'site', 'byline', 'text'],
    storeFields: [],
    extractField: (document, field) => {
      const value = document[field as keyof SearchableItem];
      return typeof value === 'string' ? value : '';
    },
    searchOptions: { boost: { title: 3, site: 1.5, byline: 1.5 }, prefix: true, fuzzy: 0.2 },
  });
  index.addAll(items.map(searchable));
  return index;
}

/** Adds an item that is not in the index yet (use `replaceInIndex` when it may be). */
export function addToIndex(index: SearchIndex, item: SearchableItem): void {
  index.add(searchable(item));
}

/** Removes an item by id; nothing happens when it is not indexed. */
export function removeFromIndex(index: SearchIndex, id: string): void {
  if (index.has(id)) index.discard(id);
}

/** Indexes the item's current fields, replacing what was indexed for its id. */
export function replaceInIndex(index: SearchIndex, item: SearchableItem): void {
  removeFromIndex(index, item.id);
  index.add(searchable(item));
}

/** Ids of the items matching `query`, best match first; none for a blank query. */
export function searchIds(index: SearchIndex, query: string): string[] {
  if (query.trim() === '') return [];
  return index.search(query).map((result) => String(result.id));
}
