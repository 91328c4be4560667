import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import { EARLY_ROWS_KEY, type EarlyRows } from '@/utils/library/early';
import { App } from './App';

performance.mark('library:module');
// Opened while Preact renders the page's shell, not after: the first rows come sooner.
const opening = openBrowserLibrary();

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = browser.i18n.getMessage('libraryPageTitle');
  const early = (globalThis as Record<string, unknown>)[EARLY_ROWS_KEY] as
    | Promise<EarlyRows | null>
    | undefined;
  render(<App openDb={() => opening} earlyRows={early} />, root);
}
