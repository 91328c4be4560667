import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefresher } from '@/utils/scheduling/refresher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the fetch-progress refresher (createRefresher)', () => {
  const now = () => Date.now();

  it('coalesces a burst into one run, at least the minimum wait later', () => {
    const run = vi.fn();
    const refresh = createRefresher(run, 3000, { minWaitMs: 300, now });
    vi.advanceTimersByTime(5000);
    for (let i = 0; i < 10; i++) refresh.call();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits a full interval after the last run before the next', () => {
    const run = vi.fn();
    const refresh = createRefresher(run, 3000, { minWaitMs: 300, now });
    vi.advanceTimersByTime(5000);
    refresh.call();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    refresh.call();
    vi.advanceTimersByTime(2999);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('counts the interval from when it was made, and cancel drops a waiting run', () => {
    const run = vi.fn();
    const refresh = createRefresher(run, 3000, { minWaitMs: 300, now });
    vi.advanceTimersByTime(1000);
    refresh.call();
    vi.advanceTimersByTime(1999);
    expect(run).not.toHaveBeenCalled();
    refresh.cancel();
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
    refresh.call();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
