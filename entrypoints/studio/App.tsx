import { useCallback, useMemo, useState } from 'preact/hooks';
import { QuoteMark } from '@/components/Icons';
import { CardFigure } from '@/components/studio/CardFigure';
import { AltTextField, StudioControls } from '@/components/studio/StudioControls';
import { useCardActions } from '@/hooks/use-card-actions';
import { useCardDesign } from '@/hooks/use-card-design';
import { CARD_SIZES } from '@/utils/card';
import type { CardLayout } from '@/utils/card/draw';
import { decodeStudioData, type StudioData } from '@/utils/card/studio-data';
import { t } from '@/utils/i18n';
import { StudioBluesky } from './Bluesky';

/** The studio: every size side by side, themes, colour and text, and export for each size. */
export function App({ hash }: { hash: string }) {
  const initial = useMemo(() => decodeStudioData(hash), [hash]);
  if (!initial) {
    return (
      <main class="studio studio--empty">
        <p>{t('studioNoQuote')}</p>
      </main>
    );
  }
  return <Studio initial={initial} />;
}

function Studio({ initial }: { initial: StudioData }) {
  const design = useCardDesign(initial);
  const { text, themeId, theme, siteIcon, showIcon, accent, image, alt, specFor } = design;
  const [layouts, onDrawn] = useLayouts();
  const actions = useCardActions(initial.title, specFor, alt);

  return (
    <div class="studio" data-favicon={siteIcon.state}>
      <header class="studio__header">
        <span class="brand">
          <QuoteMark />
          <span class="brand__name">{t('studioTitle')}</span>
        </span>
      </header>
      <div class="studio__body">
        <StudioControls
          text={text}
          onText={design.setText}
          dir={initial.dir}
          lang={initial.lang}
          themeId={themeId}
          onTheme={design.setThemeId}
          usesLeadImage={theme.usesLeadImage}
          image={image}
          hasImage={Boolean(initial.image)}
          onAllowImage={() => void design.allowImage()}
          accent={accent}
          onAccent={design.setAccent}
        >
          {siteIcon.state === 'loaded' && (
            <label class="field theme-choice site-icon">
              <input
                type="checkbox"
                checked={showIcon}
                onChange={(event) => design.setShowIcon(event.currentTarget.checked)}
              />
              {t('studioShowSiteIcon')}
            </label>
          )}
          <AltTextField alt={alt} onCopy={actions.copyAlt} />
          {!actions.canShareFiles && <p class="studio__hint">{t('studioShareUnavailable')}</p>}
          <p class="studio__status">
            <span role="status" aria-live="polite">
              {actions.status}
            </span>
            <span class="studio__status--error" role="alert">
              {actions.error}
            </span>
          </p>
        </StudioControls>
        <div class="studio__cards">
          {CARD_SIZES.map((size) => (
            <CardFigure
              key={size.id}
              size={size}
              spec={specFor(size)}
              alt={alt}
              truncated={layouts[size.id]?.truncated === true}
              onDrawn={onDrawn}
              onSave={(scale) => void actions.saveCard(size, scale)}
              onCopy={() => void actions.copyCard(size)}
              onShare={actions.canShareFiles ? () => void actions.share(size) : undefined}
            >
              <StudioBluesky spec={specFor(size)} data={initial} alt={alt} />
            </CardFigure>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Each size's last layout (whether the quote had to be shortened), from the card as it draws. */
function useLayouts() {
  const [layouts, setLayouts] = useState<Record<string, CardLayout>>({});
  const onDrawn = useCallback((layout: CardLayout, canvas: HTMLCanvasElement) => {
    const id = canvas.dataset.size ?? '';
    setLayouts((previous) =>
      previous[id]?.truncated === layout.truncated ? previous : { ...previous, [id]: layout },
    );
  }, []);
  return [layouts, onDrawn] as const;
}
