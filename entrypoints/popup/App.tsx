import type { FunctionComponent } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleSummary } from '@/components/ArticleSummary';
import { AlertIcon, DocumentOffIcon, GearIcon, LockIcon, QuoteMark } from '@/components/Icons';
import { LoadingSkeleton } from '@/components/LoadingSkeleton';
import { StatusPanel } from '@/components/StatusPanel';
import { extractArticle } from '@/utils/article';
import { displayHost } from '@/utils/format';
import { errorText, localizedText, type MessageKey, t, tPlural, uiLanguage } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { pageBlocksText } from '@/utils/page/blocks';
import { parseSnapshot } from '@/utils/page/parse';
import type { RestrictedReason } from '@/utils/page/restricted';
import {
  extractFromSnapshot,
  type FlowDeps,
  type PopupState,
  readTab,
  tabFromQuery,
} from '@/utils/popup/flow';
import { takePendingSelection } from '@/utils/storage';
import { formatTime } from '@/utils/time';
import type { ComposerProps } from './Composer';
import { Consent } from './Consent';
import { Save } from './Save';

const deps: FlowDeps = {
  capture: (tabId) => sendMessage('capturePage', { tabId }),
  pendingSelection: takePendingSelection,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  parse: (snapshot) => parseSnapshot(snapshot),
  extract: extractArticle,
  pageText: pageBlocksText,
  now: () => performance.now(),
};

const restrictedText: Record<RestrictedReason, MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  'extension-page': 'restrictedExtensionPage',
  store: 'restrictedStore',
  pdf: 'restrictedPdf',
  'view-source': 'restrictedViewSource',
  file: 'restrictedFile',
  'no-access': 'restrictedNoAccess',
};

async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = tabFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The composer (quotes and sharing) is its own chunk, fetched once the article is on screen. */
function useComposer(wanted: boolean): FunctionComponent<ComposerProps> | null {
  const [composer, setComposer] = useState<FunctionComponent<ComposerProps> | null>(null);
  useEffect(() => {
    if (!wanted || composer) return;
    void import('./Composer').then((module) => setComposer(() => module.default));
  }, [wanted, composer]);
  return composer;
}

export function App({ search }: { search: string }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [tabId, setTabId] = useState<number | null>(null);
  const Composer = useComposer(state.kind === 'article');
  // How many quotes the composer suggests (null until it knows): with some, the summary shrinks to its
  // headline so the quotes and the share bar fit in the popup's first screen.
  const [suggestions, setSuggestions] = useState<number | null>(null);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    setSuggestions(null);
    try {
      const target = await targetTabId(search);
      setTabId(target);
      setState(target === null ? { kind: 'no-tab' } : await readTab(deps, target));
    } catch (error) {
      setState({ kind: 'error', message: errorText(error) });
    }
  }, [search]);

  useEffect(() => {
    void load();
  }, [load]);

  // The document title names what the popup shows (window switchers, screen readers, tests of the real
  // toolbar popup, which can only be seen from outside).
  useEffect(() => {
    document.title = state.kind === 'article' ? `${state.article.title} – ${t('extName')}` : t('extName');
  }, [state]);

  return (
    <div class="popup" data-state={state.kind}>
      <header class="popup__header">
        <span class="brand">
          <QuoteMark />
          <span class="brand__name">{t('extName')}</span>
        </span>
        {state.kind === 'article' && (
          <span class="popup__tools">
            <Save article={state.article} pageUrl={state.pageUrl} tabId={tabId} />
            <button
              type="button"
              class="icon-button"
              aria-label={t('settingsOpen')}
              title={t('settingsOpen')}
              aria-expanded={settingsOpen}
              onClick={() => setSettingsOpen(!settingsOpen)}
            >
              <GearIcon />
            </button>
          </span>
        )}
      </header>
      <main class="popup__main">
        <PopupBody
          state={state}
          compact={suggestions !== null && suggestions > 0}
          onRetry={load}
          onWholePage={setState}
        />
        {state.kind === 'article' && Composer && (
          <Composer
            article={state.article}
            pageText={state.pageText}
            pageUrl={state.pageUrl}
            siteColor={state.siteColor}
            siteIcon={state.siteIcon}
            selection={state.selection}
            settingsOpen={settingsOpen}
            onSettingsOpenChange={setSettingsOpen}
            onSuggestions={setSuggestions}
          />
        )}
        {tabId !== null && state.kind !== 'loading' && state.kind !== 'no-tab' && (
          <ConsentLine tabId={tabId} />
        )}
      </main>
    </div>
  );
}

/**
 * The site's cookie choice as one line at the end of the popup (the consent section's heading and status),
 * opening in place to the full section with its buttons: it never pushes the quotes or sharing down.
 */
function ConsentLine({ tabId }: { tabId: number }) {
  const [open, setOpen] = useState(false);
  const toggle = (event: Event) => {
    setOpen(!open);
    const line = (event.currentTarget as HTMLElement).closest('.consent-line');
    // The panel opens below the fold: bring it into view once it has its height.
    if (!open) requestAnimationFrame(() => line?.scrollIntoView({ block: 'nearest' }));
  };
  return (
    <div class={`consent-line${open ? ' consent-line--open' : ''}`} id="consent-line">
      <Consent tabId={tabId} />
      <button
        type="button"
        class="link-button consent-line__toggle"
        aria-expanded={open}
        aria-controls="consent-line"
        onClick={toggle}
      >
        {open ? t('popupConsentHide') : t('popupConsentShow')}
      </button>
    </div>
  );
}

function PopupBody({
  state,
  compact,
  onRetry,
  onWholePage,
}: {
  state: PopupState;
  compact: boolean;
  onRetry: () => void;
  onWholePage: (next: PopupState) => void;
}) {
  switch (state.kind) {
    case 'loading':
      return <LoadingSkeleton label={t('popupLoading')} />;
    case 'article': {
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
    case 'not-article':
      return (
        <StatusPanel
          tone="info"
          icon={<DocumentOffIcon />}
          title={t('notArticleTitle')}
          body={t('notArticleBody')}
          action={{
            label: t('notArticleAction'),
            onClick: () => onWholePage(extractFromSnapshot(deps, state.snapshot, true)),
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
