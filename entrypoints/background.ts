import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { type CaptureApi, capturePage } from '@/utils/page/capture';
import { createRouter } from '@/utils/router';

export default defineBackground(() => {
  const captureApi: CaptureApi = {
    getTab: (tabId) => browser.tabs.get(tabId),
    injectExtract: async (tabId) => {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
      return frame?.result;
    },
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
});
