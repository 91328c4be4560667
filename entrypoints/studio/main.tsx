import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { uiDirection, uiLanguage } from '@/utils/i18n';
import { studioDataFrom } from '@/utils/routes';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  document.title = browser.i18n.getMessage('studioTitle');
  render(
    <ErrorBoundary>
      <App hash={studioDataFrom(location.hash)} />
    </ErrorBoundary>,
    root,
  );
}
