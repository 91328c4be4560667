import { extractArticle } from '@/utils/article';
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
  extract: extractArticle,
  pageText: pageBlocksText,
  now: () => performance.now(),
};
