import type { Browser } from 'wxt/browser';

export const SHARE_QUOTE_MENU = 'share-quote';

/** The extension APIs the context-menu flow needs, passed in so tests can use fakes. */
export interface ContextMenuApi {
  /** Leave the menu's selection text for the popup (utils/storage.ts, pendingSelection). */
  rememberSelection(tabId: number, text: string): Promise<void>;
  openPopup(): Promise<void>;
  /** Fallback where the browser can't open the toolbar popup from here: the composer in a small window. */
  openWindow(url: string): Promise<void>;
  popupUrl(tabId: number): string;
}

/**
 * "Share quote…" on selected text opens the composer. The menu click grants activeTab on that tab, so the
 * popup reads the page (and the selection, which it puts first) exactly as after a toolbar click.
 */
export async function onShareQuoteClicked(
  api: ContextMenuApi,
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
): Promise<'popup' | 'window' | 'ignored'> {
  if (info.menuItemId !== SHARE_QUOTE_MENU || tab?.id === undefined) return 'ignored';
  // Started before opening the popup, not awaited: openPopup() must run while the click still counts as a
  // user gesture, and the popup reads the selection only after it has captured the page.
  const remembered = api.rememberSelection(tab.id, info.selectionText ?? '');
  try {
    await api.openPopup();
    return 'popup';
  } catch {
    await api.openWindow(api.popupUrl(tab.id));
    return 'window';
  } finally {
    await remembered;
  }
}
