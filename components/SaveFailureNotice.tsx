import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { type SaveFailure, saveFailureItem } from '@/utils/library/save-failure';

export interface SaveFailureNoticeProps {
  /** Where the failure is kept (utils/library/save-failure; tests may pass their own). */
  load?: () => Promise<SaveFailure | null>;
  clear?: () => Promise<void>;
}

/**
 * The popup's first line after a save by shortcut or context menu failed: why, and a way to dismiss it
 * (which also takes the "!" off the toolbar button).
 */
export function SaveFailureNotice(props: SaveFailureNoticeProps) {
  const [load] = useState(() => props.load ?? (() => saveFailureItem.getValue()));
  const clear = props.clear ?? (() => saveFailureItem.setValue(null));
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((value) => {
        if (live) setFailure(value);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [load]);
  if (!failure) return null;
  return (
    <div class="save-failure" role="alert">
      <span>{t('saveFailedNotice', failure.message)}</span>{' '}
      <button
        type="button"
        class="link-button"
        onClick={() => {
          setFailure(null);
          void clear().catch(() => {});
        }}
      >
        {t('saveFailedDismiss')}
      </button>
    </div>
  );
}
