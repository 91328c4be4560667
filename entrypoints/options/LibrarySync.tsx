import { useEffect, useState } from 'preact/hooks';
import { t, tPlural, uiLanguage } from '@/utils/i18n';
import { type LibrarySyncStatus, librarySyncItem, librarySyncStatusItem } from '@/utils/library/sync-storage';
import { formatTime } from '@/utils/time';

/** The reading list's opt-in sync: the switch, what travels and what does not, and how the last sync went. */
export function LibrarySync() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [status, setStatus] = useState<LibrarySyncStatus | null>(null);

  useEffect(() => {
    void librarySyncItem.getValue().then((prefs) => setEnabled(prefs.enabled));
    void librarySyncStatusItem.getValue().then(setStatus);
    const unwatchPrefs = librarySyncItem.watch((prefs) => setEnabled(prefs.enabled));
    const unwatchStatus = librarySyncStatusItem.watch(setStatus);
    return () => {
      unwatchPrefs();
      unwatchStatus();
    };
  }, []);

  let line: string | null = null;
  if (enabled && status?.error) line = t('optionsLibrarySyncError', status.error);
  else if (enabled && status) {
    line = tPlural('optionsLibrarySyncStatus', status.synced, [
      formatTime(status.at, uiLanguage(), 'dateTime') ?? '—',
    ]);
    if (status.dropped > 0) line += ` ${tPlural('optionsLibrarySyncDropped', status.dropped)}`;
  }

  return (
    <section aria-labelledby="library-sync-heading">
      <h2 id="library-sync-heading">{t('optionsLibraryHeading')}</h2>
      <p class="options__intro">{t('optionsLibrarySyncIntro')}</p>
      {enabled !== null && (
        <label class="check">
          <input
            type="checkbox"
            checked={enabled}
            data-testid="library-sync"
            onChange={(event) => {
              const next = event.currentTarget.checked;
              setEnabled(next);
              void librarySyncItem.setValue({ enabled: next });
            }}
          />
          {t('optionsLibrarySync')}
        </label>
      )}
      <p class="options__status">
        <span role="status">{line && !status?.error ? line : ''}</span>
        <span class="options__status--error" role="alert">
          {line && status?.error ? line : ''}
        </span>
      </p>
    </section>
  );
}
