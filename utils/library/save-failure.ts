import { storage } from '#imports';
import { errorText } from '../i18n';

/**
 * The last save by keyboard shortcut or context menu that failed (issue 15, finding 10): those have no
 * page of their own to say so, so the toolbar button shows "!" on the tab and the popup says why the next
 * time it opens. Null when there is nothing to tell.
 */
export interface SaveFailure {
  /** The tab the save was asked from (its badge shows the "!"). */
  tabId: number | null;
  url: string | null;
  /** Why, in the UI language at the time it failed. */
  message: string;
  at: number;
}

export const saveFailureItem = storage.defineItem<SaveFailure | null>('local:librarySaveFailure', {
  fallback: null,
});

/**
 * Runs a save asked for without a page to answer on (shortcut, "Save page", "Save link"): a failure is
 * remembered for the popup and the badge, a success on the same tab clears an older one. Resolves to
 * whether the save worked; never rejects.
 */
export async function reportSave(
  save: () => Promise<unknown>,
  where: { tabId: number | null; url: string | null },
  now: () => number = Date.now,
): Promise<boolean> {
  try {
    await save();
  } catch (error) {
    await saveFailureItem
      .setValue({ tabId: where.tabId, url: where.url, message: errorText(error), at: now() })
      .catch(() => {});
    return false;
  }
  const last = await saveFailureItem.getValue().catch(() => null);
  if (last && last.tabId === where.tabId) await saveFailureItem.setValue(null).catch(() => {});
  return true;
}
