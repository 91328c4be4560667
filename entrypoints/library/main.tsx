import { mountPage } from '@/components/mount-page';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import { EARLY_ROWS_KEY, EARLY_ROWS_VALUE_KEY, type EarlyRows } from '@/utils/library/early';
import { exportReadable } from '@/utils/library/rescue';
import { App } from './App';
import { browserLibraryPort } from './port';

performance.mark('library:module');
// Opened while Preact renders the page's shell, not after: the first rows come sooner.
const opening = openBrowserLibrary();
const port = browserLibraryPort(() => opening);

// What library-early.js read (or is reading) before this module ran.
const page = globalThis as Record<string, unknown>;
const early = page[EARLY_ROWS_KEY] as Promise<EarlyRows | null> | undefined;
const ready = page[EARLY_ROWS_VALUE_KEY] as EarlyRows | null | undefined;
// The rescue export opens its own connection: the page's closes when the page's App goes.
mountPage('libraryPageTitle', <App port={port} earlyRows={early} initialRows={ready} />, () =>
  exportReadable(openBrowserLibrary),
);
