import { browser } from 'wxt/browser';
import { extractFromHtml } from '@/utils/library/extract-html';
import { parseOffscreenMessage } from '@/utils/library/offscreen';

// Chrome's service worker has no DOMParser: the background asks this hidden page to run Readability on a
// saved page's HTML. It answers only the background (same extension, no tab) and only that one message.
browser.runtime.onMessage.addListener((raw: unknown, sender) => {
  const request = parseOffscreenMessage(raw);
  if (!request || sender.id !== browser.runtime.id || sender.tab) return undefined;
  return Promise.resolve({ article: extractFromHtml(request.html, request.url) });
});
