import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Fontsource stylesheets list a .woff fallback after each .woff2; every browser Pullquote supports reads
 * woff2, so dropping the fallback halves the fonts the extension ships.
 */
function woff2Only(): Plugin {
  return {
    name: 'pullquote:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource/') || !id.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

/**
 * autoconsent's full rule list (the compact one drops every opt-in step), shipped as a file the background
 * reads on first use, so its 680 kB is parsed only when a site has a consent choice to apply.
 */
function consentRules(): string {
  const path = createRequire(import.meta.url).resolve('@duckduckgo/autoconsent/rules/rules.json');
  return JSON.stringify(JSON.parse(readFileSync(path, 'utf8')));
}

// https://wxt.dev/api/config.html
export default defineConfig({
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'consent-rules.json', contents: consentRules() });
    },
  },
  zip: {
    // `wxt zip -b firefox` also writes the sources zip AMO asks for: everything `npm ci && npm run
    // build:firefox` reads to rebuild the same files. node_modules, .output and dotfiles are left out by WXT;
    // the tests (fixture pages copied from news sites, screenshots) are not needed to build.
    excludeSources: ['tests/**', 'stats.html', '**/*.log'],
  },
  // Explicit imports only: every name says where it comes from (house style 3).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), woff2Only()],
    build: { chunkSizeWarningLimit: 1024 },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab grants the current tab when the reader clicks the toolbar button, picks the context-menu
    // entry or presses the shortcut. Site access on every http(s) page is what cookie-consent memory needs:
    // its content script runs on every page, and platforms like Cookiebot are answered through a script in
    // the page's own world (scripting.executeScript), which needs host permission. The same access lets
    // "Save link" fetch the linked page and a card load an article's photo from its CDN. Chrome lets the
    // reader narrow it to chosen sites; the studio then asks for an image's site when it needs it.
    // The library keeps full articles in IndexedDB: unlimitedStorage keeps the browser from evicting it.
    // Chrome's service worker has no DOM, so saved pages are read in an offscreen document.
    // declarativeNetRequestWithHostAccess (no install prompt: it acts only where host access is granted)
    // blocks the extension's own requests to this computer and the local network, redirects included
    // (utils/page/network-guard.ts).
    ...(browser === 'firefox'
      ? {
          permissions: [
            'activeTab',
            'scripting',
            'storage',
            'unlimitedStorage',
            'contextMenus',
            // Firefox MV2 has no declarativeNetRequest: a blocking webRequest listener keeps the extension's
            // own requests (redirects included) off the local network (utils/page/network-guard.ts).
            'webRequest',
            'webRequestBlocking',
            'http://*/*',
            'https://*/*',
          ],
        }
      : {
          // favicon: cards show the site's icon from Chrome's own favicon cache (`_favicon/`), with no request
          // to the site; Firefox has no such cache, so there the studio loads the icon the page declares.
          permissions: [
            'activeTab',
            'scripting',
            'storage',
            'unlimitedStorage',
            'contextMenus',
            'offscreen',
            'favicon',
            'declarativeNetRequestWithHostAccess',
          ],
          host_permissions: ['http://*/*', 'https://*/*'],
        }),
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandOpenPopup__',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePage__',
      },
    },
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pullquote@pullquote.app',
              // 140 is the first Firefox with data_collection_permissions (no data is collected).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
