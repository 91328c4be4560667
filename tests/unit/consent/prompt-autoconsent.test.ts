import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PromptAutoConsent } from '../../../utils/consent/prompt-autoconsent';

type Platform = Parameters<PromptAutoConsent['waitForPopup']>[0];

/** A platform whose dialog shows once `open()` was called; counts the looks. */
function platform() {
  let shown = false;
  const detectPopup = vi.fn(async () => shown);
  return { cmp: { detectPopup } as unknown as Platform, detectPopup, open: () => (shown = true) };
}

describe('PromptAutoConsent.waitForPopup', () => {
  let engine: PromptAutoConsent;
  beforeEach(() => {
    vi.useFakeTimers();
    // No config: the engine only sends `init` and waits, which is all these tests need.
    engine = new PromptAutoConsent(async () => {}, null, null);
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('looks again as soon as the page changes (after 150 ms), not on a 500 ms clock', async () => {
    const { cmp, detectPopup, open } = platform();
    const found = engine.waitForPopup(cmp);
    await vi.advanceTimersByTimeAsync(0);
    expect(detectPopup).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    // The platform draws its dialog.
    open();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(60);
    expect(detectPopup).toHaveBeenCalledTimes(2);
    await expect(found).resolves.toBe(true);
  });

  it('without page changes, looks every 500 ms and gives up after autoconsent’s own time', async () => {
    const { cmp, detectPopup } = platform();
    let result: boolean | null = null;
    void engine.waitForPopup(cmp, 4, 500).then((open) => {
      result = open;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(detectPopup).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2);
    expect(detectPopup).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(result).toBe(false);
    expect(detectPopup.mock.calls.length).toBeLessThanOrEqual(6);
  });

  it('a platform whose check throws counts as no dialog', async () => {
    const detectPopup = vi.fn(async () => {
      throw new Error('eval failed');
    });
    const found = engine.waitForPopup({ detectPopup } as unknown as Platform, 1, 500);
    await vi.advanceTimersByTimeAsync(1500);
    await expect(found).resolves.toBe(false);
  });
});
