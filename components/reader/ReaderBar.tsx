import { t } from '@/utils/i18n';
import type { LibraryItem } from '@/utils/library/types';
import { LIBRARY_PAGE } from '@/utils/routes';

/** The reader's top bar: back to the library, archive, favourite, typography settings, delete. */
export function ReaderBar(props: {
  item: LibraryItem;
  settingsOpen: boolean;
  onSettings: () => void;
  onUpdate: (patch: Partial<LibraryItem>) => void;
  onDelete: () => void;
}) {
  const { item } = props;
  const archived = item.state === 'archived';
  return (
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
          onClick={() => props.onUpdate({ state: archived ? 'unread' : 'archived', updatedAt: Date.now() })}
        >
          {archived ? t('libraryUnarchive') : t('libraryArchive')}
        </button>
        <button
          type="button"
          class={`button${item.favourite ? ' button--on' : ''}`}
          aria-pressed={item.favourite}
          onClick={() => props.onUpdate({ favourite: !item.favourite, updatedAt: Date.now() })}
        >
          <span aria-hidden="true">{item.favourite ? '★ ' : '☆ '}</span>
          {t('libraryFavourite')}
        </button>
        <button
          type="button"
          class="button"
          aria-expanded={props.settingsOpen}
          aria-controls="reader-settings"
          onClick={props.onSettings}
        >
          <span aria-hidden="true">Aa </span>
          {t('readerSettings')}
        </button>
        <button type="button" class="button button--danger" onClick={props.onDelete}>
          {t('readerDelete')}
        </button>
      </div>
    </header>
  );
}
