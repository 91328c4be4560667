import { isSaneTime, saneTime } from '../time';
import { normalizeTags, stubItem } from './item';
import type { LibraryItem, LibraryState } from './types';
import { urlKey } from './url';

/** What `storage.sync` carries per saved article: the list, never the content. */
interface SyncedItem {
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
interface SyncBudget {
  totalBytes: number;
  itemBytes: number;
  maxShards: number;
}

/**
 * Default budget: 72 KB of the 100 KB (cookie choices have 24 KB, `CONSENT_SYNC_BYTES`), 8 KB shards, at
 * most 100 keys: ~450 articles, the newest.
 */
export const DEFAULT_SYNC_BUDGET: SyncBudget = {
  totalBytes: 73_728,
  itemBytes: SYNC_LIMITS.itemBytes,
  maxShards: 100,
};

/** Keys of library shards in `storage.sync`: `library:0`, `library:1`, … */
const SYNC_KEY_PREFIX = 'library:';
/** Longest title kept in sync, in characters. */
const SYNC_TITLE_CHARS = 120;

/**
 * A shard entry: [url, title, savedAt, updatedAt, unread (0) / archived (1) / deleted (2), ...tags]; arrays keep
 * keys out of the quota. A deleted entry (a tombstone) is [url, "", 0, deletedAt, 2].
 */
type ShardEntry = [string, string, number, number, 0 | 1 | 2, ...string[]];

/** Deleted pages, by library id (`urlKey`), with when they were deleted (epoch ms). */
export type Tombstones = Record<string, number>;

/** How long a deletion is remembered and synced: long enough for every device to see it. */
export const TOMBSTONE_DAYS = 60;
/** At most this many deletions are synced (the newest); each costs ~50 bytes. */
export const MAX_SYNCED_TOMBSTONES = 400;

/**
 * Tombstones younger than `TOMBSTONE_DAYS`, the newest `MAX_SYNCED_TOMBSTONES` of them. One from the
 * future (more than a day ahead of `now`) is dropped: it would delete the page every time it is saved again.
 */
export function pruneTombstones(tombstones: Tombstones, now: number): Tombstones {
  const oldest = now - TOMBSTONE_DAYS * 86_400_000;
  const kept = Object.entries(tombstones)
    .filter(([, deletedAt]) => isSaneTime(deletedAt, now) && deletedAt >= oldest)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SYNCED_TOMBSTONES);
  return Object.fromEntries(kept);
}

/** Both sets of deletions, each page's latest. */
export function mergeTombstones(a: Tombstones, b: Tombstones): Tombstones {
  const out: Tombstones = { ...a };
  for (const [id, deletedAt] of Object.entries(b)) out[id] = Math.max(out[id] ?? 0, deletedAt);
  return out;
}

const encoder = new TextEncoder();

/** Bytes Chrome counts for a stored value: UTF-8 length of its JSON (plus the key's length for an item). */
function syncBytes(value: unknown): number {
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

/** The list fields sync reads from an item (a row or a whole item). */
type SyncSource = Pick<LibraryItem, 'url' | 'title' | 'savedAt' | 'updatedAt' | 'state' | 'tags'>;

function toEntry(item: SyncSource): ShardEntry {
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
  items: readonly SyncSource[],
  budget: SyncBudget = DEFAULT_SYNC_BUDGET,
  tombstones: Tombstones = {},
): { shards: Record<string, ShardEntry[]>; dropped: number } {
  // Deletions first (small, and without them another device would bring the page back), then the list.
  const deletions = Object.entries(tombstones)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SYNCED_TOMBSTONES)
    .map(([id, deletedAt]): ShardEntry => [id, '', 0, deletedAt, 2]);
  const sorted = [...items].sort((a, b) => b.savedAt - a.savedAt);
  const shards: Record<string, ShardEntry[]> = {};
  let total = 0;
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
  let keptItems = 0;
  for (const entry of [...deletions, ...sorted.map(toEntry)]) {
    const bytes = syncBytes(entry);
    const added = bytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && currentBytes + added > budget.itemBytes) close();
    const fresh = key.length + 2 + bytes;
    const cost = current.length > 0 ? added : bytes;
    if (fresh > budget.itemBytes) continue; // An entry too big for any shard (a huge URL): skip it alone.
    if (index >= budget.maxShards || total + currentBytes + cost > budget.totalBytes) break;
    current.push(entry);
    currentBytes += cost;
    if (entry[4] !== 2) keptItems += 1;
  }
  close();
  return { shards, dropped: items.length - keptItems };
}

function fromEntry(entry: unknown, now: number): SyncedItem | null {
  if (!Array.isArray(entry) || entry.length < 5) return null;
  const [url, title, savedAt, updatedAt, archived, ...tags] = entry as unknown[];
  if (typeof url !== 'string' || typeof title !== 'string') return null;
  if (typeof savedAt !== 'number' || typeof updatedAt !== 'number' || archived === 2) return null;
  // Another device's times, checked like an import's: an impossible one becomes this device's now.
  const saved = saneTime(savedAt, now, now);
  return {
    url,
    title,
    savedAt: saved,
    updatedAt: saneTime(updatedAt, saved, now),
    state: archived === 1 ? 'archived' : 'unread',
    tags: tags.filter((tag): tag is string => typeof tag === 'string'),
  };
}

/**
 * The synced list from everything `storage.sync.get(null)` returned; other keys and bad entries are ignored,
 * impossible times replaced by `now`.
 */
export function fromSyncShards(record: Record<string, unknown>, now: number): SyncedItem[] {
  return shardEntries(record)
    .map((entry) => fromEntry(entry, now))
    .filter((item): item is SyncedItem => item !== null);
}

/**
 * The deletions in the synced shards (by library id). A deletion with an impossible time (before 1990, more
 * than a day ahead of `now`) is ignored: bad data never deletes anything.
 */
export function fromSyncTombstones(record: Record<string, unknown>, now: number): Tombstones {
  const out: Tombstones = {};
  for (const entry of shardEntries(record)) {
    if (!Array.isArray(entry) || entry[4] !== 2) continue;
    const [url, , , deletedAt] = entry as unknown[];
    const id = typeof url === 'string' ? urlKey(url) : null;
    if (id !== null && isSaneTime(deletedAt, now)) out[id] = Math.max(out[id] ?? 0, deletedAt);
  }
  return out;
}

/** `library:N` shard keys among `keys` (other sync items are not ours). */
export function isSyncShardKey(key: string): boolean {
  return key.startsWith(SYNC_KEY_PREFIX) && /^\d+$/.test(key.slice(SYNC_KEY_PREFIX.length));
}

function shardEntries(record: Record<string, unknown>): unknown[] {
  return Object.keys(record)
    .filter(isSyncShardKey)
    .sort((a, b) => Number(a.slice(SYNC_KEY_PREFIX.length)) - Number(b.slice(SYNC_KEY_PREFIX.length)))
    .flatMap((key) => {
      const shard = record[key];
      return Array.isArray(shard) ? shard : [];
    });
}

/** What another device's list means here: stubs to add (fetched later) and newer state/tags to apply. */
interface SyncMerge {
  add: LibraryItem[];
  update: { id: string; patch: Pick<LibraryItem, 'state' | 'tags' | 'updatedAt'> }[];
  /** Local pages deleted on another device after their last change here. */
  remove: string[];
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
  localItems: readonly Pick<LibraryItem, 'id' | 'updatedAt' | 'state' | 'tags'>[],
  synced: readonly SyncedItem[],
  now: number,
  tombstones: Tombstones = {},
): SyncMerge {
  const local = new Map(localItems.map((item) => [item.id, item]));
  const add = new Map<string, LibraryItem>();
  const update: SyncMerge['update'] = [];
  // A deletion wins over every change made before it, on either side; a page saved again later survives.
  const remove = localItems
    .filter((item) => (tombstones[item.id] ?? -1) >= item.updatedAt)
    .map((item) => item.id);
  const removed = new Set(remove);
  for (const entry of synced) {
    const id = urlKey(entry.url);
    if (id === null || add.has(id) || removed.has(id)) continue;
    if ((tombstones[id] ?? -1) >= entry.updatedAt) continue;
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
  return { add: [...add.values()], update, remove };
}
