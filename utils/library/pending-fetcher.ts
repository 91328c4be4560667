import type { Library } from './db';
import { FAILED_KEPT, type FetchProgress } from './fetch-progress';
import type { LibraryItem } from './types';

/** How many links are fetched at once: polite to sites, quick enough for an imported list. */
export const FETCH_CONCURRENCY = 4;

/** At most one progress write per this many ms while fetching (plus the first and the last). */
export const PROGRESS_INTERVAL_MS = 250;

/** What the fetcher needs of the saver's world (see `SaverApi`). */
interface FetcherApi {
  library(): Promise<Library>;
  setProgress(progress: FetchProgress): Promise<void>;
  now(): number;
  setTimer?(fn: () => void, ms: number): { cancel(): void };
}

/** Fetches one item; resolves to its failure message, or null when it was saved. Never rejects. */
type FetchOne = (library: Library, item: LibraryItem) => Promise<string | null>;

function defaultTimer(fn: () => void, ms: number): { cancel(): void } {
  const id = setTimeout(fn, ms);
  return { cancel: () => clearTimeout(id) };
}

/**
 * The queue of items without content being fetched, `FETCH_CONCURRENCY` at a time, and its progress as
 * the library page shows it, written at most every `PROGRESS_INTERVAL_MS`. One per worker lifetime: a
 * second request while fetching joins the queue and the same progress.
 */
export class PendingFetcher {
  private readonly queue: LibraryItem[] = [];
  // Taken off the queue and being fetched now: still 'pending' in the database until they finish.
  private readonly inFlight = new Set<string>();
  private progress: { running: boolean; total: number; done: number } | null = null;
  // Every failure of this run, oldest first (a Map keeps insertion order): only the last FAILED_KEPT are
  // written, so each write stays small however many links fail.
  private readonly failures = new Map<string, { id: string; url: string; error: string }>();
  private running: Promise<void> | null = null;
  private lastReport = Number.NEGATIVE_INFINITY;
  private trailing: { cancel(): void } | null = null;
  // Writes in order, one at a time: a later snapshot never lands before an earlier one.
  private writing: Promise<void> = Promise.resolve();
  private readonly setTimer: (fn: () => void, ms: number) => { cancel(): void };

  constructor(
    private readonly api: FetcherApi,
    private readonly fetchOne: FetchOne,
  ) {
    this.setTimer = api.setTimer ?? defaultTimer;
  }

  private snapshot(): FetchProgress | null {
    if (!this.progress) return null;
    const all = [...this.failures.values()];
    return { ...this.progress, failed: all.slice(-FAILED_KEPT), failedCount: all.length, at: this.api.now() };
  }

  private write(): Promise<void> {
    this.trailing?.cancel();
    this.trailing = null;
    this.lastReport = this.api.now();
    this.writing = this.writing.then(async () => {
      const next = this.snapshot();
      if (next) await this.api.setProgress(next);
    });
    return this.writing;
  }

  /**
   * Writes the progress: at once when `now` (start, end) or when the last write is `PROGRESS_INTERVAL_MS`
   * old, else once after that (a 10,000 link import is ~40 writes a second at most 4, not 10,000).
   */
  private report(now = false): Promise<void> {
    if (now || this.api.now() - this.lastReport >= PROGRESS_INTERVAL_MS) return this.write();
    this.trailing ??= this.setTimer(() => void this.write().catch(() => {}), PROGRESS_INTERVAL_MS);
    return Promise.resolve();
  }

  private async drain(library: Library): Promise<void> {
    const worker = async () => {
      for (let item = this.queue.shift(); item; item = this.queue.shift()) {
        this.inFlight.add(item.id);
        const id = item.id;
        const failure = await this.fetchOne(library, item).finally(() => this.inFlight.delete(id));
        if (!this.progress) continue;
        this.progress.done += 1;
        if (failure) this.failures.set(item.id, { id: item.id, url: item.url, error: failure });
        await this.report().catch(() => {});
      }
    };
    // Every worker finishes before the run does (Promise.all would settle at the first failure).
    await Promise.allSettled(Array.from({ length: FETCH_CONCURRENCY }, worker));
  }

  private async run(library: Library): Promise<void> {
    try {
      // Again for items queued while the last workers were finishing.
      do await this.drain(library);
      while (this.queue.length > 0);
    } finally {
      // Whatever happened, the run is over: a run that never ended would hold every later fetch.
      this.queue.length = 0;
      this.running = null;
      if (this.progress) this.progress.running = false;
      await this.report(true).catch(() => {});
    }
  }

  /** The items to fetch: those asked for, or every pending one; none already queued or in flight. */
  private async candidates(library: Library, ids?: readonly string[]): Promise<LibraryItem[]> {
    const candidates = ids
      ? (await Promise.all(ids.map((id) => library.get(id)))).filter((item): item is LibraryItem => !!item)
      : // Rows only: the pending ones have no content, and reading everyone's would take seconds.
        (await library.listRows())
          .filter((row) => row.fetchState === 'pending')
          .map((row): LibraryItem => ({ ...row, contentHtml: null, text: null }));
    const queued = new Set(this.queue.map((item) => item.id));
    return candidates.filter(
      (item) => item.fetchState !== 'ok' && !queued.has(item.id) && !this.inFlight.has(item.id),
    );
  }

  async fetchPending(ids?: readonly string[]): Promise<void> {
    const library = await this.api.library();
    const fresh = await this.candidates(library, ids);
    if (fresh.length === 0) return this.running ?? undefined;
    if (!this.running || !this.progress) {
      this.progress = { running: true, total: 0, done: 0 };
      this.failures.clear();
    }
    this.progress.total += fresh.length;
    for (const item of fresh) this.failures.delete(item.id);
    this.queue.push(...fresh);
    await this.report(true);
    this.running ??= this.run(library);
    return this.running;
  }
}
