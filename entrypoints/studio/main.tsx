import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = browser.i18n.getMessage('studioTitle');
  render(<App hash={location.hash.slice(1)} />, root);
}
