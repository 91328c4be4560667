import { storage } from '#imports';

/**
 * Progress of the background's fetching of saved links that have no content yet (imports, "Save link",
 * items synced from another device). Written by the background only; the library page watches it.
 */
export interface FetchProgress {
  running: boolean;
  total: number;
  done: number;
  /**
   * The most recent failures (at most `FAILED_KEPT`): writing all of them after every link made a 10,000
   * link import quadratic. Every failed item is in the library with `fetchState: 'failed'`.
   */
  failed: Array<{ id: string; url: string; error: string }>;
  /** How many links of this run failed (absent in progress written before it existed: `failed.length`). */
  failedCount?: number;
  /** Epoch ms of the last change. */
  at: number;
}

/** How many failures the progress lists. */
export const FAILED_KEPT = 100;

/** How many links failed, whichever version of the progress this is. */
export function failedTotal(progress: FetchProgress): number {
  return Math.max(progress.failedCount ?? 0, progress.failed.length);
}

export const IDLE_FETCH: FetchProgress = {
  running: false,
  total: 0,
  done: 0,
  failed: [],
  failedCount: 0,
  at: 0,
};

export const fetchProgressItem = storage.defineItem<FetchProgress>('session:libraryFetch', {
  fallback: IDLE_FETCH,
});

/**
 * Page addresses saved under another canonical URL (the toolbar's "saved" star looks here too). Only
 * URLs of pages the reader saved, kept on this device.
 */
export const libraryAliasesItem = storage.defineItem<Record<string, string>>('local:libraryAliases', {
  fallback: {},
});
