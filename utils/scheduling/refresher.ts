export interface Refresher {
  /** Asks for a run: coalesced with any already waiting. */
  call(): void;
  /** Drops a waiting run (the page is leaving). */
  cancel(): void;
}

/**
 * Runs `run` at most once per `intervalMs`: a burst of calls is coalesced (waiting at least `minWaitMs`),
 * and the next run waits a full interval after the last one started, or after the refresher was made.
 * Unlike `throttle` (`throttle.ts`, which saves scroll progress), even the first call waits: a reload
 * is never worth doing on the first of a burst of changes.
 */
export function createRefresher(
  run: () => void,
  intervalMs: number,
  { minWaitMs = 300, now = () => performance.now() }: { minWaitMs?: number; now?: () => number } = {},
): Refresher {
  let last = now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    call() {
      if (timer !== null) return;
      const wait = Math.max(minWaitMs, last + intervalMs - now());
      timer = setTimeout(() => {
        timer = null;
        last = now();
        run();
      }, wait);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
