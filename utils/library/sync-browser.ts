import { browser } from 'wxt/browser';
import type { Library } from './db';
import {
  DEFAULT_SYNC_BUDGET,
  fromSyncShards,
  fromSyncTombstones,
  isSyncShardKey,
  mergeSynced,
  mergeTombstones,
  pruneTombstones,
  toSyncShards,
} from './sync';
import {
  libraryRevisionItem,
  librarySyncItem,
  librarySyncStatusItem,
  libraryTombstonesItem,
} from './sync-storage';

/** Writes to storage.sync are rate-limited (120 a minute): a burst of changes becomes one push. */
const PUSH_DELAY_MS = 1500;
const PULL_DELAY_MS = 300;

function sameShards(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  const keys = Object.keys(current).filter(isSyncShardKey);
  return (
    keys.length === Object.keys(next).length &&
    keys.every((key) => JSON.stringify(current[key]) === JSON.stringify(next[key]))
  );
}

/**
 * Opt-in sync of the reading list (URL, title, savedAt, tags, state; never the content) through the
 * browser's own `storage.sync`. Local changes are pushed as shards within its quotas, deletions as
 * tombstones; other devices' lists are merged in: new pages become pending stubs, fetched when opened.
 * Nothing happens unless the reader turned it on.
 */
export function startLibrarySync(library: () => Promise<Library>, now: () => number = Date.now): void {
  // Push and pull never overlap: each reads what the other wrote.
  let chain: Promise<void> = Promise.resolve();
  const run = (task: () => Promise<void>) => {
    chain = chain.then(task).catch(async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const last = await librarySyncStatusItem.getValue().catch(() => null);
      await librarySyncStatusItem
        .setValue({ at: now(), synced: last?.synced ?? 0, dropped: last?.dropped ?? 0, error: message })
        .catch(() => {});
    });
    return chain;
  };
  const enabled = async () => (await librarySyncItem.getValue()).enabled;

  const push = async () => {
    if (!(await enabled())) return;
    const rows = await (await library()).listRows();
    const tombstones = pruneTombstones(await libraryTombstonesItem.getValue(), now());
    const { shards, dropped } = toSyncShards(rows, DEFAULT_SYNC_BUDGET, tombstones);
    const current = await browser.storage.sync.get(null);
    if (!sameShards(current, shards)) {
      // Stale shards count against the total, so they go first.
      const stale = Object.keys(current).filter((key) => isSyncShardKey(key) && !(key in shards));
      if (stale.length > 0) await browser.storage.sync.remove(stale);
      await browser.storage.sync.set(shards);
    }
    await librarySyncStatusItem.setValue({ at: now(), synced: rows.length - dropped, dropped, error: null });
  };

  const pull = async () => {
    if (!(await enabled())) return;
    const record = await browser.storage.sync.get(null);
    const local = await libraryTombstonesItem.getValue();
    const tombstones = pruneTombstones(mergeTombstones(local, fromSyncTombstones(record, now())), now());
    if (JSON.stringify(tombstones) !== JSON.stringify(pruneTombstones(local, now())))
      await libraryTombstonesItem.setValue(tombstones);
    const lib = await library();
    const merge = mergeSynced(await lib.listRows(), fromSyncShards(record, now()), now(), tombstones);
    if (merge.remove.length > 0) await lib.delete(merge.remove);
    if (merge.add.length > 0) await lib.putMany(merge.add);
    for (const { id, patch } of merge.update) await lib.update(id, patch);
  };

  let pushTimer: ReturnType<typeof setTimeout> | null = null;
  let pullTimer: ReturnType<typeof setTimeout> | null = null;
  const schedulePush = () => {
    if (pushTimer !== null) clearTimeout(pushTimer);
    pushTimer = setTimeout(() => {
      pushTimer = null;
      void run(push);
    }, PUSH_DELAY_MS);
  };
  const schedulePull = () => {
    if (pullTimer !== null) clearTimeout(pullTimer);
    pullTimer = setTimeout(() => {
      pullTimer = null;
      void run(pull);
    }, PULL_DELAY_MS);
  };

  libraryRevisionItem.watch(schedulePush);
  librarySyncItem.watch((prefs) => {
    // Turned on: take in the other devices' list, then add this one's.
    if (prefs.enabled) void run(pull).then(() => run(push));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some(isSyncShardKey)) schedulePull();
  });
  void run(pull);
}
