import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { SaveFailureNotice } from '@/components/SaveFailureNotice';
import { uiDirection, uiLanguage } from '@/utils/i18n';
import { App } from './App';
import { browserFlowDeps } from './port';

const root = document.getElementById('app');
if (root) {
  // The UI language drives direction (Arabic and Hebrew mirror the popup).
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  document.title = browser.i18n.getMessage('extName');
  render(
    <ErrorBoundary>
      <SaveFailureNotice />
      <App search={location.search} deps={browserFlowDeps} />
    </ErrorBoundary>,
    root,
  );
}
