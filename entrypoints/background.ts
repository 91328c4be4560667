import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { restoreGuardForSession } from '@/utils/bluesky/storage';
import { browserConsentApi } from '@/utils/consent/browser-api';
import { consentRequestHandlers } from '@/utils/consent/page-requests';
import { parseConsentMessage } from '@/utils/consent/protocol';
import { type ConsentService, createConsentService } from '@/utils/consent/service';
import { ensureConsentIndex } from '@/utils/consent/storage';
import { startConsentSync } from '@/utils/consent/sync-browser';
import { type ContextMenuApi, onShareQuoteClicked, SHARE_QUOTE_MENU } from '@/utils/context-menu';
import { type LibraryRequestDeps, libraryRequestHandlers } from '@/utils/library/page-requests';
import { reportSave, saveFailureItem } from '@/utils/library/save-failure';
import { createSaver, type Saver } from '@/utils/library/saver';
import { browserSaverApi } from '@/utils/library/saver-browser';
import { startLibrarySync } from '@/utils/library/sync-browser';
import { openWelcomeOnInstall } from '@/utils/onboarding';
import { type CaptureApi, capturePage } from '@/utils/page/capture';
import { installLocalNetworkGuard } from '@/utils/page/network-guard';
import { createRouter } from '@/utils/router';
import { popupPage } from '@/utils/routes';
import { pendingSelectionItem } from '@/utils/storage';
import { createBadgeRefresher, tabUrl, toolbarAction } from '@/utils/toolbar';

const SAVE_PAGE_MENU = 'save-page';
const SAVE_LINK_MENU = 'save-link';
const SAVE_PAGE_COMMAND = 'save-page';

type RefreshBadge = (tabId: number, knownUrl?: string) => Promise<void>;

const captureApi: CaptureApi = {
  getTab: (tabId) => browser.tabs.get(tabId),
  injectExtract: async (tabId) => {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    return frame?.result;
  },
};

const menuApi = (): ContextMenuApi => ({
  rememberSelection: (tabId, text) => pendingSelectionItem.setValue({ tabId, text, at: Date.now() }),
  openPopup: () => toolbarAction().openPopup(),
  openWindow: async (url) => {
    await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
  },
  popupUrl: (tabId) => browser.runtime.getURL(popupPage(tabId)),
});

/** Both channels into the background: the extension pages' requests and the consent content script's reports. */
function listenToMessages(consent: ConsentService, deps: LibraryRequestDeps) {
  browser.runtime.onMessage.addListener(
    createRouter(
      {
        capturePage: ({ tabId }) => capturePage(captureApi, tabId),
        ...consentRequestHandlers(consent, tabUrl),
        ...libraryRequestHandlers(deps),
      },
      browser.runtime,
    ),
  );

  // The consent content script's channel: only our own content scripts, inside a tab, and only the
  // messages parseConsentMessage knows, each checked field by field.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseConsentMessage(raw);
    if (!message || sender.id !== browser.runtime.id || !sender.tab) return undefined;
    void consent.handle(message, sender).catch(() => {});
    return undefined;
  });
}

/**
 * Made afresh at every start: Firefox's persistent background pages keep no menus across browser
 * restarts, and removing first avoids a duplicate id where Chrome did keep them.
 */
function createMenus() {
  const menus = [
    { id: SHARE_QUOTE_MENU, title: 'contextShareQuote', contexts: ['selection'] },
    { id: SAVE_PAGE_MENU, title: 'contextSavePage', contexts: ['page'] },
    { id: SAVE_LINK_MENU, title: 'contextSaveLink', contexts: ['link'] },
  ] as const;
  void browser.contextMenus.removeAll().then(() => {
    for (const { id, title, contexts } of menus) {
      browser.contextMenus.create({ id, title: browser.i18n.getMessage(title), contexts: [...contexts] });
    }
  });
}

/** Saving from the context menus and the shortcut, and sharing a selected quote. */
function listenToMenusAndCommands(saver: Saver, refreshBadge: RefreshBadge) {
  // A save with no page to answer on says so: "!" on the tab's button, and why in the popup's next open.
  const savePage = async (tabId: number) => {
    await reportSave(() => saver.saveTab(tabId), { tabId, url: (await tabUrl(tabId)) ?? null });
    await refreshBadge(tabId);
  };
  saveFailureItem.watch((_next, previous) => {
    if (typeof previous?.tabId === 'number') void refreshBadge(previous.tabId);
  });

  const menus = menuApi();
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_PAGE_MENU && tab?.id !== undefined) void savePage(tab.id);
    else if (info.menuItemId === SAVE_LINK_MENU && info.linkUrl) {
      const tabId = tab?.id ?? null;
      void reportSave(() => saver.saveLink(info.linkUrl ?? ''), { tabId, url: info.linkUrl }).then(() =>
        tabId === null ? undefined : refreshBadge(tabId),
      );
    } else void onShareQuoteClicked(menus, info, tab);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_PAGE_COMMAND && tab?.id !== undefined) void savePage(tab.id);
  });
}

function listenToTabs(consent: ConsentService, refreshBadge: RefreshBadge) {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void refreshBadge(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void consent.tabClosed(tabId);
  });
}

export default defineBackground(() => {
  const saverApi = browserSaverApi((tabId) => capturePage(captureApi, tabId));
  const saver = createSaver(saverApi);
  const refreshBadge = createBadgeRefresher(saver, () => consent);
  const consent = createConsentService(browserConsentApi((tabId) => refreshBadge(tabId)));

  // Every listener is registered synchronously at start-up, so an event that wakes a stopped worker is
  // delivered (MV3 stops idle workers after ~30 s).
  listenToMessages(consent, { saver, library: () => saverApi.library(), refreshBadge });
  browser.runtime.onInstalled.addListener((details) => {
    void openWelcomeOnInstall(details, {
      getURL: (path) => browser.runtime.getURL(path),
      createTab: (url) => browser.tabs.create({ url }),
    }).catch(() => {});
  });

  // The content scripts' index of sites with a choice to apply, written with every change of the memory;
  // made here once for memory stored by a version without it.
  void ensureConsentIndex().catch(() => {});
  startConsentSync(async (synced) => {
    await consent.applySync(synced);
  });
  startLibrarySync(() => saverApi.library());

  createMenus();
  listenToMenusAndCommands(saver, refreshBadge);
  listenToTabs(consent, refreshBadge);

  // No request of this extension, redirects included, reaches this computer or the local network; but
  // the Bluesky server the reader named, when connected to one, is let through again after a restart.
  void installLocalNetworkGuard().catch(() => {});
  void restoreGuardForSession().catch(() => {});

  // A worker stopped while fetching saved links carries on where it was.
  void saver.resume().catch(() => {});
});
