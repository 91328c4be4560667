/**
 * Every extension page's address, built here and nowhere else: links between pages, the tabs the popup,
 * the reader and the background open, and what each page reads back from its own address. Paths are
 * from the extension's root, as `browser.runtime.getURL` takes them and as a link in any extension page
 * resolves them.
 */

export const LIBRARY_PAGE = '/library.html' as const;
export const OPTIONS_PAGE = '/options.html' as const;
export const WELCOME_PAGE = '/welcome.html' as const;

/** The reader for one saved item. */
export function readerPage(id: string): `/reader.html?id=${string}` {
  return `/reader.html?id=${encodeURIComponent(id)}`;
}

/** The item id in the reader's address (`location.search`), or null. */
export function readerIdFrom(search: string): string | null {
  return new URLSearchParams(search).get('id');
}

/** The studio for one quote: its data (`encodeStudioData`) rides in the fragment, so nothing is stored. */
export function studioPage(encodedData: string): `/studio.html#${string}` {
  return `/studio.html#${encodedData}`;
}

/** The studio's data in its address (`location.hash`). */
export function studioDataFrom(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}

/**
 * The popup opened as a page for one tab (`/popup.html?tab=123`): the context menu's and the shortcut's
 * popup when the toolbar's cannot open, and the tests (a toolbar click can't be automated).
 */
export function popupPage(tabId: number): `/popup.html?tab=${number}` {
  return `/popup.html?tab=${tabId}`;
}

/** The tab in the popup's address (`location.search`), or null when it names none. */
export function popupTabFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
