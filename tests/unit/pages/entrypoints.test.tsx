import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installEnglishI18n } from '../support/i18n';

// Each page's App throws while drawing, as the library did on one bad date (issue 15): every page's
// main.tsx must show the error page, not a blank one.
const boom = () => {
  throw new RangeError('Invalid time value');
};
vi.mock('@/entrypoints/popup/App', () => ({ App: boom }));
vi.mock('@/entrypoints/library/App', () => ({ App: boom }));
vi.mock('@/entrypoints/reader/App', () => ({ App: boom }));
vi.mock('@/entrypoints/studio/App', () => ({ App: boom }));
vi.mock('@/entrypoints/options/App', () => ({ App: boom }));
vi.mock('@/entrypoints/welcome/App', () => ({ App: boom }));

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  document.body.innerHTML = '<div id="app"></div>';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const pages: Array<[string, () => Promise<unknown>, boolean]> = [
  ['popup', () => import('@/entrypoints/popup/main'), false],
  ['library', () => import('@/entrypoints/library/main'), true],
  ['reader', () => import('@/entrypoints/reader/main'), true],
  ['studio', () => import('@/entrypoints/studio/main'), false],
  ['options', () => import('@/entrypoints/options/main'), false],
  ['welcome', () => import('@/entrypoints/welcome/main'), false],
];

describe('every page draws inside the error boundary', () => {
  it.each(pages)('%s', async (_name, load, exports) => {
    await load();
    await waitFor(() => expect(screen.getByTestId('error-page')).toBeTruthy());
    expect(screen.getByRole('alert').textContent).toBe('What failed: Invalid time value');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export what can be read (JSON)' }) !== null).toBe(exports);
  });
});
