import { storage } from '#imports';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

/**
 * The reader's settings and the popup's pending selection. Every other persistent item is declared once,
 * next to the code that owns it: the library's (`utils/library/sync-storage.ts`, `fetch-progress.ts`,
 * `save-failure.ts`), the reader's (`utils/reading/reader-prefs.ts`), the cookie choices (`utils/consent/storage.ts`) and the Bluesky
 * session (`utils/bluesky/storage.ts`); docs/architecture.md lists them. Each is versioned from day one:
 * a new version adds a pure migration in the item's module and a test for it.
 */
const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, made valid whatever was there. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

/**
 * The text a reader chose "Share quote…" on, for the popup that menu opens. The page's own selection is
 * read again by the popup, but text selected inside an iframe or a form field is only known from the menu.
 * Session storage: gone when the browser closes.
 */
interface PendingSelection {
  tabId: number;
  text: string;
  at: number;
}

export const pendingSelectionItem = storage.defineItem<PendingSelection | null>('session:pendingSelection', {
  fallback: null,
});

/** A selection the context menu left for this tab in the last minute, read once. */
export async function takePendingSelection(tabId: number, now = Date.now()): Promise<string> {
  const pending = await pendingSelectionItem.getValue();
  if (!pending || pending.tabId !== tabId) return '';
  await pendingSelectionItem.removeValue();
  return now - pending.at < 60_000 ? pending.text.trim() : '';
}
