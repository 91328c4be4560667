import type { ConsentSiteActions } from '@/hooks/use-consent-sites';
import { t, tPlural } from '@/utils/i18n';

/** Search, the site count, export, import and clear. */
export function ConsentToolbar({
  query,
  onQuery,
  total,
  actions,
}: {
  query: string;
  onQuery: (query: string) => void;
  total: number;
  actions: ConsentSiteActions;
}) {
  return (
    <div class="options__toolbar">
      <label class="field">
        <span class="field__label">{t('optionsSearch')}</span>
        <input
          type="search"
          class="field__input"
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </label>
      <span class="options__count">{tPlural('optionsSiteCount', total)}</span>
      <button type="button" class="button" disabled={!total} onClick={actions.exportAll}>
        {t('optionsExport')}
      </button>
      <label class="button options__file">
        {t('optionsImport')}
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) actions.importFile(file);
          }}
        />
      </label>
      <button type="button" class="button" disabled={!total} onClick={actions.clear}>
        {t('optionsClear')}
      </button>
    </div>
  );
}
