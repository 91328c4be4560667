import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { composeBadge } from '@/utils/badge';
import { keepPostWithArticle } from '@/utils/bluesky/library';
import { restoreGuardForSession } from '@/utils/bluesky/storage';
import { browserConsentApi } from '@/utils/consent/browser-api';
import { normalizeConsentPrefs } from '@/utils/consent/engine';
import { parseConsentMessage } from '@/utils/consent/protocol';
import { createConsentService } from '@/utils/consent/service';
import { siteKey } from '@/utils/consent/site';
import { consentPrefsItem, ensureConsentIndex, loadConsentPrefs } from '@/utils/consent/storage';
import { normalizeMemory } from '@/utils/consent/store';
import { startConsentSync } from '@/utils/consent/sync-browser';
import { type ContextMenuApi, onShareQuoteClicked, SHARE_QUOTE_MENU } from '@/utils/context-menu';
import { browserSaverApi } from '@/utils/library/browser-saver';
import { reportSave, saveFailureItem } from '@/utils/library/save-failure';
import { createSaver } from '@/utils/library/saver';
import { startLibrarySync } from '@/utils/library/sync-browser';
import { openWelcomeOnInstall } from '@/utils/onboarding';
import { type CaptureApi, capturePage } from '@/utils/page/capture';
import { installLocalNetworkGuard } from '@/utils/page/network-guard';
import { createRouter } from '@/utils/router';
import { popupPage } from '@/utils/routes';
import { pendingSelectionItem } from '@/utils/storage';

const SAVE_PAGE_MENU = 'save-page';
const SAVE_LINK_MENU = 'save-link';
const SAVE_PAGE_COMMAND = 'save-page';

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
    popupUrl: (tabId) => browser.runtime.getURL(popupPage(tabId)),
  };

  const saverApi = browserSaverApi((tabId) => capturePage(captureApi, tabId));
  const saver = createSaver(saverApi);

  /** ★ when the tab's page is saved, ✓ when a cookie choice was applied on it. */
  const refreshBadge = async (tabId: number, knownUrl?: string) => {
    const url = knownUrl ?? (await browser.tabs.get(tabId).catch(() => null))?.url;
    const saved = url ? (await saver.lookup(url).catch(() => ({ saved: false }))).saved : false;
    const consentApplied = (await consent.tabStatus(tabId, url))?.applied ?? null;
    const saveFailed = (await saveFailureItem.getValue().catch(() => null))?.tabId === tabId;
    const badge = composeBadge({ saved, consent: consentApplied, saveFailed });
    const title = badge.titles.map((key) => browser.i18n.getMessage(key)).join(' · ');
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setTitle({ tabId, title: title || browser.i18n.getMessage('actionTitle') }),
    ]).catch(() => {});
  };

  const consent = createConsentService(browserConsentApi((tabId) => refreshBadge(tabId)));
  const checkSite = (site: string) => {
    if (siteKey(`https://${site}/`) !== site) throw new Error(`"${site}" is not a site`);
    return site;
  };
  const done = { ok: true } as const;

  // Every listener is registered synchronously at start-up, so an event that wakes a stopped worker is
  // delivered (MV3 stops idle workers after ~30 s).
  browser.runtime.onMessage.addListener(
    createRouter(
      {
        capturePage: ({ tabId }) => capturePage(captureApi, tabId),
        consentStatus: async ({ tabId }) => {
          const tab = await browser.tabs.get(tabId).catch(() => null);
          return consent.status(tabId, tab?.url);
        },
        consentChoose: async ({ site, choice, tabId }) => {
          await consent.choose(checkSite(site), choice, tabId);
          return done;
        },
        consentForget: async ({ site }) => {
          await consent.forget(checkSite(site));
          return done;
        },
        consentPause: async ({ site, paused }) => {
          await consent.pause(checkSite(site), paused);
          return done;
        },
        consentList: async () => ({ sites: await consent.list(), prefs: await loadConsentPrefs() }),
        consentRemoveStep: async ({ site }) => {
          await consent.removeStep(checkSite(site));
          return done;
        },
        consentImport: async ({ sites }) => {
          await consent.importSites(normalizeMemory(sites));
          return done;
        },
        consentClear: async () => {
          await consent.clear();
          return done;
        },
        consentSetPrefs: async ({ prefs }) => {
          await consentPrefsItem.setValue(normalizeConsentPrefs(prefs));
          return done;
        },
        librarySave: async ({ article, pageUrl, tabId }) => {
          const item = await saver.saveArticle(article, pageUrl);
          if (tabId !== undefined) void refreshBadge(tabId);
          return { ok: true, id: item.id };
        },
        libraryLookup: ({ url }) => saver.lookup(url),
        libraryFetchPending: async ({ ids }) => {
          void saver.fetchPending(ids).catch(() => {});
          return done;
        },
        libraryKeepPost: async ({ url, card }) => ({
          ok: true,
          kept: await keepPostWithArticle(await saverApi.library(), saver.lookup, url, card),
        }),
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

  // Made afresh at every start: Firefox's persistent background pages keep no menus across browser
  // restarts, and removing first avoids a duplicate id where Chrome did keep them.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: SHARE_QUOTE_MENU,
      title: browser.i18n.getMessage('contextShareQuote'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: SAVE_PAGE_MENU,
      title: browser.i18n.getMessage('contextSavePage'),
      contexts: ['page'],
    });
    browser.contextMenus.create({
      id: SAVE_LINK_MENU,
      title: browser.i18n.getMessage('contextSaveLink'),
      contexts: ['link'],
    });
  });

  // A save with no page to answer on says so: "!" on the tab's button, and why in the popup's next open.
  const savePage = async (tabId: number) => {
    const url = (await browser.tabs.get(tabId).catch(() => null))?.url ?? null;
    await reportSave(() => saver.saveTab(tabId), { tabId, url });
    await refreshBadge(tabId);
  };
  saveFailureItem.watch((_next, previous) => {
    if (typeof previous?.tabId === 'number') void refreshBadge(previous.tabId);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_PAGE_MENU && tab?.id !== undefined) void savePage(tab.id);
    else if (info.menuItemId === SAVE_LINK_MENU && info.linkUrl) {
      const tabId = tab?.id ?? null;
      void reportSave(() => saver.saveLink(info.linkUrl ?? ''), { tabId, url: info.linkUrl }).then(() =>
        tabId === null ? undefined : refreshBadge(tabId),
      );
    } else void onShareQuoteClicked(menuApi, info, tab);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_PAGE_COMMAND && tab?.id !== undefined) void savePage(tab.id);
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void refreshBadge(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void consent.tabClosed(tabId);
  });

  // No request of this extension, redirects included, reaches this computer or the local network; but
  // the Bluesky server the reader named, when connected to one, is let through again after a restart.
  void installLocalNetworkGuard().catch(() => {});
  void restoreGuardForSession().catch(() => {});

  // A worker stopped while fetching saved links carries on where it was.
  void saver.resume().catch(() => {});
});
