import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_NETWORKS, DEFAULT_SETTINGS, normalizeSettings } from '@/utils/settings';
import { loadSettings, pendingSelectionItem, saveSettings, takePendingSelection } from '@/utils/storage';

describe('normalizeSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['a string', 'x', DEFAULT_SETTINGS],
    [
      'unknown networks and duplicates',
      { networks: ['x', 'myspace', 'x', 'email', 3], mastodonInstance: null },
      { networks: ['x', 'email'], mastodonInstance: null },
    ],
    [
      'no networks field',
      { mastodonInstance: 'mastodon.social' },
      { networks: DEFAULT_NETWORKS, mastodonInstance: 'mastodon.social' },
    ],
    [
      'an instance in handle form',
      { networks: [], mastodonInstance: '@me@fosstodon.org' },
      { networks: [], mastodonInstance: 'fosstodon.org' },
    ],
    [
      'a bad instance',
      { networks: ['x'], mastodonInstance: 'javascript:alert(1)' },
      { networks: ['x'], mastodonInstance: null },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(normalizeSettings(raw)).toEqual(expected);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults, then keeps what was saved (normalized)', async () => {
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await saveSettings({ networks: ['bluesky', 'mastodon'], mastodonInstance: 'https://Mastodon.Social/' });
    await expect(loadSettings()).resolves.toEqual({
      networks: ['bluesky', 'mastodon'],
      mastodonInstance: 'mastodon.social',
    });
  });

  it('repairs a corrupted stored value instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { networks: 'all', mastodonInstance: 42 } });
    await expect(loadSettings()).resolves.toEqual({ networks: DEFAULT_NETWORKS, mastodonInstance: null });
  });
});

describe('pending selection from the context menu', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is read once, only for its tab, only while fresh', async () => {
    await pendingSelectionItem.setValue({ tabId: 7, text: '  Quote me ', at: 1_000 });
    await expect(takePendingSelection(8, 2_000)).resolves.toBe('');
    await expect(takePendingSelection(7, 2_000)).resolves.toBe('Quote me');
    await expect(takePendingSelection(7, 2_000)).resolves.toBe('');
    await pendingSelectionItem.setValue({ tabId: 7, text: 'Old', at: 1_000 });
    await expect(takePendingSelection(7, 1_000 + 61_000)).resolves.toBe('');
  });
});
