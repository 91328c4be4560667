import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryIcon } from '@/components/Icons';
import type { Article } from '@/utils/article/types';
import { errorText, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { LIBRARY_PAGE } from '@/utils/routes';

type SaveState = 'checking' | 'unsaved' | 'saving' | 'saved' | { error: string };

/**
 * Save for later, in the popup's header: one click puts the article in the library with its full text;
 * saving again updates it ("Update", named in full for assistive technology). The library is an icon beside it.
 */
export function Save({
  article,
  pageUrl,
  tabId,
}: {
  article: Article;
  pageUrl: string;
  tabId: number | null;
}) {
  const [state, setState] = useState<SaveState>('checking');
  const [savedBefore, setSavedBefore] = useState(false);

  useEffect(() => {
    let live = true;
    // The site rules (tldts and its suffix list, ~130 kB) load here, not with the popup's first chunk.
    void import('@/utils/page/same-site')
      .then(({ trustedArticleUrl }) =>
        sendMessage('libraryLookup', { url: trustedArticleUrl(article.url, pageUrl) }),
      )
      .then((answer) => {
        if (!live) return;
        setSavedBefore(answer.saved);
        setState(answer.saved ? 'saved' : 'unsaved');
      })
      .catch(() => live && setState('unsaved'));
    return () => {
      live = false;
    };
  }, [article.url, pageUrl]);

  const save = async () => {
    setState('saving');
    try {
      await sendMessage('librarySave', { article, pageUrl, ...(tabId === null ? {} : { tabId }) });
      setSavedBefore(true);
      setState('saved');
    } catch (error) {
      setState({ error: errorText(error) });
    }
  };

  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
  const label = state === 'saving' ? t('popupSaving') : savedBefore ? t('popupUpdate') : t('popupSave');
  const name = state !== 'saving' && savedBefore ? t('popupUpdateSaved') : undefined;

  return (
    <span class="save" data-save-state={typeof state === 'string' ? state : 'error'}>
      <span class="save__status">
        <span role="status">{state === 'saved' ? t('popupSaved') : ''}</span>
        <span role="alert">{typeof state === 'object' ? t('popupSaveFailed', state.error) : ''}</span>
      </span>
      <button
        type="button"
        class="button button--primary save__button"
        aria-label={name}
        title={name}
        onClick={save}
        disabled={state === 'checking' || state === 'saving'}
      >
        {label}
      </button>
      <button
        type="button"
        class="icon-button save__library"
        aria-label={t('popupOpenLibrary')}
        title={t('popupOpenLibrary')}
        onClick={openLibrary}
      >
        <LibraryIcon />
      </button>
    </span>
  );
}
