import { browser } from 'wxt/browser';
import { encodeStudioData, studioDataFromSaved } from '@/utils/card/studio-data';
import { t } from '@/utils/i18n';
import type { Library } from '@/utils/library/db';
import type { LibraryItem } from '@/utils/library/types';
import { LIBRARY_PAGE, studioPage } from '@/utils/routes';
import type { Status } from './use-status';
import type { SelectionSpot } from './use-text-selection';

export interface ReaderActionDeps {
  library: Library | null;
  item: LibraryItem | null;
  setItem: (item: LibraryItem) => void;
  setStatus: (status: Status) => void;
  report: (error: unknown) => void;
  openTab: (url: string) => void;
  copyText: (text: string) => Promise<void>;
  navigate: (href: string) => void;
}

/** What the reader does to the open item: edit it, make a card of or copy a selection, delete it. */
export function useReaderActions(deps: ReaderActionDeps) {
  const { library, item, setItem, setStatus, report } = deps;

  const update = async (patch: Partial<Omit<LibraryItem, 'id'>>): Promise<LibraryItem | null> => {
    if (!library || !item) return null;
    try {
      const next = await library.update(item.id, patch);
      setItem(next);
      return next;
    } catch (error) {
      report(error);
      return null;
    }
  };

  /** A quote the reader made a card of or copied is kept with the item (once). */
  const keepQuote = async (text: string) => {
    if (!item || item.quotes.some((quote) => quote.text === text)) return;
    const now = Date.now();
    await update({ quotes: [...item.quotes, { text, createdAt: now }], updatedAt: now });
  };

  const makeCard = (spot: SelectionSpot) => {
    if (!item) return;
    const data = encodeStudioData(studioDataFromSaved(item, spot.text));
    deps.openTab(browser.runtime.getURL(studioPage(data)));
    void keepQuote(spot.text);
  };

  const copy = (spot: SelectionSpot) => {
    if (!item) return;
    const text = spot.text;
    deps.copyText(`“${text}”\n— ${item.title}\n${item.url}`).then(
      () => setStatus({ text: t('readerCopied'), error: false }),
      () => setStatus({ text: t('readerCopyFailed'), error: true }),
    );
    void keepQuote(text);
  };

  const remove = async () => {
    if (!library || !item) return;
    if (!window.confirm(t('readerConfirmDelete', item.title))) return;
    try {
      await library.delete([item.id]);
      deps.navigate(LIBRARY_PAGE);
    } catch (error) {
      report(error);
    }
  };

  return { update, makeCard, copy, remove };
}
