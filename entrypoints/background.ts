import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { type CaptureApi, capturePage } from '@/utils/page/capture';
import { createRouter } from '@/utils/router';

const captureApi: CaptureApi = {
  getTab: (tabId) => browser.tabs.get(tabId),
  injectExtract: async (tabId) => {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    return frame?.result;
  },
};

export default defineBackground(() => {
  // Registered synchronously at start-up, so a message that wakes a stopped worker is not missed.
  browser.runtime.onMessage.addListener(
    createRouter(
      {
        capturePage: ({ tabId }) => capturePage(captureApi, tabId),
      },
      browser.runtime,
    ),
  );
});
