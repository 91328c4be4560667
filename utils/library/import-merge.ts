import { normalizeTags } from './item';
import type { LibraryItem, LibraryQuote } from './types';

/** What an import will write, and how many items were new, merged into existing ones, or already there. */
export interface ImportPlan {
  /** Items to write (new ones, and existing ones the import changed), in file order. */
  items: LibraryItem[];
  added: number;
  merged: number;
  unchanged: number;
  /** Ids of items (written or not) that still have no content: the background fetches these. */
  pending: string[];
}

const CONTENT_FIELDS = [
  'contentHtml',
  'text',
  'wordCount',
  'readingMinutes',
  'lang',
  'dir',
  'excerpt',
  'leadImage',
  'byline',
  'publishedTime',
] as const;

function unionQuotes(kept: readonly LibraryQuote[], extra: readonly LibraryQuote[]): LibraryQuote[] {
  const seen = new Set(kept.map((quote) => quote.text.trim()));
  const out = [...kept];
  for (const quote of extra) {
    const key = quote.text.trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(quote);
  }
  return out;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * One imported item merged into the one already in the library with its id. The library's copy is what
 * the reader has been living with, so it wins, except where the import only adds:
 * - content, savedAt, progress, state, title, cards: the library's (a re-import never loses reading
 *   progress, an archive, a saved date or fetched content);
 * - tags: union (library's first, in its spelling; then the file's new ones);
 * - favourite: either (a favourite in either place stays a favourite);
 * - quotes: the library's, then the file's quotes it does not have (Omnivore highlights, another device);
 * - content: when the library has none yet (pending or failed) and the file has some, the file's.
 * Returns null when the merge changes nothing (nothing to write).
 */
export function mergeImportedItem(
  existing: LibraryItem,
  imported: LibraryItem,
  now: number,
): LibraryItem | null {
  const tags = normalizeTags([...existing.tags, ...imported.tags]);
  const favourite = existing.favourite || imported.favourite;
  const quotes = unionQuotes(existing.quotes, imported.quotes);
  const takeContent = existing.fetchState !== 'ok' && imported.fetchState === 'ok';
  const changed =
    takeContent ||
    !sameStrings(tags, existing.tags) ||
    favourite !== existing.favourite ||
    quotes.length !== existing.quotes.length;
  if (!changed) return null;
  const next: LibraryItem = {
    ...existing,
    tags,
    favourite,
    quotes,
    updatedAt: Math.max(now, existing.updatedAt),
  };
  if (takeContent) {
    for (const field of CONTENT_FIELDS) (next as unknown as Record<string, unknown>)[field] = imported[field];
    next.fetchState = 'ok';
    delete next.fetchError;
  }
  return next;
}

/**
 * What importing `imported` into a library holding `existing` writes (see `mergeImportedItem` for the
 * rules). New items are written as the file has them.
 */
export function planImport(
  imported: readonly LibraryItem[],
  existing: ReadonlyMap<string, LibraryItem>,
  now: number,
): ImportPlan {
  const plan: ImportPlan = { items: [], added: 0, merged: 0, unchanged: 0, pending: [] };
  for (const item of imported) {
    const current = existing.get(item.id);
    if (!current) {
      plan.items.push(item);
      plan.added += 1;
      if (item.fetchState !== 'ok') plan.pending.push(item.id);
      continue;
    }
    const merged = mergeImportedItem(current, item, now);
    if (merged) {
      plan.items.push(merged);
      plan.merged += 1;
    } else {
      plan.unchanged += 1;
    }
    if ((merged ?? current).fetchState === 'pending') plan.pending.push(item.id);
  }
  return plan;
}
