import { useEffect, useRef } from 'preact/hooks';
import { type CardLayout, type CardSpec, drawCard } from '@/utils/card/draw';
import { loadCardFonts } from './card-fonts';

export interface QuoteCardProps {
  spec: CardSpec;
  /**
   * Width the preview is shown at, in CSS pixels; without one it fills its container's width (the studio's
   * grid sizes it). Either way the canvas keeps the card's exact pixel size.
   */
  displayWidth?: number;
  label: string;
  onDrawn?: (layout: CardLayout, canvas: HTMLCanvasElement) => void;
}

/**
 * A card as a canvas at its exact pixel size, scaled down for display: the preview is the export.
 */
export function QuoteCard({ spec, displayWidth, label, onDrawn }: QuoteCardProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    if (ref.current) ref.current.dataset.drawn = 'false';
    const { content } = spec;
    void loadCardFonts(
      `${content.quote} ${content.speaker ?? ''} ${content.role ?? ''} ${content.title}`,
    ).then(() => {
      const canvas = ref.current;
      const ctx = canvas?.getContext('2d');
      if (cancelled || !canvas || !ctx) return;
      const layout = drawCard(ctx, spec);
      // For tests and tools: where the quote is, and whether it had to be shortened.
      const box = layout.quoteBox;
      canvas.dataset.quoteBox = [box.x, box.y, box.width, box.height].map(Math.round).join(',');
      const icon = layout.faviconBox;
      canvas.dataset.faviconBox = icon
        ? [icon.x, icon.y, icon.width, icon.height].map(Math.round).join(',')
        : '';
      canvas.dataset.truncated = String(layout.truncated);
      canvas.dataset.drawn = 'true';
      onDrawn?.(layout, canvas);
    });
    return () => {
      cancelled = true;
    };
  }, [spec, onDrawn]);
  const { width, height } = spec.size;
  return (
    <canvas
      ref={ref}
      class="card"
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-size={spec.size.id}
      data-theme={spec.theme.id}
      style={
        displayWidth === undefined
          ? { width: '100%', height: 'auto', aspectRatio: `${width} / ${height}` }
          : { width: `${displayWidth}px`, height: `${Math.round((displayWidth * height) / width)}px` }
      }
    />
  );
}
