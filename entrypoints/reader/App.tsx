import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderSettings } from '@/components/library/ReaderSettings';
import { SelectionBar, type SelectionSpot } from '@/components/library/SelectionBar';
import { copyText as copyToClipboard } from '@/utils/browser/clipboard';
import { encodeStudioData } from '@/utils/card/studio-data';
import { errorText as errorMessage, t, tPlural, uiLanguage } from '@/utils/i18n';
import { openBrowserLibrary } from '@/utils/library/browser-library';
import type { Library } from '@/utils/library/db';
import { LibraryError } from '@/utils/library/errors';
import { normalizeTags } from '@/utils/library/item';
import { fetchProgressItem } from '@/utils/library/progress';
import { type SanitizeOptions, sanitizeArticleHtml } from '@/utils/library/sanitize';
import type { LibraryItem } from '@/utils/library/types';
import { isTextField } from '@/utils/library/ui/keys';
import { minutesToRead } from '@/utils/library/ui/list';
import { scrollProgress, scrollTopForProgress, throttle } from '@/utils/library/ui/progress';
import {
  DEFAULT_READER_PREFS,
  loadReaderPrefs,
  type ReaderPrefs,
  readerPrefsItem,
  saveReaderPrefs,
} from '@/utils/library/ui/reader-prefs';
import { sendMessage } from '@/utils/messages';
import { textParagraphs } from '@/utils/paragraphs';
import { LIBRARY_PAGE, studioPage } from '@/utils/routes';
import { formatTime, isoTime } from '@/utils/time';

export interface ReaderAppProps {
  /** The item's id, from `reader.html?id=…`; null when the URL has none. */
  id: string | null;
  openDb?: () => Promise<Library>;
  /** The sanitizer (the real one needs a real browser DOM; tests pass a stand-in). */
  sanitize?: (html: string, options: SanitizeOptions) => string;
  fetchPending?: (ids: string[]) => Promise<unknown>;
  openTab?: (url: string) => void;
  copyText?: (text: string) => Promise<void>;
  /** Where "back to the library" goes. */
  navigate?: (href: string) => void;
}

type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ready' };
type Status = { text: string; error: boolean } | null;

const SAVE_EVERY_MS = 1000;

function errorText(error: unknown): string {
  if (error instanceof LibraryError && error.code === 'quota') return t('libraryErrorQuota');
  return t('libraryErrorWrite', errorMessage(error));
}

/**
 * The reader: one saved article, sanitized, in the reader's typography; reading progress saved as it
 * scrolls; selected text becomes a card or a copied quote (and is kept in the item's quotes).
 */
export function App(props: ReaderAppProps) {
  const { id } = props;
  const sanitize = props.sanitize ?? sanitizeArticleHtml;
  const fetchPending = props.fetchPending ?? ((ids: string[]) => sendMessage('libraryFetchPending', { ids }));
  const openTab = props.openTab ?? ((url: string) => void browser.tabs.create({ url }));
  const copyText = props.copyText ?? copyToClipboard;
  const navigate = props.navigate ?? ((href: string) => location.assign(href));

  const [library, setLibrary] = useState<Library | null>(null);
  const [item, setItem] = useState<LibraryItem | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_READER_PREFS);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [fetching, setFetching] = useState(false);
  const [tagText, setTagText] = useState('');
  const [spot, setSpot] = useState<SelectionSpot | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const restored = useRef(false);
  const lastSaved = useRef(0);

  const report = useCallback((error: unknown) => setStatus({ text: errorText(error), error: true }), []);

  // Open the database and the item.
  useEffect(() => {
    let lib: Library | null = null;
    let cancelled = false;
    if (id === null) {
      setLoad({ state: 'missing' });
      return;
    }
    (props.openDb ?? openBrowserLibrary)()
      .then(async (opened) => {
        lib = opened;
        if (cancelled) return opened.close();
        setLibrary(opened);
        const found = await opened.get(id);
        if (!found) return setLoad({ state: 'missing' });
        setItem(found);
        setTagText(found.tags.join(', '));
        lastSaved.current = found.progress;
        setLoad({ state: 'ready' });
      })
      .catch((error: unknown) =>
        setLoad({
          state: 'error',
          message: t('libraryErrorOpen', errorMessage(error)),
        }),
      );
    return () => {
      cancelled = true;
      lib?.close();
    };
  }, [id, props.openDb]);

  // Reader prefs, remembered across pages and tabs.
  useEffect(() => {
    void loadReaderPrefs().then(setPrefs);
    return readerPrefsItem.watch(() => void loadReaderPrefs().then(setPrefs));
  }, []);
  const changePrefs = (next: ReaderPrefs) => {
    setPrefs(next);
    void saveReaderPrefs(next);
  };

  const title = item?.title;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  // The theme belongs to the whole page (background included).
  useEffect(() => {
    const root = document.documentElement;
    if (prefs.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = prefs.theme;
  }, [prefs.theme]);

  // A pending item: when the background's fetching moves, look again.
  useEffect(() => {
    if (!library || !item || item.fetchState === 'ok') return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unwatch = fetchProgressItem.watch(() => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        void library.get(item.id).then((fresh) => {
          if (fresh && (fresh.fetchState !== item.fetchState || fresh.updatedAt !== item.updatedAt)) {
            setItem(fresh);
            if (fresh.fetchState !== 'pending') setFetching(false);
          }
        }, report);
      }, 400);
    });
    return () => {
      unwatch();
      if (timer !== null) clearTimeout(timer);
    };
  }, [library, item, report]);

  const contentHtml = item?.contentHtml ?? null;
  const baseUrl = item?.url ?? '';
  const body = useMemo((): { html: string } | { failed: true } | null => {
    if (!contentHtml) return null;
    try {
      return { html: sanitize(contentHtml, { allowRemoteImages: prefs.remoteImages, baseUrl }) };
    } catch {
      // Fail closed: never fall back to the unsanitized HTML.
      return { failed: true };
    }
  }, [contentHtml, baseUrl, prefs.remoteImages, sanitize]);

  // Reading progress: restore once, then save at most once a second and when the page goes away.
  const hasBody = item !== null && (body !== null || Boolean(item.text));
  useEffect(() => {
    if (!library || !item || !hasBody || restored.current) return;
    restored.current = true;
    const root = document.documentElement;
    if (item.progress > 0 && item.progress < 1) {
      window.scrollTo(0, scrollTopForProgress(item.progress, root.scrollHeight, window.innerHeight));
    }
  }, [library, item, hasBody]);

  const itemId = item?.id ?? null;
  useEffect(() => {
    if (!library || itemId === null || !hasBody) return;
    const save = throttle((progress: number) => {
      if (Math.abs(progress - lastSaved.current) < 0.005) return;
      lastSaved.current = progress;
      library.update(itemId, { progress }).catch(() => {
        // Progress is a convenience: a failed write must not interrupt reading.
      });
    }, SAVE_EVERY_MS);
    const onScroll = () => {
      if (!restored.current) return;
      const root = document.documentElement;
      save.call(scrollProgress(window.scrollY, root.scrollHeight, window.innerHeight));
    };
    const onHide = () => save.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save.flush();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      save.flush();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [library, itemId, hasBody]);

  // Selected article text shows the card / copy bar.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = () => {
      const selection = document.getSelection();
      const text = selection?.toString().trim() ?? '';
      const article = articleRef.current;
      if (
        !selection ||
        selection.rangeCount === 0 ||
        text === '' ||
        !article?.contains(selection.anchorNode)
      ) {
        setSpot(null);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setSpot({
        text,
        top: Math.max(window.scrollY + 8, rect.top + window.scrollY - 48),
        left: rect.left + window.scrollX + rect.width / 2,
      });
    };
    const onChange = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(check, 120);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (timer !== null) clearTimeout(timer);
    };
  }, []);

  // u or Escape: back to the library (Escape first closes what is open).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      if (event.key === 'Escape') {
        if (settingsOpen) setSettingsOpen(false);
        else if (spot) setSpot(null);
        else navigate(LIBRARY_PAGE);
      } else if (event.key === 'u') navigate(LIBRARY_PAGE);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [settingsOpen, spot, navigate]);

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

  const keepQuote = async (text: string) => {
    if (!item || item.quotes.some((quote) => quote.text === text)) return;
    const now = Date.now();
    await update({ quotes: [...item.quotes, { text, createdAt: now }], updatedAt: now });
  };

  const onMakeCard = () => {
    if (!item || !spot) return;
    const data = encodeStudioData({
      quote: spot.text,
      title: item.title,
      siteName: item.site,
      url: item.url,
      dir: item.dir ?? 'ltr',
      lang: item.lang ?? undefined,
    });
    openTab(browser.runtime.getURL(studioPage(data)));
    void keepQuote(spot.text);
  };

  const onCopy = () => {
    if (!item || !spot) return;
    const text = spot.text;
    copyText(`“${text}”\n— ${item.title}\n${item.url}`).then(
      () => setStatus({ text: t('readerCopied'), error: false }),
      () => setStatus({ text: t('readerCopyFailed'), error: true }),
    );
    void keepQuote(text);
  };

  const onFetchNow = () => {
    if (!item) return;
    setFetching(true);
    setStatus(null);
    fetchPending([item.id]).catch((error: unknown) => {
      setFetching(false);
      setStatus({ text: errorMessage(error), error: true });
    });
  };

  // A page that was never fetched here (synced from another device, or imported) is fetched when opened.
  const autoFetched = useRef(false);
  const pendingId = item?.fetchState === 'pending' && !item.contentHtml ? item.id : null;
  useEffect(() => {
    if (pendingId === null || autoFetched.current) return;
    autoFetched.current = true;
    setFetching(true);
    fetchPending([pendingId]).catch((error: unknown) => {
      setFetching(false);
      setStatus({ text: errorMessage(error), error: true });
    });
  }, [pendingId, fetchPending]);

  const onDelete = async () => {
    if (!library || !item) return;
    if (!window.confirm(t('readerConfirmDelete', item.title))) return;
    try {
      await library.delete([item.id]);
      navigate(LIBRARY_PAGE);
    } catch (error) {
      report(error);
    }
  };

  if (load.state === 'loading') {
    return (
      <main class="reader reader--message" data-state="loading">
        <p>{t('readerLoading')}</p>
      </main>
    );
  }
  if (load.state === 'missing' || load.state === 'error' || !item) {
    return (
      <main class="reader reader--message" data-state="missing">
        <p role="alert">{load.state === 'error' ? load.message : t('readerNotFound')}</p>
        <a class="button button--primary" href={LIBRARY_PAGE}>
          {t('readerGoToLibrary')}
        </a>
      </main>
    );
  }

  const minutes = minutesToRead(item);
  const language = uiLanguage();
  const published = formatTime(item.publishedTime, language, 'longDate');
  const publishedIso = isoTime(item.publishedTime);
  const savedOn = formatTime(item.savedAt, language, 'longDate');
  const archived = item.state === 'archived';
  const paragraphs = item.text ? textParagraphs(item.text, { orLines: true }) : [];

  return (
    <main
      class={`reader reader--${prefs.font}`}
      data-state="ready"
      style={{
        '--reader-size': `${prefs.size}px`,
        '--reader-line': String(prefs.lineHeight),
        '--reader-width': `${prefs.width}ch`,
        '--pq-blocked-label': JSON.stringify(t('readerImageBlocked')),
      }}
    >
      <header class="reader__bar">
        <a class="button" href={LIBRARY_PAGE}>
          <span class="flip-inline" aria-hidden="true">
            ←{' '}
          </span>
          {t('readerBack')}
        </a>
        <div class="reader__actions" role="toolbar" aria-label={t('readerToolbar')}>
          <button
            type="button"
            class="button"
            aria-pressed={archived}
            onClick={() => void update({ state: archived ? 'unread' : 'archived', updatedAt: Date.now() })}
          >
            {archived ? t('libraryUnarchive') : t('libraryArchive')}
          </button>
          <button
            type="button"
            class={`button${item.favourite ? ' button--on' : ''}`}
            aria-pressed={item.favourite}
            onClick={() => void update({ favourite: !item.favourite, updatedAt: Date.now() })}
          >
            <span aria-hidden="true">{item.favourite ? '★ ' : '☆ '}</span>
            {t('libraryFavourite')}
          </button>
          <button
            type="button"
            class="button"
            aria-expanded={settingsOpen}
            aria-controls="reader-settings"
            onClick={() => setSettingsOpen(!settingsOpen)}
          >
            <span aria-hidden="true">Aa </span>
            {t('readerSettings')}
          </button>
          <button type="button" class="button button--danger" onClick={() => void onDelete()}>
            {t('readerDelete')}
          </button>
        </div>
      </header>
      {settingsOpen && <ReaderSettings prefs={prefs} onChange={changePrefs} />}
      <div class="reader__messages">
        <div role="alert">{status?.error && <p class="reader__error">{status.text}</p>}</div>
        <p role="status">{status && !status.error ? status.text : ''}</p>
      </div>

      <article
        class="reader__article"
        ref={articleRef}
        lang={item.lang ?? undefined}
        dir={item.dir ?? 'auto'}
        data-testid="reader-article"
      >
        <header class="reader__head">
          <a class="reader__site" href={item.url} target="_blank" rel="noopener noreferrer">
            {item.site}
          </a>
          <h1 class="reader__title">{item.title}</h1>
          <p class="reader__meta">
            {item.byline && <span class="reader__byline">{item.byline}</span>}
            {published !== null && publishedIso !== null && <time dateTime={publishedIso}>{published}</time>}
            {minutes > 0 && <span dir="auto">{tPlural('readingTime', minutes)}</span>}
            {savedOn !== null && <span dir="auto">{t('readerSavedOn', savedOn)}</span>}
          </p>
        </header>

        {item.fetchState !== 'ok' && !body && paragraphs.length === 0 ? (
          <div class="reader__pending" data-testid="reader-pending">
            <p>
              {item.fetchState === 'failed' ? t('readerFailed', item.fetchError ?? '') : t('readerPending')}
            </p>
            <p class="reader__pending-actions">
              <button type="button" class="button button--primary" disabled={fetching} onClick={onFetchNow}>
                {t('readerFetchNow')}
              </button>
              <a class="button" href={item.url} target="_blank" rel="noopener noreferrer">
                {t('readerOriginal')}
              </a>
            </p>
            <p role="status">{fetching ? t('readerFetching') : ''}</p>
          </div>
        ) : body && 'html' in body ? (
          // The only HTML inserted: the sanitizer's output, never item.contentHtml itself.
          <div
            class="reader__body"
            data-testid="reader-body"
            dangerouslySetInnerHTML={{ __html: body.html }}
          />
        ) : (
          <div class="reader__body" data-testid="reader-body">
            {body && 'failed' in body && <p class="reader__note">{t('readerSanitizeFailed')}</p>}
            {paragraphs.length > 0 ? (
              paragraphs.map((text, index) => <p key={index}>{text}</p>)
            ) : (
              <p>{t('readerNoText')}</p>
            )}
          </div>
        )}
      </article>

      <footer class="reader__end">
        <form
          class="reader__tags"
          onSubmit={(event) => {
            event.preventDefault();
            void update({ tags: normalizeTags(tagText.split(',')), updatedAt: Date.now() }).then((next) => {
              if (next) {
                setTagText(next.tags.join(', '));
                setStatus({ text: t('readerTagsSaved'), error: false });
              }
            });
          }}
        >
          <label class="field">
            <span class="field__label">{t('readerTagsLabel')}</span>
            <input
              class="field__input"
              value={tagText}
              onInput={(event) => setTagText(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button">
            {t('readerTagsSave')}
          </button>
        </form>
        {item.quotes.length > 0 && (
          <section class="reader__quotes" aria-labelledby="reader-quotes-heading">
            <h2 id="reader-quotes-heading">{t('readerQuotesHeading')}</h2>
            <ul>
              {item.quotes.map((quote) => (
                <li key={quote.createdAt + quote.text} dir="auto">
                  {quote.text}
                </li>
              ))}
            </ul>
          </section>
        )}
        {!archived && (
          <p class="reader__finished">
            {t('readerFinished')}{' '}
            <button
              type="button"
              class="button button--primary"
              onClick={() =>
                void update({ state: 'archived', progress: 1, updatedAt: Date.now() }).then((next) => {
                  if (next) navigate(LIBRARY_PAGE);
                })
              }
            >
              {t('readerArchiveAndBack')}
            </button>
          </p>
        )}
        <p>
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {t('readerOriginal')}
          </a>
        </p>
      </footer>
      {spot && <SelectionBar spot={spot} onMakeCard={onMakeCard} onCopy={onCopy} />}
    </main>
  );
}
