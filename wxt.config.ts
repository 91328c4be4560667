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

// https://wxt.dev/api/config.html
export default defineConfig({
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
    // Least privilege: activeTab grants the current tab when the reader clicks the toolbar button, picks
    // the context-menu entry or presses the shortcut; no host permission is needed to read that page.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Asked for one site at a time, only when the reader wants an article's photo on a card and it is
    // served from a site other than the article's (the activeTab grant covers the article's own).
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandOpenPopup__',
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
