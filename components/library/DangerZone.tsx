import { t } from '@/utils/i18n';

/** Clearing the whole library, set apart. */
export function DangerZone(props: { disabled: boolean; onClear: () => void }) {
  return (
    <section class="danger" aria-labelledby="danger-heading">
      <h2 id="danger-heading">{t('libraryDangerZone')}</h2>
      <p>{t('libraryClearHint')}</p>
      <button type="button" class="button button--danger" disabled={props.disabled} onClick={props.onClear}>
        {t('libraryClear')}
      </button>
    </section>
  );
}
