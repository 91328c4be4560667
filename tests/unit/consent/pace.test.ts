import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextChange } from '../../../utils/consent/pace';

// The page's clock is faked, so what is asserted is the order of the minimum, the change and the maximum,
// never how fast a loaded machine runs timers.
describe('nextChange', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a change, but never less than the minimum', async () => {
    let settled = false;
    const waiting = nextChange(document, 40, 2000).then(() => {
      settled = true;
    });
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(39);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(settled).toBe(true);
  });

  it('resolves as soon as a change comes after the minimum', async () => {
    let settled = false;
    const waiting = nextChange(document, 20, 2000).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(60);
    expect(settled).toBe(false);
    document.body.setAttribute('data-changed', String(Math.random()));
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(settled).toBe(true);
  });

  it('gives up waiting for a change at the maximum', async () => {
    let settled = false;
    const waiting = nextChange(document, 10, 200).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(settled).toBe(true);
  });
});
