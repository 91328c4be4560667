import { describe, expect, it, vi } from 'vitest';
import { toListRow } from '@/utils/library/list';
import { SearchKeeper } from '@/utils/library/search-keeper';
import type { LibraryItem } from '@/utils/library/types';
import { createIndexScheduler, type TextReader } from '@/utils/scheduling/index-scheduler';
import { makeItem } from '../library/helpers';

const WORDS = ['harbour', 'sourdough', 'glacier', 'lantern', 'orchard', 'quarry', 'meadow'];

function items(count: number): LibraryItem[] {
  return Array.from({ length: count }, (_, i) =>
    makeItem({
      url: `https://site.example/${i}`,
      title: `Article ${i}`,
      text: `A piece about the ${WORDS[i % WORDS.length]} number ${i}.`,
      savedAt: 1_700_000_000_000 + i,
    }),
  );
}

/** A reader of the items' texts that records which ids each call asked for. */
function reader(source: LibraryItem[]) {
  const calls: string[][] = [];
  const byId = new Map(source.map((item) => [item.id, item.text]));
  const read: TextReader = async (ids) => {
    calls.push(ids);
    return new Map(ids.filter((id) => byId.has(id)).map((id) => [id, byId.get(id) ?? null]));
  };
  return { read, calls };
}

const pause = () => Promise.resolve();

describe('the library indexing scheduler', () => {
  it('indexes every item in batches, reading each batch once, and reports each batch', async () => {
    const all = items(7);
    const keeper = new SearchKeeper();
    keeper.sync(all.map(toListRow));
    const onBatch = vi.fn();
    const scheduler = createIndexScheduler({ keeper, batch: 3, closed: () => false, onBatch, pause });
    const { read, calls } = reader(all);
    await scheduler.run(read);
    expect(calls.map((ids) => ids.length)).toEqual([3, 3, 1]);
    expect(onBatch).toHaveBeenCalledTimes(3);
    expect(keeper.ready).toBe(true);
    expect(keeper.search('glacier')).toEqual([all[2]?.id]);
    expect(scheduler.running).toBe(false);
  });

  it('runs once at a time, and picks up rows synced while it ran', async () => {
    const first = items(4);
    const more = [...first, ...items(6).slice(4)];
    const keeper = new SearchKeeper();
    keeper.sync(first.map(toListRow));
    let synced = false;
    const scheduler = createIndexScheduler({
      keeper,
      batch: 2,
      closed: () => false,
      // New rows arrive as the last batch finishes, after the run has taken its last batch.
      onBatch: () => {
        if (keeper.ready && !synced) {
          synced = true;
          keeper.sync(more.map(toListRow));
        }
      },
      pause,
    });
    const { read } = reader(more);
    const running = scheduler.run(read);
    expect(scheduler.running).toBe(true);
    // A second call while running returns at once and never reads: one reader of the rows.
    const second = vi.fn(read);
    await scheduler.run(second);
    await running;
    expect(synced).toBe(true);
    expect(keeper.search('orchard')).toEqual([more[4]?.id]);
    expect(keeper.search('quarry')).toEqual([more[5]?.id]);
    expect(keeper.pending).toBe(0);
    expect(second).not.toHaveBeenCalled();
  });

  it('stops when the page closes, leaving the index incomplete', async () => {
    const all = items(6);
    const keeper = new SearchKeeper();
    keeper.sync(all.map(toListRow));
    let closed = false;
    const scheduler = createIndexScheduler({
      keeper,
      batch: 2,
      closed: () => closed,
      onBatch: () => {
        closed = true;
      },
      pause,
    });
    const { read } = reader(all);
    await scheduler.run(read);
    expect(keeper.ready).toBe(false);
    expect(keeper.search('glacier')).toEqual([]);
    expect(keeper.search('harbour')).toEqual([all[0]?.id]);
  });

  it('skips items deleted since the rows were read, and survives a failed read', async () => {
    const all = items(3);
    const keeper = new SearchKeeper();
    keeper.sync(all.map(toListRow));
    const scheduler = createIndexScheduler({
      keeper,
      batch: 5,
      closed: () => false,
      onBatch: () => {},
      pause,
    });
    await scheduler.run(reader(all.slice(1)).read);
    expect(keeper.search('harbour')).toEqual([]);
    expect(keeper.search('sourdough')).toEqual([all[1]?.id]);

    keeper.sync(items(4).map(toListRow));
    await expect(scheduler.run(async () => Promise.reject(new Error('closed')))).resolves.toBeUndefined();
    expect(scheduler.running).toBe(false);
  });

  it('yields between slices of work, not after every item', async () => {
    const all = items(6);
    const keeper = new SearchKeeper();
    keeper.sync(all.map(toListRow));
    let clock = 0;
    const pauses = vi.fn(pause);
    const scheduler = createIndexScheduler({
      keeper,
      batch: 6,
      closed: () => false,
      onBatch: () => {},
      pause: pauses,
      // Each item takes 4 ms; a slice is 8 ms.
      now: () => (clock += 4),
      sliceMs: 8,
    });
    await scheduler.run(reader(all).read);
    expect(keeper.ready).toBe(true);
    // Six items at about two per slice: a pause between slices, none after the last.
    expect(pauses.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(pauses.mock.calls.length).toBeLessThan(6);
  });
});
