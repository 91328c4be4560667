import { useEffect, useRef } from 'preact/hooks';
import { type CardSpec, drawCard } from '@/utils/card/draw';

export interface CardPreviewProps {
  spec: CardSpec;
  /** Width shown, in CSS pixels; the height follows the card's aspect ratio. */
  width: number;
}

/**
 * A thumbnail of the card a button will make: the card's own drawing (utils/card/draw), scaled down onto a
 * canvas of the thumbnail's device pixels. Redrawn once a frame at most while the reader types. It uses the
 * fonts the page has (the studio loads the card's own faces; at this size the difference does not show).
 */
export function CardPreview({ spec, width }: CardPreviewProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const height = Math.round((width * spec.size.height) / spec.size.width);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const frame = requestAnimationFrame(() => {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      ctx.setTransform(canvas.width / spec.size.width, 0, 0, canvas.height / spec.size.height, 0, 0);
      drawCard(ctx, spec);
      canvas.dataset.drawn = 'true';
    });
    return () => cancelAnimationFrame(frame);
  }, [spec, width, height]);
  return (
    <canvas
      ref={ref}
      class="card-preview"
      data-drawn="false"
      data-size={spec.size.id}
      style={{ width: `${width}px`, height: `${height}px` }}
    />
  );
}
