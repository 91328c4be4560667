import type { Ref } from 'preact';
import { t, tPlural, uiLanguage } from '@/utils/i18n';
import { minutesToRead } from '@/utils/library/list';
import type { LibraryItem } from '@/utils/library/types';
import { textParagraphs } from '@/utils/paragraphs';
import { formatTime, isoTime } from '@/utils/time';

/** The sanitizer's output, or that it refused (then the plain text is shown: never the raw HTML). */
export type ReaderBody = { html: string } | { failed: true } | null;

/** The article: its site, title, byline, dates and reading time, then its body (or why there is none). */
export function ReaderArticle(props: {
  item: LibraryItem;
  body: ReaderBody;
  articleRef: Ref<HTMLElement>;
  fetching: boolean;
  onFetchNow: () => void;
}) {
  const { item, body } = props;
  const paragraphs = item.text ? textParagraphs(item.text, { orLines: true }) : [];
  return (
    <article
      class="reader__article"
      ref={props.articleRef}
      lang={item.lang ?? undefined}
      dir={item.dir ?? 'auto'}
      data-testid="reader-article"
    >
      <ArticleHead item={item} />
      {item.fetchState !== 'ok' && !body && paragraphs.length === 0 ? (
        <PendingBody item={item} fetching={props.fetching} onFetchNow={props.onFetchNow} />
      ) : body && 'html' in body ? (
        // The only HTML inserted: the sanitizer's output, never item.contentHtml itself.
        <div class="reader__body" data-testid="reader-body" dangerouslySetInnerHTML={{ __html: body.html }} />
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
  );
}

function ArticleHead({ item }: { item: LibraryItem }) {
  const minutes = minutesToRead(item);
  const language = uiLanguage();
  const published = formatTime(item.publishedTime, language, 'longDate');
  const publishedIso = isoTime(item.publishedTime);
  const savedOn = formatTime(item.savedAt, language, 'longDate');
  return (
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
  );
}

/** No text yet: still being fetched, or the fetch failed; fetch now, or read the original. */
function PendingBody(props: { item: LibraryItem; fetching: boolean; onFetchNow: () => void }) {
  const { item } = props;
  return (
    <div class="reader__pending" data-testid="reader-pending">
      <p>{item.fetchState === 'failed' ? t('readerFailed', item.fetchError ?? '') : t('readerPending')}</p>
      <p class="reader__pending-actions">
        <button
          type="button"
          class="button button--primary"
          disabled={props.fetching}
          onClick={props.onFetchNow}
        >
          {t('readerFetchNow')}
        </button>
        <a class="button" href={item.url} target="_blank" rel="noopener noreferrer">
          {t('readerOriginal')}
        </a>
      </p>
      <p role="status">{props.fetching ? t('readerFetching') : ''}</p>
    </div>
  );
}
