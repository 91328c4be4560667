import { browser } from 'wxt/browser';
import { mergeMemories } from './memory';
import { consentPrefsItem, consentStoreItem, loadConsentMemory, loadConsentPrefs } from './storage';
import { CONSENT_SYNC_BYTES, fromSyncShards, SYNC_META_KEY, staleShardKeys, toSyncShards } from './sync';
import type { ConsentMemory } from './types';

// Every consent item in sync, the meta item and the shards, starts with "consent:".
const isShardKey = (key: string) => key === SYNC_META_KEY || key.startsWith('consent:');

function sameSites(a: ConsentMemory, b: ConsentMemory): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((site) => {
    const x = a[site];
    const y = b[site];
    return !!x && !!y && x.choice === y.choice && x.decidedAt === y.decidedAt && !!x.paused === !!y.paused;
  });
}

/**
 * Opt-in sync of the per-site choices through the browser's own sync (storage.sync): local changes are
 * written as shards within its quotas, and shards from other devices are merged in, newest decision winning.
 * Nothing happens unless the reader turned sync on.
 */
export function startConsentSync(applyMerged: (synced: ConsentMemory) => Promise<void>): void {
  const push = async () => {
    if (!(await loadConsentPrefs()).sync) return;
    const local = await loadConsentMemory();
    const current = await browser.storage.sync.get(null);
    if (sameSites(fromSyncShards(current), local)) return;
    const { items } = toSyncShards(local, { maxTotalBytes: CONSENT_SYNC_BYTES });
    const stale = staleShardKeys(Object.keys(current).filter(isShardKey), items);
    // Stale shards count against the total, so they go first.
    if (stale.length) await browser.storage.sync.remove(stale);
    await browser.storage.sync.set(items);
  };
  const pull = async () => {
    if (!(await loadConsentPrefs()).sync) return;
    const synced = fromSyncShards(await browser.storage.sync.get(null));
    const local = await loadConsentMemory();
    if (!sameSites(mergeMemories(local, synced), local)) await applyMerged(synced);
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
