// The reader's faces, bundled (no network): Source Serif 4 and Inter, split by unicode-range.
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/700.css';
import { mountPage } from '@/components/mount-page';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import { exportReadable } from '@/utils/library/rescue';
import { readerIdFrom } from '@/utils/routes';
import { App } from './App';
import { browserReaderPort } from './port';

mountPage('readerPageTitle', <App id={readerIdFrom(location.search)} port={browserReaderPort} />, () =>
  exportReadable(openBrowserLibrary),
);
