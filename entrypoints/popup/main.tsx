import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  // The UI language drives direction (Arabic and Hebrew mirror the popup).
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = browser.i18n.getMessage('extName');
  render(<App search={location.search} />, root);
}
