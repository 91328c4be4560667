import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReaderSettings } from '@/components/library/ReaderSettings';
import { SelectionBar } from '@/components/library/SelectionBar';
import { ReaderArticle, type ReaderBody } from '@/components/reader/ReaderArticle';
import { ReaderBar } from '@/components/reader/ReaderBar';
import { ReaderFooter } from '@/components/reader/ReaderFooter';
import { useReaderActions } from '@/hooks/use-reader-actions';
import { type Load, useItemFetch, useReaderItem } from '@/hooks/use-reader-item';
import { useReaderKeys } from '@/hooks/use-reader-keys';
import { useReaderPrefs } from '@/hooks/use-reader-prefs';
import { useReadingProgress } from '@/hooks/use-reading-progress';
import { type Status, useStatus } from '@/hooks/use-status';
import { useTextSelection } from '@/hooks/use-text-selection';
import { t } from '@/utils/i18n';
import { normalizeTags } from '@/utils/library/item';
import { LIBRARY_PAGE } from '@/utils/routes';
import type { ReaderPort } from './port';

export interface ReaderAppProps {
  /** The item's id, from `reader.html?id=…`; null when the URL has none. */
  id: string | null;
  port: ReaderPort;
}

/**
 * The reader: one saved article, sanitized, in the reader's typography; reading progress saved as it
 * scrolls; selected text becomes a card or a copied quote (and is kept in the item's quotes).
 */
export function App({ id, port }: ReaderAppProps) {
  const { library, item, setItem, load } = useReaderItem(id, port.openDb);
  const [prefs, changePrefs] = useReaderPrefs();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { status, setStatus, report } = useStatus();
  const articleRef = useRef<HTMLElement>(null);
  const [spot, setSpot] = useTextSelection(articleRef);
  const { fetching, fetchNow } = useItemFetch(library, item, setItem, {
    fetchPending: port.fetchPending,
    watchChanges: port.watchChanges,
    setStatus,
    report,
  });
  const actions = useReaderActions({ library, item, setItem, setStatus, report, ...port });
  const body = useSanitizedBody(
    item?.contentHtml ?? null,
    item?.url ?? '',
    prefs.remoteImages,
    port.sanitize,
  );
  useReadingProgress(library, item, item !== null && (body !== null || Boolean(item.text)));
  useDocumentTitle(item?.title);
  const navigate = port.navigate;
  const back = useCallback(() => navigate(LIBRARY_PAGE), [navigate]);
  useReaderKeys(back, () => {
    if (settingsOpen) setSettingsOpen(false);
    else if (spot) setSpot(null);
    else return false;
    return true;
  });

  if (load.state !== 'ready' || !item) return <NotReady load={load} />;
  const onTags = async (text: string) => {
    const next = await actions.update({ tags: normalizeTags(text.split(',')), updatedAt: Date.now() });
    if (next) setStatus({ text: t('readerTagsSaved'), error: false });
    return next;
  };
  const onFinished = () =>
    void actions.update({ state: 'archived', progress: 1, updatedAt: Date.now() }).then((next) => {
      if (next) back();
    });
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
      <ReaderBar
        item={item}
        settingsOpen={settingsOpen}
        onSettings={() => setSettingsOpen(!settingsOpen)}
        onUpdate={(patch) => void actions.update(patch)}
        onDelete={() => void actions.remove()}
      />
      {settingsOpen && <ReaderSettings prefs={prefs} onChange={changePrefs} />}
      <ReaderMessages status={status} />
      <ReaderArticle
        item={item}
        body={body}
        articleRef={articleRef}
        fetching={fetching}
        onFetchNow={() => fetchNow(item.id)}
      />
      <ReaderFooter item={item} onTags={onTags} onFinished={onFinished} />
      {spot && (
        <SelectionBar
          spot={spot}
          onMakeCard={() => actions.makeCard(spot)}
          onCopy={() => actions.copy(spot)}
        />
      )}
    </main>
  );
}

/** Still opening the item, or there is none to show (with the reason). */
function NotReady({ load }: { load: Load }) {
  if (load.state === 'loading') {
    return (
      <main class="reader reader--message" data-state="loading">
        <p>{t('readerLoading')}</p>
      </main>
    );
  }
  return (
    <main class="reader reader--message" data-state="missing">
      <p role="alert">{load.state === 'error' ? load.message : t('readerNotFound')}</p>
      <a class="button button--primary" href={LIBRARY_PAGE}>
        {t('readerGoToLibrary')}
      </a>
    </main>
  );
}

/** The article's HTML through the sanitizer; fails closed (never the unsanitized HTML). */
function useSanitizedBody(
  contentHtml: string | null,
  baseUrl: string,
  allowRemoteImages: boolean,
  sanitize: ReaderPort['sanitize'],
): ReaderBody {
  return useMemo(() => {
    if (!contentHtml) return null;
    try {
      return { html: sanitize(contentHtml, { allowRemoteImages, baseUrl }) };
    } catch {
      return { failed: true };
    }
  }, [contentHtml, baseUrl, allowRemoteImages, sanitize]);
}

function ReaderMessages({ status }: { status: Status }) {
  return (
    <div class="reader__messages">
      <div role="alert">{status?.error && <p class="reader__error">{status.text}</p>}</div>
      <p role="status">{status && !status.error ? status.text : ''}</p>
    </div>
  );
}

function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
