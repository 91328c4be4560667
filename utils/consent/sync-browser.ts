import { browser } from 'wxt/browser';
import { applyForgotten, type Forgotten } from './forgotten';
import { mergeMemories } from './memory';
import {
  consentPrefsItem,
  consentStoreItem,
  loadConsentMemory,
  loadConsentPrefs,
  loadForgotten,
} from './storage';
import { CONSENT_SYNC_BYTES, fromSyncItems, SYNC_META_KEY, staleShardKeys, toSyncShards } from './sync';
import type { ConsentMemory } from './types';

// Every consent item in sync, the meta item and the shards, starts with "consent:".
const isShardKey = (key: string) => key === SYNC_META_KEY || key.startsWith('consent:');

function sameSites(a: ConsentMemory, b: ConsentMemory): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((site) => {
    const x = a[site];
    const y = b[site];
    return (
      !!x &&
      !!y &&
      x.choice === y.choice &&
      x.decidedAt === y.decidedAt &&
      !!x.paused === !!y.paused &&
      !!x.learned === !!y.learned
    );
  });
}

function sameMarkers(a: Forgotten, b: Forgotten): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((site) => a[site] === b[site]);
}

/**
 * Opt-in sync of the per-site choices through the browser's own sync (storage.sync): local changes are
 * written as shards within its quotas, and shards from other devices are merged in, newest decision winning.
 * Nothing happens unless the reader turned sync on.
 */
export function startConsentSync(
  applyMerged: (synced: { sites: ConsentMemory; forgotten: Forgotten }) => Promise<void>,
): void {
  const push = async () => {
    if (!(await loadConsentPrefs()).sync) return;
    const [local, forgotten] = await Promise.all([loadConsentMemory(), loadForgotten()]);
    const current = await browser.storage.sync.get(null);
    const synced = fromSyncItems(current);
    if (sameSites(synced.sites, local) && sameMarkers(synced.forgotten, forgotten)) return;
    const { items } = toSyncShards(local, { maxTotalBytes: CONSENT_SYNC_BYTES }, forgotten);
    const stale = staleShardKeys(Object.keys(current).filter(isShardKey), items);
    // Stale shards count against the total, so they go first.
    if (stale.length) await browser.storage.sync.remove(stale);
    await browser.storage.sync.set(items);
  };
  const pull = async () => {
    if (!(await loadConsentPrefs()).sync) return;
    const synced = fromSyncItems(await browser.storage.sync.get(null));
    const local = await loadConsentMemory();
    const merged = applyForgotten(mergeMemories(local, synced.sites), synced.forgotten);
    if (!sameSites(merged, local)) await applyMerged(synced);
  };

  consentStoreItem.watch(() => void push().catch(() => {}));
  consentPrefsItem.watch(
    () =>
      void pull()
        .then(push)
        .catch(() => {}),
  );
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some(isShardKey)) void pull().catch(() => {});
  });
  void pull().catch(() => {});
}
