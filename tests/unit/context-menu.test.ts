import { describe, expect, it, vi } from 'vitest';
import { type ContextMenuApi, onShareQuoteClicked, SHARE_QUOTE_MENU } from '@/utils/context-menu';

function api(
  openPopup: () => Promise<void>,
): ContextMenuApi & { openWindow: ReturnType<typeof vi.fn>; rememberSelection: ReturnType<typeof vi.fn> } {
  return {
    rememberSelection: vi.fn(async () => undefined),
    openPopup,
    openWindow: vi.fn(async () => undefined),
    popupUrl: (tabId) => `chrome-extension://id/popup.html?tab=${tabId}`,
  };
}

describe('onShareQuoteClicked', () => {
  it('opens the toolbar popup, which reads the selection first', async () => {
    const fake = api(vi.fn(async () => undefined));
    await expect(onShareQuoteClicked(fake, { menuItemId: SHARE_QUOTE_MENU }, { id: 4 })).resolves.toBe(
      'popup',
    );
    expect(fake.openWindow).not.toHaveBeenCalled();
  });

  it('falls back to the composer in a window for that tab when the popup cannot open', async () => {
    const fake = api(async () => {
      throw new Error('Could not find an active browser window.');
    });
    await expect(onShareQuoteClicked(fake, { menuItemId: SHARE_QUOTE_MENU }, { id: 4 })).resolves.toBe(
      'window',
    );
    expect(fake.openWindow).toHaveBeenCalledWith('chrome-extension://id/popup.html?tab=4');
  });

  it.each([
    ['another menu entry', { menuItemId: 'something-else' }, { id: 4 }],
    ['no tab', { menuItemId: SHARE_QUOTE_MENU }, undefined],
  ])('ignores %s', async (_label, info, tab) => {
    const openPopup = vi.fn(async () => undefined);
    await expect(onShareQuoteClicked(api(openPopup), info, tab)).resolves.toBe('ignored');
    expect(openPopup).not.toHaveBeenCalled();
  });
});
