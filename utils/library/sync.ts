import { normalizeTags, stubItem } from './item';
import type { LibraryItem, LibraryState } from './types';
import { urlKey } from './url';

/** What `storage.sync` carries per saved article: the list, never the content. */
export interface SyncedItem {
  url: string;
  title: string;
  savedAt: number;
  /** Newest change to state or tags; on conflict the newer side wins. */
  updatedAt: number;
  tags: string[];
  state: LibraryState;
}

/** Chrome's `storage.sync` limits (developer.chrome.com/docs/extensions/reference/api/storage#property-sync). */
export const SYNC_LIMITS = { totalBytes: 102_400, itemBytes: 8_192, maxItems: 512 } as const;

/** Budget for library shards: the rest of `storage.sync` stays free for settings. */
export interface SyncBudget {
  totalBytes: number;
  itemBytes: number;
  maxShards: number;
}

/** Default budget: 90 KB of the 100 KB, 8 KB shards, at most 100 keys. */
export const DEFAULT_SYNC_BUDGET: SyncBudget = {
  totalBytes: 92_160,
  itemBytes: SYNC_LIMITS.itemBytes,
  maxShards: 100,
};

/** Keys of library shards in `storage.sync`: `library:0`, `library:1`, … */
export const SYNC_KEY_PREFIX = 'library:';
/** Longest title kept in sync, in characters. */
export const SYNC_TITLE_CHARS = 120;

/** A shard entry: [url, title, savedAt, updatedAt, archived (1) or unread (0), ...tags]; arrays keep keys out of the quota. */
type ShardEntry = [string, string, number, number, 0 | 1, ...string[]];

const encoder = new TextEncoder();

/** Bytes Chrome counts for a stored value: UTF-8 length of its JSON (plus the key's length for an item). */
export function syncBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** `title` cut to `SYNC_TITLE_CHARS` characters (code points, never half an emoji), ending in "…" when cut. */
export function trimTitle(title: string): string {
  const chars = Array.from(title.trim());
  return chars.length <= SYNC_TITLE_CHARS
    ? chars.join('')
    : `${chars
        .slice(0, SYNC_TITLE_CHARS - 1)
        .join('')
        .trimEnd()}…`;
}

function toEntry(item: LibraryItem): ShardEntry {
  return [
    item.url,
    trimTitle(item.title),
    item.savedAt,
    item.updatedAt,
    item.state === 'archived' ? 1 : 0,
    ...item.tags,
  ];
}

/**
 * The library's list as `storage.sync` items, newest saved first, each shard within `itemBytes` (key +
 * JSON) and all of them within `totalBytes`; the oldest items that do not fit are left out and counted in
 * `dropped`. Write `shards` and remove any other `library:*` key.
 */
export function toSyncShards(
  items: readonly LibraryItem[],
  budget: SyncBudget = DEFAULT_SYNC_BUDGET,
): { shards: Record<string, ShardEntry[]>; dropped: number } {
  const sorted = [...items].sort((a, b) => b.savedAt - a.savedAt);
  const shards: Record<string, ShardEntry[]> = {};
  let total = 0;
  let kept = 0;
  let current: ShardEntry[] = [];
  let key = `${SYNC_KEY_PREFIX}0`;
  // Bytes of the current shard as stored: key + "[" + entries joined by "," + "]".
  let currentBytes = key.length + 2;
  let index = 0;
  const close = () => {
    if (current.length === 0) return;
    shards[key] = current;
    total += currentBytes;
    index += 1;
    current = [];
    key = `${SYNC_KEY_PREFIX}${index}`;
    currentBytes = key.length + 2;
  };
  for (const item of sorted) {
    const entry = toEntry(item);
    const bytes = syncBytes(entry);
    const added = bytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && currentBytes + added > budget.itemBytes) close();
    const fresh = key.length + 2 + bytes;
    const cost = current.length > 0 ? added : bytes;
    if (fresh > budget.itemBytes) continue; // An entry too big for any shard (a huge URL): skip it alone.
    if (index >= budget.maxShards || total + currentBytes + cost > budget.totalBytes) break;
    current.push(entry);
    currentBytes += cost;
    kept += 1;
  }
  close();
  return { shards, dropped: items.length - kept };
}

function fromEntry(entry: unknown): SyncedItem | null {
  if (!Array.isArray(entry) || entry.length < 5) return null;
  const [url, title, savedAt, updatedAt, archived, ...tags] = entry as unknown[];
  if (typeof url !== 'string' || typeof title !== 'string') return null;
  if (typeof savedAt !== 'number' || typeof updatedAt !== 'number') return null;
  return {
    url,
    title,
    savedAt,
    updatedAt,
    state: archived === 1 ? 'archived' : 'unread',
    tags: tags.filter((tag): tag is string => typeof tag === 'string'),
  };
}

/** The synced list from everything `storage.sync.get(null)` returned; other keys and bad entries are ignored. */
export function fromSyncShards(record: Record<string, unknown>): SyncedItem[] {
  return Object.keys(record)
    .filter((key) => key.startsWith(SYNC_KEY_PREFIX) && /^\d+$/.test(key.slice(SYNC_KEY_PREFIX.length)))
    .sort((a, b) => Number(a.slice(SYNC_KEY_PREFIX.length)) - Number(b.slice(SYNC_KEY_PREFIX.length)))
    .flatMap((key) => {
      const shard = record[key];
      return Array.isArray(shard)
        ? shard.map(fromEntry).filter((item): item is SyncedItem => item !== null)
        : [];
    });
}

/** What another device's list means here: stubs to add (fetched later) and newer state/tags to apply. */
export interface SyncMerge {
  add: LibraryItem[];
  update: { id: string; patch: Pick<LibraryItem, 'state' | 'tags' | 'updatedAt'> }[];
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

/**
 * Merges the synced list into the local one: pages missing here become `fetchState: 'pending'` stubs;
 * for pages on both sides, the synced state and tags win when their `updatedAt` is newer. Nothing is
 * deleted: a page missing from sync may just have been dropped for space.
 */
export function mergeSynced(
  localItems: readonly LibraryItem[],
  synced: readonly SyncedItem[],
  now: number,
): SyncMerge {
  const local = new Map(localItems.map((item) => [item.id, item]));
  const add = new Map<string, LibraryItem>();
  const update: SyncMerge['update'] = [];
  for (const entry of synced) {
    const id = urlKey(entry.url);
    if (id === null || add.has(id)) continue;
    const mine = local.get(id);
    if (!mine) {
      const stub = stubItem({ ...entry }, now);
      if (stub) add.set(id, stub);
      continue;
    }
    const tags = normalizeTags(entry.tags);
    if (entry.updatedAt > mine.updatedAt && (entry.state !== mine.state || !sameTags(tags, mine.tags))) {
      update.push({ id, patch: { state: entry.state, tags, updatedAt: entry.updatedAt } });
    }
  }
  return { add: [...add.values()], update };
}
