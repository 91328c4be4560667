import { sendMessage } from '@/utils/messages';
import { pageBlocksText } from '@/utils/page/blocks';
import { parseSnapshot } from '@/utils/page/parse';
import type { FlowDeps } from '@/utils/page/read-tab';
import { takePendingSelection } from '@/utils/storage';

/** What the popup's flow asks of the browser: capture through the background, parse and extract here. */
export const browserFlowDeps: FlowDeps = {
  capture: (tabId) => sendMessage('capturePage', { tabId }),
  pendingSelection: takePendingSelection,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  parse: (snapshot) => parseSnapshot(snapshot),
  // Loaded on first use: the popup's first chunk holds its shell, not Readability and the suffix list.
  extract: async (doc, options) => (await import('@/utils/article')).extractArticle(doc, options),
  pageText: pageBlocksText,
  now: () => performance.now(),
};
