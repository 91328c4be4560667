import { type CardLayout, type CardSpec, drawCard } from './draw';

/**
 * The PNG of a card at `scale` × its size (1 for the exact network size, 2 for a sharper copy), drawn
 * exactly as the preview. `createCanvas` is injected so this module stays free of the page's globals.
 */
export async function exportCardPng(
  spec: CardSpec,
  scale: 1 | 2,
  createCanvas: (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas,
): Promise<{ blob: Blob; layout: CardLayout }> {
  const canvas = createCanvas(spec.size.width * scale, spec.size.height * scale);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('No 2D canvas context');
  ctx.scale(scale, scale);
  const layout = drawCard(ctx, spec);
  const blob =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type: 'image/png' })
      : await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob(
            (result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))),
            'image/png',
          ),
        );
  return { blob, layout };
}

/** A file name from the article title: "little-ground-for-optimism-1080x1350.png". */
export function cardFileName(title: string, width: number, height: number, scale: 1 | 2 = 1): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'quote';
  return `${slug}-${width * scale}x${height * scale}.png`;
}
