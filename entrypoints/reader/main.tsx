// The reader's faces, bundled (no network): Source Serif 4 and Inter, split by unicode-range.
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/700.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { uiDirection, uiLanguage } from '@/utils/i18n';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import { exportReadable } from '@/utils/library/rescue';
import { readerIdFrom } from '@/utils/routes';
import { App } from './App';
import { browserReaderPort } from './port';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  document.title = browser.i18n.getMessage('readerPageTitle');
  render(
    <ErrorBoundary onExport={() => exportReadable(openBrowserLibrary)}>
      <App id={readerIdFrom(location.search)} port={browserReaderPort} />
    </ErrorBoundary>,
    root,
  );
}
