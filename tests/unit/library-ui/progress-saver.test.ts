import { describe, expect, it } from 'vitest';
import { PROGRESS_STEP, progressSaver, SAVE_EVERY_MS } from '@/utils/reading/progress-saver';
import type { Clock } from '@/utils/scheduling/throttle';

/** A clock the test moves by hand. */
function manualClock() {
  let time = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const clock: Clock = {
    now: () => time,
    set: (run, ms) => {
      timers.set(next, { at: time + ms, run });
      return next++;
    },
    clear: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    time += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at > time) continue;
      timers.delete(id);
      timer.run();
    }
  };
  return { clock, advance };
}

describe('reading progress saving', () => {
  it('writes at most once a second while scrolling, and the latest position lands', () => {
    const { clock, advance } = manualClock();
    const writes: number[] = [];
    const saver = progressSaver({ current: 0 }, async (progress) => writes.push(progress), clock);
    saver.saw(0.1);
    for (const progress of [0.2, 0.3, 0.4]) {
      advance(100);
      saver.saw(progress);
    }
    expect(writes).toEqual([0.1]);
    advance(SAVE_EVERY_MS);
    expect(writes).toEqual([0.1, 0.4]);
  });

  it('skips a move smaller than half a percent from what is saved', () => {
    const { clock, advance } = manualClock();
    const writes: number[] = [];
    const saved = { current: 0.5 };
    const saver = progressSaver(saved, async (progress) => writes.push(progress), clock);
    saver.saw(0.5 + PROGRESS_STEP / 2);
    advance(SAVE_EVERY_MS);
    saver.saw(0.5 - PROGRESS_STEP / 2);
    expect(writes).toEqual([]);
    advance(SAVE_EVERY_MS);
    saver.saw(0.52);
    expect(writes).toEqual([0.52]);
    expect(saved.current).toBe(0.52);
  });

  it('flush writes a waiting position now (the page is hiding), and a failed write is swallowed', async () => {
    const { clock, advance } = manualClock();
    const writes: number[] = [];
    const saver = progressSaver(
      { current: 0 },
      async (progress) => {
        writes.push(progress);
        throw new Error('quota');
      },
      clock,
    );
    saver.saw(0.3);
    advance(10);
    saver.saw(0.7);
    saver.flush();
    expect(writes).toEqual([0.3, 0.7]);
    await Promise.resolve();
  });
});
