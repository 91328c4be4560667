import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = browser.i18n.getMessage('welcomePageTitle');
  render(<App />, root);
}
