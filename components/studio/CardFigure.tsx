import type { ComponentChildren } from 'preact';
import { sizeName } from '@/components/card-names';
import { QuoteCard } from '@/components/QuoteCard';
import type { CardSize } from '@/utils/card';
import type { CardLayout, CardSpec } from '@/utils/card/draw';
import { t } from '@/utils/i18n';

/** One card size: the card, its name and networks, and what to do with it. */
export function CardFigure(props: {
  size: CardSize;
  spec: CardSpec;
  alt: string;
  truncated: boolean;
  onDrawn: (layout: CardLayout, canvas: HTMLCanvasElement) => void;
  onSave: (scale: 1 | 2) => void;
  onCopy: () => void;
  /** Present where the browser can share files. */
  onShare?: () => void;
  /** More actions (Bluesky). */
  children?: ComponentChildren;
}) {
  const { size } = props;
  return (
    // Laid out by aspect ratio (style.css): the cards of a row share one height.
    <figure class="size" data-size={size.id} style={{ '--aspect': (size.width / size.height).toFixed(4) }}>
      <QuoteCard
        spec={props.spec}
        label={t('studioCardLabel', [sizeName(size.id), props.alt])}
        onDrawn={props.onDrawn}
      />
      <figcaption class="size__caption">
        <span class="size__name">
          {sizeName(size.id)} · {size.width}×{size.height}
        </span>
        <span class="size__networks">{size.networks.join(', ')}</span>
        {props.truncated && <span class="size__note">{t('studioShortened')}</span>}
        <span class="size__actions">
          <button
            type="button"
            class="button button--primary"
            data-action="download"
            onClick={() => props.onSave(1)}
          >
            {t('studioDownload')}
          </button>
          <button
            type="button"
            class="button"
            aria-label={t('studioDownload2xLabel')}
            onClick={() => props.onSave(2)}
          >
            {t('studioDownload2x')}
          </button>
          <button type="button" class="button" onClick={props.onCopy}>
            {t('studioCopyImage')}
          </button>
          {props.onShare && (
            <button type="button" class="button" onClick={props.onShare}>
              {t('studioShare')}
            </button>
          )}
          {props.children}
        </span>
      </figcaption>
    </figure>
  );
}
