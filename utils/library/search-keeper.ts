import {
  createSearchIndex,
  INDEXED_TEXT_CHARS,
  removeFromIndex,
  replaceInIndex,
  type SearchIndex,
  searchIds,
} from './search';
import type { LibraryItem, LibraryRow } from './types';

/** A row waiting to be indexed; its text is read from the library when its turn comes. */
interface IndexEntry {
  id: string;
  title: string;
  site: string;
  byline: string | null;
  version: string;
  /** The text, when `sync` was given whole items (first `INDEXED_TEXT_CHARS` only); else read it later. */
  text?: string | null;
}

function versionOf(row: LibraryRow): string {
  return `${row.updatedAt}:${row.fetchState}:${row.wordCount}:${row.title}`;
}

/**
 * Keeps a full-text index in step with the library without ever rebuilding it: `sync` diffs the rows
 * against what is indexed (by a version stamp per id) and queues only new or changed items; the caller
 * `take`s a batch, reads the batch's texts (they live apart from the rows), `add`s each within its time
 * budget and says when the batch is `done`. The queue holds no text and the index keeps none.
 */
export class SearchKeeper {
  readonly index: SearchIndex = createSearchIndex([]);
  private readonly versions = new Map<string, string>();
  private queue: IndexEntry[] = [];
  private taken = 0;
  private built = false;

  /**
   * Queues what changed in `rows` since the last sync and drops items that are gone. Rows carry no text
   * (`take` them and read it); whole items do (`step` indexes them with it).
   */
  sync(rows: readonly (LibraryRow | LibraryItem)[]): void {
    const present = new Set<string>();
    const queue: IndexEntry[] = [];
    for (const row of rows) {
      present.add(row.id);
      const version = versionOf(row);
      if (this.versions.get(row.id) === version) continue;
      const entry: IndexEntry = { id: row.id, title: row.title, site: row.site, byline: row.byline, version };
      if ('text' in row) entry.text = row.text === null ? null : row.text.slice(0, INDEXED_TEXT_CHARS);
      queue.push(entry);
    }
    for (const id of [...this.versions.keys()]) {
      if (present.has(id)) continue;
      removeFromIndex(this.index, id);
      this.versions.delete(id);
    }
    this.queue = queue;
    this.settle();
  }

  /** Up to `count` queued entries, taken off the queue: `add` them, then call `done`. */
  take(count: number): IndexEntry[] {
    const batch = this.queue.splice(0, Math.max(1, count));
    this.taken += batch.length;
    return batch;
  }

  /** Indexes one entry with its text (null when it has none). */
  add(entry: IndexEntry, text: string | null): void {
    replaceInIndex(this.index, {
      id: entry.id,
      title: entry.title,
      site: entry.site,
      byline: entry.byline,
      text,
    });
    this.versions.set(entry.id, entry.version);
  }

  /** Indexes up to `budget` queued entries with the text `sync` was given; true when none is left. */
  step(budget: number): boolean {
    const batch = this.take(budget);
    for (const entry of batch) this.add(entry, entry.text ?? null);
    this.done(batch.length);
    return this.queue.length === 0;
  }

  /** A taken batch of `count` entries is finished (added, or skipped because the item is gone). */
  done(count: number): void {
    this.taken = Math.max(0, this.taken - count);
    this.settle();
  }

  private settle(): void {
    if (this.queue.length === 0 && this.taken === 0) this.built = true;
  }

  /** Whether every item has been indexed at least once (later syncs only refresh a few). */
  get ready(): boolean {
    return this.built;
  }

  /** Entries still queued (not taken). */
  get pending(): number {
    return this.queue.length;
  }

  search(query: string): string[] {
    return searchIds(this.index, query);
  }
}
