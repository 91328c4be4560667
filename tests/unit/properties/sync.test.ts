import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fromSyncShards,
  fromSyncTombstones,
  mergeSynced,
  pruneTombstones,
  toSyncShards,
} from '@/utils/library/sync';
import { isSaneTime } from '@/utils/time';
import { installEnglishI18n } from '../support/i18n';
import { anyTime, assertRenderable, libraryItems, NOW, nastyText, RUNS, webUrl } from './arbitraries';

// Issue 15: storage.sync is written by other devices (and anything with the user's account): whatever
// it holds, reading it never throws, never yields an item that cannot be shown, never a deletion from the
// future, and the library's own list comes back as it went.
beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
});

const entry = fc.oneof(
  fc.tuple(fc.oneof(webUrl, nastyText), nastyText, anyTime, anyTime, fc.constantFrom(0, 1, 2, 3), nastyText),
  fc.array(fc.oneof(fc.jsonValue(), anyTime), { maxLength: 7 }),
  fc.jsonValue(),
);
const record = fc.dictionary(
  fc.oneof(
    fc.nat({ max: 5 }).map((n) => `library:${n}`),
    fc.string({ maxLength: 10 }),
  ),
  fc.oneof(fc.array(entry, { maxLength: 5 }), fc.jsonValue()),
  { maxKeys: 4 },
);

describe('library sync entries from another device', () => {
  it('never throw, and merge into items every page can show', () => {
    fc.assert(
      fc.property(record, libraryItems, (synced, local) => {
        const items = fromSyncShards(synced, NOW);
        const tombstones = fromSyncTombstones(synced, NOW);
        for (const deletedAt of Object.values(tombstones)) expect(isSaneTime(deletedAt, NOW)).toBe(true);
        for (const item of items) {
          expect(isSaneTime(item.savedAt, NOW) && isSaneTime(item.updatedAt, NOW)).toBe(true);
        }
        const merge = mergeSynced(local, items, NOW, pruneTombstones(tombstones, NOW));
        for (const added of merge.add) assertRenderable(added, { draw: false });
        for (const { patch } of merge.update) expect(isSaneTime(patch.updatedAt, NOW)).toBe(true);
        const localIds = new Set(local.map((item) => item.id));
        for (const id of merge.remove) expect(localIds.has(id)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the library’s own list goes to sync and comes back as it was', () => {
    fc.assert(
      fc.property(libraryItems, (items) => {
        const back = fromSyncShards(toSyncShards(items).shards, NOW);
        const sorted = [...items].sort((a, b) => b.savedAt - a.savedAt);
        expect(back.map((item) => [item.url, item.savedAt, item.updatedAt, item.state, item.tags])).toEqual(
          sorted.map((item) => [item.url, item.savedAt, item.updatedAt, item.state, item.tags]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
