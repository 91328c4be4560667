import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { GearIcon, QuoteMark } from '@/components/Icons';
import { PopupBody } from '@/components/popup/PopupBody';
import { usePopupFlow } from '@/hooks/use-popup-flow';
import { t } from '@/utils/i18n';
import type { FlowDeps } from '@/utils/page/read-tab';
import type { ComposerProps } from './Composer';
import { Consent } from './Consent';
import { Save } from './Save';

/** The composer (quotes and sharing) is its own chunk, fetched once the article is on screen. */
function useComposer(wanted: boolean): FunctionComponent<ComposerProps> | null {
  const [composer, setComposer] = useState<FunctionComponent<ComposerProps> | null>(null);
  useEffect(() => {
    if (!wanted || composer) return;
    void import('./Composer').then((module) => setComposer(() => module.default));
  }, [wanted, composer]);
  return composer;
}

/** The toolbar popup: the article on the tab, its quotes and sharing, saving, and the site's cookie choice. */
export function App({ search, deps }: { search: string; deps: FlowDeps }) {
  const { state, tabId, retry, wholePage, suggestions, setSuggestions } = usePopupFlow(deps, search);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const Composer = useComposer(state.kind === 'article');

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
          onRetry={() => void retry()}
          onWholePage={wholePage}
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
