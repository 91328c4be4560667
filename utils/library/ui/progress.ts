/** How far through the article the reader is, 0..1, from the window's scroll position. */
export function scrollProgress(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const max = scrollHeight - viewportHeight;
  if (!Number.isFinite(max) || max <= 0) return 1;
  const value = Math.min(1, Math.max(0, scrollTop / max));
  // Three decimals: enough to land on the same paragraph, and stable enough not to write on every pixel.
  return Math.round(value * 1000) / 1000;
}

/** The scrollTop that restores `progress`. */
export function scrollTopForProgress(progress: number, scrollHeight: number, viewportHeight: number): number {
  const max = Math.max(0, scrollHeight - viewportHeight);
  const clamped = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return Math.round(clamped * max);
}

/** Time source for `throttle` (a fake one in tests). */
export interface Clock {
  now(): number;
  set(run: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

/**
 * Calls `run` at most once per `interval` ms with the latest arguments (the last call always lands,
 * `interval` after the previous one); `flush` runs a pending call now (pagehide), `cancel` drops it.
 */
export function throttle<Args extends unknown[]>(
  run: (...args: Args) => void,
  interval: number,
  clock: Clock = {
    now: () => Date.now(),
    set: (fn, ms) => globalThis.setTimeout(fn, ms),
    clear: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): { call(...args: Args): void; flush(): void; cancel(): void } {
  let last = Number.NEGATIVE_INFINITY;
  let pending: Args | null = null;
  let timer: unknown = null;
  const fire = () => {
    if (timer !== null) clock.clear(timer);
    timer = null;
    if (pending === null) return;
    const args = pending;
    pending = null;
    last = clock.now();
    run(...args);
  };
  return {
    call(...args) {
      pending = args;
      const wait = last + interval - clock.now();
      if (wait <= 0) fire();
      else if (timer === null) timer = clock.set(fire, wait);
    },
    flush: fire,
    cancel() {
      if (timer !== null) clock.clear(timer);
      timer = null;
      pending = null;
    },
  };
}
