import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveFailureNotice } from '@/components/SaveFailureNotice';
import { composeBadge } from '@/utils/badge';
import { LibraryError } from '@/utils/library/errors';
import { reportSave, saveFailureItem } from '@/utils/library/save-failure';
import { localized } from '@/utils/localized';
import { installEnglishI18n } from '../support/i18n';

// Issue 15, finding 10: saving by shortcut or "Save link" swallowed every error, quota included.
beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
});
afterEach(cleanup);

const quota = () =>
  new LibraryError('quota', 'Your browser has no room left for the library.', {
    localized: localized('libraryErrorQuota'),
  });

describe('reportSave', () => {
  it('remembers a failed save for its tab, in the reader’s words, and resolves false', async () => {
    const failed = await reportSave(
      () => Promise.reject(quota()),
      { tabId: 7, url: 'https://news.example/a' },
      () => 1000,
    );
    expect(failed).toBe(false);
    expect(await saveFailureItem.getValue()).toEqual({
      tabId: 7,
      url: 'https://news.example/a',
      message: expect.stringMatching(/no room left/),
      at: 1000,
    });
  });

  it('a later save on the same tab that works clears it', async () => {
    await reportSave(() => Promise.reject(quota()), { tabId: 7, url: 'https://news.example/a' });
    expect(await reportSave(async () => {}, { tabId: 7, url: 'https://news.example/a' })).toBe(true);
    expect(await saveFailureItem.getValue()).toBeNull();
  });

  it('a save that works on another tab leaves the failure to be seen', async () => {
    await reportSave(() => Promise.reject(quota()), { tabId: 7, url: null });
    await reportSave(async () => {}, { tabId: 8, url: null });
    expect((await saveFailureItem.getValue())?.tabId).toBe(7);
  });
});

describe('the toolbar badge after a failed save', () => {
  it('shows ! in red with a title that says where to look', () => {
    expect(composeBadge({ saved: false, consent: null, saveFailed: true })).toEqual({
      text: '!',
      color: '#b3261e',
      titles: ['badgeSaveFailed'],
    });
    expect(composeBadge({ saved: true, consent: 'reject', saveFailed: true }).text).toBe('!★✓');
  });
});

describe('the popup’s notice', () => {
  it('says what went wrong on the next open, and Dismiss forgets it', async () => {
    await reportSave(() => Promise.reject(quota()), { tabId: 7, url: null });
    render(<SaveFailureNotice />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Your last save did not work: .*no room left/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => expect(await saveFailureItem.getValue()).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing when no save failed', async () => {
    render(<SaveFailureNotice />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
