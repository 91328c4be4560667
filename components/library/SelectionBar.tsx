import type { SelectionSpot } from '@/hooks/use-text-selection';
import { t } from '@/utils/i18n';

/** The small bar over selected article text: make a card from it, or copy it. */
export function SelectionBar(props: { spot: SelectionSpot; onMakeCard: () => void; onCopy: () => void }) {
  return (
    <div
      role="toolbar"
      aria-label={t('readerSelectionActions')}
      class="selection-bar"
      style={{ top: `${props.spot.top}px`, left: `${props.spot.left}px` }}
      // Keep the selection: a mousedown on the bar would otherwise collapse it before the click lands.
      onMouseDown={(event) => event.preventDefault()}
    >
      <button type="button" class="selection-bar__button" onClick={props.onMakeCard}>
        {t('readerMakeCard')}
      </button>
      <button type="button" class="selection-bar__button" onClick={props.onCopy}>
        {t('readerCopyQuote')}
      </button>
    </div>
  );
}
