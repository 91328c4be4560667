import type { FetchAsk, ImportProgress } from '@/hooks/use-import';
import type { Status } from '@/hooks/use-status';
import { formatNumber, t } from '@/utils/i18n';

/** The page's alert (an error the reader can dismiss, unless the library would not open) and status line. */
export function LibraryMessages(props: {
  openError: string | null;
  status: Status;
  importing: ImportProgress | null;
  onDismiss: () => void;
}) {
  const { openError, status, importing } = props;
  return (
    <div class="library__messages">
      <div role="alert" class="library__alert" data-testid="library-alert">
        {(openError ?? (status?.error ? status.text : null)) && (
          <p class="library__error">
            {openError ?? status?.text}{' '}
            {!openError && (
              <button type="button" class="link-button" onClick={props.onDismiss}>
                {t('libraryDismiss')}
              </button>
            )}
          </p>
        )}
      </div>
      <p role="status" class="library__status" data-testid="library-status">
        {status && !status.error ? status.text : ''}
        {importing && (
          <>
            {t('libraryImporting')}{' '}
            <progress
              max={Math.max(1, importing.total)}
              value={importing.done}
              aria-label={t('libraryImporting')}
            />
          </>
        )}
      </p>
    </div>
  );
}

/** Asks before the background fetches the pages of a large import: how many links, from how many sites. */
export function FetchAskPanel(props: { ask: FetchAsk; onYes: () => void; onNo: () => void }) {
  return (
    <section class="library__ask" aria-labelledby="import-fetch-ask-title" data-testid="import-fetch-ask">
      <h2 id="import-fetch-ask-title">{t('libraryFetchAskTitle')}</h2>
      <p>
        <strong>
          {t('libraryFetchAskCounts', [formatNumber(props.ask.ids.length), formatNumber(props.ask.sites)])}
        </strong>
      </p>
      <p>{t('libraryFetchAskDetail')}</p>
      <p class="library__ask-actions">
        <button type="button" class="button button--primary" onClick={props.onYes}>
          {t('libraryFetchAskYes')}
        </button>
        <button type="button" class="button" onClick={props.onNo}>
          {t('libraryFetchAskNo')}
        </button>
      </p>
    </section>
  );
}
