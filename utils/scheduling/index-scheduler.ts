import type { SearchKeeper } from '../library/search-keeper';
import { WORK_SLICE_MS, yieldToMain } from './yield';

/** Reads the texts of these ids; an id missing from the map is an item deleted since the rows were read. */
export type TextReader = (ids: string[]) => Promise<Map<string, string | null>>;

export interface IndexSchedulerOptions {
  keeper: SearchKeeper;
  /** Items whose text is read per batch (the next batch's while this one is indexed). */
  batch: number;
  /** True once the page is leaving: indexing stops at the next slice. */
  closed: () => boolean;
  /** After each batch has been indexed. */
  onBatch: () => void;
  /** Lets the page breathe between slices (tests pass their own). */
  pause?: () => Promise<void>;
  now?: () => number;
  /** Milliseconds of indexing between pauses. */
  sliceMs?: number;
}

export interface IndexScheduler {
  /**
   * Indexes what the keeper has queued, unless a run is already going (it picks up what was queued
   * meanwhile when it ends). Resolves when this call's run has finished; never rejects (a failed read
   * leaves search on titles until the next sync).
   */
  run(read: TextReader): Promise<void>;
  readonly running: boolean;
}

/**
 * The library's incremental indexer: reads a batch's texts (the next batch's while indexing this one),
 * indexes for ~8 ms, yields, and so on, so typing and scrolling stay responsive while 10,000 articles index.
 */
export function createIndexScheduler(options: IndexSchedulerOptions): IndexScheduler {
  const { keeper, closed, onBatch } = options;
  const pause = options.pause ?? yieldToMain;
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? WORK_SLICE_MS;
  let running = false;

  const readAhead = (read: TextReader, ids: string[]) => {
    const texts = ids.length === 0 ? Promise.resolve(new Map<string, string | null>()) : read(ids);
    // When the page closes first, nobody awaits it, and its failure is expected.
    texts.catch(() => {});
    return texts;
  };

  const indexAll = async (read: TextReader) => {
    let batch = keeper.take(options.batch);
    let texts = readAhead(
      read,
      batch.map((entry) => entry.id),
    );
    while (batch.length > 0 && !closed()) {
      const got = await texts;
      const next = keeper.pending > 0 ? keeper.take(options.batch) : [];
      texts = readAhead(
        read,
        next.map((entry) => entry.id),
      );
      let index = 0;
      while (index < batch.length && !closed()) {
        const start = now();
        do {
          const entry = batch[index++];
          if (entry && got.has(entry.id)) keeper.add(entry, got.get(entry.id) ?? null);
        } while (index < batch.length && now() - start < sliceMs);
        if (index < batch.length) await pause();
      }
      keeper.done(batch.length);
      onBatch();
      batch = next;
      if (batch.length > 0) await pause();
    }
    if (batch.length > 0) keeper.done(batch.length);
  };

  const scheduler: IndexScheduler = {
    async run(read) {
      if (running) return;
      running = true;
      try {
        await indexAll(read);
      } catch {
        // The database closed (page leaving) or failed: search falls back to titles until the next sync.
      } finally {
        running = false;
      }
      // Rows synced while the last batch was finishing.
      if (!closed() && keeper.pending > 0) await scheduler.run(read);
    },
    get running() {
      return running;
    },
  };
  return scheduler;
}
