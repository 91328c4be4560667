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
