import { useState } from 'preact/hooks';
import { t, tPlural } from '@/utils/i18n';
import type { ExportFormat } from '@/utils/library/export-file';
import type { ListRow } from '@/utils/library/list';
import type { LibraryItem } from '@/utils/library/types';
import { ExportMenu } from './ExportMenu';

/** The bar over the list: select every shown row, and what to do with the selected ones. */
export function BulkBar(props: {
  selected: ReadonlySet<string>;
  visible: ListRow[];
  onSelect: (selected: ReadonlySet<string>) => void;
  onUpdate: (patch: (row: ListRow) => Partial<LibraryItem>) => Promise<void>;
  onTag: (name: string) => Promise<void>;
  onExport: (format: ExportFormat) => void;
  onDelete: () => void;
}) {
  const { selected, visible } = props;
  // Kept here, not in the actions: a tag typed before the selection emptied is still there after.
  const tag = useState('');
  const allVisibleSelected = visible.length > 0 && visible.every((row) => selected.has(row.id));
  return (
    <div class="library__listbar">
      <label class="check">
        <input
          type="checkbox"
          checked={allVisibleSelected}
          disabled={visible.length === 0}
          onChange={() =>
            props.onSelect(
              allVisibleSelected ? new Set() : new Set([...selected, ...visible.map((row) => row.id)]),
            )
          }
        />
        {t('librarySelectAll')}
      </label>
      {selected.size > 0 && <BulkActions {...props} tag={tag} />}
    </div>
  );
}

function BulkActions(props: Parameters<typeof BulkBar>[0] & { tag: [string, (tag: string) => void] }) {
  const [bulkTag, setBulkTag] = props.tag;
  const action = (label: string, patch: () => Partial<LibraryItem>) => (
    <button type="button" class="button button--small" onClick={() => void props.onUpdate(patch)}>
      {label}
    </button>
  );
  return (
    <section class="bulk" aria-label={t('libraryBulkActions')} data-testid="bulk-actions">
      <strong>{tPlural('librarySelectedCount', props.selected.size)}</strong>
      {action(t('libraryArchive'), () => ({ state: 'archived' }))}
      {action(t('libraryUnarchive'), () => ({ state: 'unread' }))}
      {action(t('libraryFavourite'), () => ({ favourite: true }))}
      <form
        class="bulk__tag"
        onSubmit={(event) => {
          event.preventDefault();
          const name = bulkTag.trim();
          if (name === '') return;
          void props.onTag(name).then(() => setBulkTag(''));
        }}
      >
        <label>
          <span class="visually-hidden">{t('libraryBulkTagLabel')}</span>
          <input
            class="field__input field__input--small"
            value={bulkTag}
            placeholder={t('libraryBulkTagLabel')}
            onInput={(event) => setBulkTag(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button button--small">
          {t('libraryBulkAddTag')}
        </button>
      </form>
      <ExportMenu label={t('libraryBulkExport')} onExport={props.onExport} />
      <button type="button" class="button button--small button--danger" onClick={props.onDelete}>
        {t('libraryBulkDelete')}
      </button>
      <button type="button" class="link-button" onClick={() => props.onSelect(new Set())}>
        {t('libraryBulkClear')}
      </button>
    </section>
  );
}
