import { describe, expect, it } from 'vitest';
import {
  fromSyncShards,
  fromSyncTombstones,
  MAX_SYNCED_TOMBSTONES,
  mergeSynced,
  mergeTombstones,
  pruneTombstones,
  SYNC_LIMITS,
  toSyncShards,
  trimTitle,
} from '@/utils/library/sync';
import { makeItem } from './helpers';

/** A time in range (sync replaces impossible ones). */
const T0 = 1_700_000_000_000;
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('toSyncShards', () => {
  it('fits 5,000 items within every Chrome limit, keeping the newest and counting the dropped', () => {
    const items = Array.from({ length: 5_000 }, (_, n) =>
      makeItem({
        url: `https://example.com/articles/${n}`,
        title: `Título número ${n} `.repeat(12),
        savedAt: T0 + n * 1000,
        tags: n % 3 ? ['read later'] : [],
      }),
    );
    const { shards, dropped } = toSyncShards(items);
    const keys = Object.keys(shards);
    let total = 0;
    for (const key of keys) {
      const size = key.length + bytes(shards[key]);
      expect(size).toBeLessThanOrEqual(SYNC_LIMITS.itemBytes);
      total += size;
    }
    expect(total).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
    expect(keys.length).toBeLessThanOrEqual(SYNC_LIMITS.maxItems);
    const synced = fromSyncShards(shards, Date.now());
    expect(synced.length + dropped).toBe(5_000);
    expect(dropped).toBeGreaterThan(0);
    expect(synced[0]?.url).toBe('https://example.com/articles/4999');
    expect(Math.min(...synced.map((s) => s.savedAt))).toBeGreaterThan(T0 + (4_999 - synced.length) * 1000);
    expect(synced.every((s) => Array.from(s.title).length <= 120)).toBe(true);
  });

  it('round-trips the list fields', () => {
    const item = makeItem({
      url: 'https://example.com/a',
      title: 'A',
      tags: ['x', 'y'],
      state: 'archived',
      savedAt: T0 + 5,
      updatedAt: T0 + 9,
    });
    expect(fromSyncShards({ other: 1, ...toSyncShards([item]).shards }, Date.now())).toEqual([
      {
        url: 'https://example.com/a',
        title: 'A',
        savedAt: T0 + 5,
        updatedAt: T0 + 9,
        tags: ['x', 'y'],
        state: 'archived',
      },
    ]);
  });

  it('trims titles by characters without splitting emoji', () => {
    const title = '😀'.repeat(130);
    expect(Array.from(trimTitle(title))).toHaveLength(120);
    expect(trimTitle(title).endsWith('😀…')).toBe(true);
  });
});

describe('mergeSynced', () => {
  const local = makeItem({ url: 'https://example.com/a', state: 'unread', tags: ['x'], updatedAt: 100 });
  it('adds pending stubs and applies only newer state/tags', () => {
    const merge = mergeSynced(
      [local],
      [
        {
          url: 'https://www.example.com/a/',
          title: 'A',
          savedAt: 1,
          updatedAt: 200,
          tags: ['x', 'y'],
          state: 'archived',
        },
        {
          url: 'https://example.com/new',
          title: 'New',
          savedAt: T0 + 2,
          updatedAt: T0 + 2,
          tags: ['z'],
          state: 'unread',
        },
      ],
      T0 + 999,
    );
    expect(merge.update).toEqual([
      { id: local.id, patch: { state: 'archived', tags: ['x', 'y'], updatedAt: 200 } },
    ]);
    expect(merge.add).toHaveLength(1);
    expect(merge.add[0]).toMatchObject({
      id: 'https://example.com/new',
      title: 'New',
      tags: ['z'],
      fetchState: 'pending',
      savedAt: T0 + 2,
    });
  });

  it('ignores older synced changes', () => {
    const merge = mergeSynced(
      [local],
      [{ url: local.url, title: 'A', savedAt: 1, updatedAt: 50, tags: [], state: 'archived' }],
      999,
    );
    expect(merge).toEqual({ add: [], update: [], remove: [] });
  });

  it('removes a page deleted elsewhere after its last change here, and never brings a deleted page back', () => {
    const later = makeItem({ url: 'https://example.com/later', updatedAt: 500 });
    const merge = mergeSynced(
      [local, later],
      [
        {
          url: 'https://example.com/gone',
          title: 'Gone',
          savedAt: 1,
          updatedAt: 300,
          tags: [],
          state: 'unread',
        },
        {
          url: 'https://example.com/back',
          title: 'Back',
          savedAt: 1,
          updatedAt: 700,
          tags: [],
          state: 'unread',
        },
      ],
      999,
      {
        [local.id]: 150,
        [later.id]: 400,
        'https://example.com/gone': 300,
        'https://example.com/back': 600,
      },
    );
    // local (changed at 100) was deleted at 150; later was changed at 500, after its deletion at 400.
    expect(merge.remove).toEqual([local.id]);
    // gone was deleted when it was last synced; back was saved again (700) after its deletion (600).
    expect(merge.add.map((item) => item.id)).toEqual(['https://example.com/back']);
    expect(merge.update).toEqual([]);
  });
});

describe('tombstones', () => {
  it('sync deletions ahead of the list and read back as deletions, not pages', () => {
    const items = [makeItem({ url: 'https://example.com/kept', savedAt: 5 })];
    const { shards, dropped } = toSyncShards(items, undefined, {
      'https://example.com/old': 1_700_000_000_010,
      'https://example.com/new': 1_700_000_000_020,
    });
    expect(dropped).toBe(0);
    const entries = Object.values(shards).flat();
    expect(entries.map((entry) => entry[0])).toEqual([
      'https://example.com/new',
      'https://example.com/old',
      'https://example.com/kept',
    ]);
    expect(fromSyncShards(shards, Date.now()).map((item) => item.url)).toEqual(['https://example.com/kept']);
    expect(fromSyncTombstones(shards, Date.now())).toEqual({
      'https://example.com/new': 1_700_000_000_020,
      'https://example.com/old': 1_700_000_000_010,
    });
  });

  it('keep the newest deletions younger than 60 days, and merge by the latest time', () => {
    const now = Date.UTC(2026, 10, 26);
    const day = 86_400_000;
    const many = Object.fromEntries(
      Array.from({ length: MAX_SYNCED_TOMBSTONES + 5 }, (_, n) => [
        `https://example.com/${n}`,
        now - n * 1000,
      ]),
    );
    const pruned = pruneTombstones({ ...many, 'https://example.com/ancient': now - 61 * day }, now);
    expect(Object.keys(pruned)).toHaveLength(MAX_SYNCED_TOMBSTONES);
    expect(pruned).not.toHaveProperty('https://example.com/ancient');
    expect(pruned).not.toHaveProperty(`https://example.com/${MAX_SYNCED_TOMBSTONES}`);
    expect(mergeTombstones({ a: 1, b: 5 }, { b: 3, c: 2 })).toEqual({ a: 1, b: 5, c: 2 });
  });

  it('ignore malformed deletions', () => {
    expect(
      fromSyncTombstones(
        {
          'library:0': [['https://example.com/x', '', 0, 'soon', 2], ['not a url', '', 0, 5, 2], 'junk'],
          'other:0': [['https://example.com/y', '', 0, 5, 2]],
        },
        Date.now(),
      ),
    ).toEqual({});
  });
});
