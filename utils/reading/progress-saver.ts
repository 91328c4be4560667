import { type Clock, throttle } from '../scheduling/throttle';

/** Reading progress is saved at most once per this many ms while scrolling (and when the page goes). */
export const SAVE_EVERY_MS = 1000;
/** A change smaller than this (half a percent) is not worth a write. */
export const PROGRESS_STEP = 0.005;

export interface ProgressSaver {
  /** The reader scrolled to `progress` (0..1). */
  saw(progress: number): void;
  /** Writes a waiting value now (the page is hiding or going). */
  flush(): void;
}

/**
 * Saves reading progress as the reader scrolls: at most once a second, the latest value wins, and a
 * move of less than half a percent from what was last saved writes nothing. A failed write is ignored:
 * progress is a convenience and must not interrupt reading.
 */
export function progressSaver(
  /** What the item holds now; updated on each write (it outlives one saver: a ref). */
  lastSaved: { current: number },
  write: (progress: number) => Promise<unknown>,
  clock?: Clock,
): ProgressSaver {
  const save = throttle(
    (progress: number) => {
      if (Math.abs(progress - lastSaved.current) < PROGRESS_STEP) return;
      lastSaved.current = progress;
      write(progress).catch(() => {});
    },
    SAVE_EVERY_MS,
    clock,
  );
  return { saw: (progress) => save.call(progress), flush: () => save.flush() };
}
