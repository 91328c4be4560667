import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { uiDirection, uiLanguage } from '@/utils/i18n';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import { EARLY_ROWS_KEY, EARLY_ROWS_VALUE_KEY, type EarlyRows } from '@/utils/library/early';
import { exportReadable } from '@/utils/library/rescue';
import { App } from './App';
import { browserLibraryPort } from './port';

performance.mark('library:module');
// Opened while Preact renders the page's shell, not after: the first rows come sooner.
const opening = openBrowserLibrary();
const port = browserLibraryPort(() => opening);

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  document.title = browser.i18n.getMessage('libraryPageTitle');
  // What library-early.js read (or is reading) before this module ran.
  const page = globalThis as Record<string, unknown>;
  const early = page[EARLY_ROWS_KEY] as Promise<EarlyRows | null> | undefined;
  const ready = page[EARLY_ROWS_VALUE_KEY] as EarlyRows | null | undefined;
  // The rescue export opens its own connection: the page's closes when the page's App goes.
  render(
    <ErrorBoundary onExport={() => exportReadable(openBrowserLibrary)}>
      <App port={port} earlyRows={early} initialRows={ready} />
    </ErrorBoundary>,
    root,
  );
}
