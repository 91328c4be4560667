import { describe, expect, it } from 'vitest';
import { fromSyncShards, mergeSynced, SYNC_LIMITS, toSyncShards, trimTitle } from '@/utils/library/sync';
import { makeItem } from './helpers';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('toSyncShards', () => {
  it('fits 5,000 items within every Chrome limit, keeping the newest and counting the dropped', () => {
    const items = Array.from({ length: 5_000 }, (_, n) =>
      makeItem({
        url: `https://example.com/articles/${n}`,
        title: `Título número ${n} `.repeat(12),
        savedAt: n * 1000,
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
    const synced = fromSyncShards(shards);
    expect(synced.length + dropped).toBe(5_000);
    expect(dropped).toBeGreaterThan(0);
    expect(synced[0]?.url).toBe('https://example.com/articles/4999');
    expect(Math.min(...synced.map((s) => s.savedAt))).toBeGreaterThan((4_999 - synced.length) * 1000);
    expect(synced.every((s) => Array.from(s.title).length <= 120)).toBe(true);
  });

  it('round-trips the list fields', () => {
    const item = makeItem({
      url: 'https://example.com/a',
      title: 'A',
      tags: ['x', 'y'],
      state: 'archived',
      savedAt: 5,
      updatedAt: 9,
    });
    expect(fromSyncShards({ other: 1, ...toSyncShards([item]).shards })).toEqual([
      {
        url: 'https://example.com/a',
        title: 'A',
        savedAt: 5,
        updatedAt: 9,
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
          savedAt: 2,
          updatedAt: 2,
          tags: ['z'],
          state: 'unread',
        },
      ],
      999,
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
      savedAt: 2,
    });
  });

  it('ignores older synced changes', () => {
    const merge = mergeSynced(
      [local],
      [{ url: local.url, title: 'A', savedAt: 1, updatedAt: 50, tags: [], state: 'archived' }],
      999,
    );
    expect(merge).toEqual({ add: [], update: [] });
  });
});
