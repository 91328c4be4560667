import { ArticleSummary } from '@/components/ArticleSummary';
import { AlertIcon, DocumentOffIcon, LockIcon } from '@/components/Icons';
import { LoadingSkeleton } from '@/components/LoadingSkeleton';
import { StatusPanel } from '@/components/StatusPanel';
import { displayHost } from '@/utils/format';
import { localizedText, type MessageKey, t, tPlural, uiLanguage } from '@/utils/i18n';
import type { PopupState } from '@/utils/page/read-tab';
import type { RestrictedReason } from '@/utils/page/restricted';
import { formatTime } from '@/utils/time';

const restrictedText: Record<RestrictedReason, MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  'extension-page': 'restrictedExtensionPage',
  store: 'restrictedStore',
  pdf: 'restrictedPdf',
  'view-source': 'restrictedViewSource',
  file: 'restrictedFile',
  'no-access': 'restrictedNoAccess',
};

/** The article's summary (its headline only when `compact`), with a note when the whole page was read. */
function ArticleBody({
  state,
  compact,
}: {
  state: Extract<PopupState, { kind: 'article' }>;
  compact: boolean;
}) {
  const { article, wholePage, timing } = state;
  return (
    <div data-page-ms={timing.pageMs.toFixed(1)} data-extract-ms={timing.extractMs.toFixed(1)}>
      {wholePage && <p class="note">{t('popupWholePageNote')}</p>}
      <ArticleSummary
        compact={compact}
        toggleLabels={{ show: t('summaryShow'), hide: t('summaryHide') }}
        title={article.title}
        url={state.pageUrl}
        siteName={article.siteName ?? displayHost(state.pageUrl)}
        byline={article.byline ? t('popupByline', article.byline) : null}
        date={formatTime(article.publishedTime, uiLanguage())}
        dateTime={article.publishedTime}
        readingTime={tPlural('readingTime', article.readingMinutes)}
        excerpt={article.excerpt}
        lang={article.lang}
        dir={article.dir}
        linkLabel={t('articleSource')}
      />
    </div>
  );
}

/** What the popup shows of its tab: the article's summary, or why there is none (with what to do). */
export function PopupBody({
  state,
  compact,
  onRetry,
  onWholePage,
}: {
  state: PopupState;
  /** The summary shrinks to its headline (there are quotes to show). */
  compact: boolean;
  onRetry: () => void;
  onWholePage: () => void;
}) {
  switch (state.kind) {
    case 'loading':
      return <LoadingSkeleton label={t('popupLoading')} />;
    case 'article':
      return <ArticleBody state={state} compact={compact} />;
    case 'not-article':
      return (
        <StatusPanel
          tone="info"
          icon={<DocumentOffIcon />}
          title={t('notArticleTitle')}
          body={t('notArticleBody')}
          action={{
            label: t('notArticleAction'),
            onClick: onWholePage,
          }}
        />
      );
    case 'empty':
      return (
        <StatusPanel
          tone="info"
          icon={<DocumentOffIcon />}
          title={t('emptyPageTitle')}
          body={t('emptyPageBody')}
        />
      );
    case 'restricted':
      return (
        <StatusPanel
          tone="warning"
          icon={<LockIcon />}
          title={t('restrictedTitle')}
          body={t(restrictedText[state.reason])}
        />
      );
    case 'timeout':
      return (
        <StatusPanel
          tone="warning"
          icon={<AlertIcon />}
          title={t('timeoutTitle')}
          body={t('timeoutBody')}
          action={{ label: t('errorRetry'), onClick: onRetry }}
        />
      );
    case 'no-tab':
      return (
        <StatusPanel tone="warning" icon={<AlertIcon />} title={t('noTabTitle')} body={t('noTabBody')} />
      );
    case 'error':
      return (
        <StatusPanel
          tone="error"
          icon={<AlertIcon />}
          title={t('errorTitle')}
          body={state.localized ? localizedText(state.localized) : state.message}
          action={{ label: t('errorRetry'), onClick: onRetry }}
        />
      );
  }
}
