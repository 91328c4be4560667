import { describe, expect, it } from 'vitest';
import { nextChange } from '../../../utils/consent/pace';

describe('nextChange', () => {
  it('waits for a change, but never less than the minimum', async () => {
    let settled = false;
    const started = performance.now();
    const waiting = nextChange(document, 40, 2000).then(() => {
      settled = true;
    });
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    await waiting;
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('resolves as soon as a change comes after the minimum', async () => {
    const started = performance.now();
    const waiting = nextChange(document, 20, 2000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    document.body.setAttribute('data-changed', String(Math.random()));
    await waiting;
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('gives up waiting for a change at the maximum', async () => {
    let settled = false;
    const waiting = nextChange(document, 10, 200).then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    await waiting;
    expect(settled).toBe(true);
  });
});
