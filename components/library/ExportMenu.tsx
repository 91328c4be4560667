import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ExportFormat } from '@/utils/library/export-file';

const FORMATS: Array<{ format: ExportFormat; label: () => string }> = [
  { format: 'json', label: () => t('libraryExportJson') },
  { format: 'pocket', label: () => t('libraryExportPocket') },
  { format: 'bookmarks', label: () => t('libraryExportBookmarks') },
  { format: 'markdown', label: () => t('libraryExportMarkdown') },
];

/** A disclosure menu of export formats. */
export function ExportMenu(props: {
  label: string;
  disabled?: boolean;
  onExport: (format: ExportFormat) => void;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details class="menu" ref={details}>
      <summary class="button" aria-disabled={props.disabled ? 'true' : undefined}>
        {props.label}
      </summary>
      <div class="menu__items">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            class="menu__item"
            disabled={props.disabled}
            onClick={() => {
              if (details.current) details.current.open = false;
              props.onExport(format);
            }}
          >
            {label()}
          </button>
        ))}
      </div>
    </details>
  );
}
