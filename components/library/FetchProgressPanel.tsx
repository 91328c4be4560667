import { formatNumber, t, tPlural } from '@/utils/i18n';
import { type FetchProgress, failedTotal } from '@/utils/library/fetch-progress';

/** Failed links listed by name; the rest are counted (an import can fail thousands). */
export const FAILED_SHOWN = 20;

/** Whether there is anything to show about the background's fetching. */
export function fetchProgressVisible(progress: FetchProgress): boolean {
  return progress.running || failedTotal(progress) > 0;
}

/** Progress of the background fetching saved links: a bar, "N of M fetched", and what failed, with Retry. */
export function FetchProgressPanel(props: { progress: FetchProgress; onRetry: (ids: string[]) => void }) {
  const { progress } = props;
  if (!fetchProgressVisible(progress)) return null;
  const failedCount = failedTotal(progress);
  // Newest first: the ones that just failed are the ones a reader is looking at.
  const shown = progress.failed.slice(-FAILED_SHOWN).reverse();
  const more = failedCount - shown.length;
  return (
    <section class="lib-fetch" aria-labelledby="lib-fetch-heading" data-testid="fetch-progress">
      <h2 id="lib-fetch-heading" class="lib-fetch__heading">
        {t('libraryFetchHeading')}
      </h2>
      <progress
        class="lib-fetch__bar"
        max={Math.max(1, progress.total)}
        value={progress.done}
        aria-labelledby="lib-fetch-heading"
      />
      <p class="lib-fetch__count">
        {t('libraryFetchProgress', [formatNumber(progress.done), formatNumber(progress.total)])}
      </p>
      {failedCount > 0 && (
        <div class="lib-fetch__failed">
          <p>
            {tPlural('libraryFetchFailed', failedCount)}{' '}
            <button
              type="button"
              class="button button--small"
              disabled={progress.running}
              onClick={() => props.onRetry(progress.failed.map((failure) => failure.id))}
            >
              {t('libraryFetchRetry')}
            </button>
          </p>
          <ul>
            {shown.map((failure) => (
              <li key={failure.id}>
                <a href={failure.url} target="_blank" rel="noopener noreferrer">
                  {failure.url}
                </a>
                <span class="lib-fetch__error"> — {failure.error}</span>
              </li>
            ))}
            {more > 0 && (
              <li class="lib-fetch__more" data-testid="fetch-failed-more">
                {t('libraryFetchMore', formatNumber(more))}
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
