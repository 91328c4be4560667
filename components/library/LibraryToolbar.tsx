import { formatNumber, t, tPlural } from '@/utils/i18n';
import type { ExportFormat } from '@/utils/library/export-file';
import { ExportMenu } from './ExportMenu';

/** The library's header: its title, how many items (and how many shown), Import and Export. */
export function LibraryToolbar(props: {
  /** null until the first rows are read. */
  shown: number | null;
  total: number;
  filtered: boolean;
  canImport: boolean;
  canExport: boolean;
  onImport: (file: File) => Promise<void>;
  onExport: (format: ExportFormat) => void;
}) {
  return (
    <header class="library__header">
      <div class="library__heading">
        <h1>{t('libraryTitle')}</h1>
        {props.shown !== null && (
          <span class="library__count" data-testid="library-count">
            {tPlural('libraryCount', props.total)}
            {props.filtered &&
              ` · ${t('libraryShowing', [formatNumber(props.shown), formatNumber(props.total)])}`}
          </span>
        )}
      </div>
      <div class="library__tools">
        <label class="library__file button">
          {t('libraryImport')}
          <input
            class="visually-hidden"
            type="file"
            accept=".json,.csv,.html,.htm,.zip,application/json,text/csv,text/html,application/zip"
            disabled={!props.canImport}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) void props.onImport(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        <ExportMenu label={t('libraryExport')} disabled={!props.canExport} onExport={props.onExport} />
      </div>
    </header>
  );
}
