import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { type ContextMenuApi, onShareQuoteClicked, SHARE_QUOTE_MENU } from '@/utils/context-menu';
import { type CaptureApi, capturePage } from '@/utils/page/capture';
import { createRouter } from '@/utils/router';
import { pendingSelectionItem } from '@/utils/storage';

export default defineBackground(() => {
  const captureApi: CaptureApi = {
    getTab: (tabId) => browser.tabs.get(tabId),
    injectExtract: async (tabId) => {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
      return frame?.result;
    },
  };

  // Chrome MV3 has `action`, Firefox MV2 `browserAction`; both open the toolbar popup.
  const action = browser.action ?? browser.browserAction;
  const menuApi: ContextMenuApi = {
    rememberSelection: (tabId, text) => pendingSelectionItem.setValue({ tabId, text, at: Date.now() }),
    openPopup: () => action.openPopup(),
    openWindow: async (url) => {
      await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
    },
    popupUrl: (tabId) => browser.runtime.getURL(`/popup.html?tab=${tabId}`),
  };

  // Every listener is registered synchronously at start-up, so an event that wakes a stopped worker is
  // delivered (MV3 stops idle workers after ~30 s).
  browser.runtime.onMessage.addListener(
    createRouter(
      {
        capturePage: ({ tabId }) => capturePage(captureApi, tabId),
      },
      browser.runtime,
    ),
  );

  // Made afresh at every start: Firefox's persistent background pages keep no menus across browser
  // restarts, and removing first avoids a duplicate id where Chrome did keep them.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: SHARE_QUOTE_MENU,
      title: browser.i18n.getMessage('contextShareQuote'),
      contexts: ['selection'],
    }),
  );

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onShareQuoteClicked(menuApi, info, tab);
  });
});
