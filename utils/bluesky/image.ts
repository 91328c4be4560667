/**
 * A card image that fits Bluesky's blob limit for images (app.bsky.embed.images#image: 1,000,000 bytes).
 * Pure: the encoder is a parameter (a canvas in the extension, a JavaScript codec in Node tests).
 *
 * Order: PNG at full size (sharp text, and most cards are flat colour, far under the limit); then WebP, then
 * JPEG, at falling quality; then both at 85 % of the size, step by step. The first that fits wins, so a card
 * is never smaller or blurrier than it must be.
 */

export const BLOB_LIMIT = 1_000_000;

export type ImageType = 'image/png' | 'image/webp' | 'image/jpeg';

/**
 * Encode the card at `width` × `height` (scaled from its full size) as `type` at `quality` (lossy types).
 * A browser that cannot write a type answers with another (canvas.toBlob falls back to PNG): that type is
 * then skipped.
 */
export type Encode = (width: number, height: number, type: ImageType, quality?: number) => Promise<Blob>;

interface FittedImage {
  blob: Blob;
  type: string;
  width: number;
  height: number;
  /** The lossy quality used, or null for PNG. */
  quality: number | null;
  /** How many encodings it took (for the benchmark and the tests). */
  attempts: number;
}

export class ImageTooLargeError extends Error {
  override name = 'ImageTooLargeError';
  constructor(readonly smallestBytes: number) {
    super(`The card image could not be made smaller than ${smallestBytes} bytes`);
  }
}

const QUALITIES = [0.92, 0.85, 0.75, 0.65, 0.5];
/** Quality used once the image is being scaled down: sharper than a lower quality at the larger size. */
const SCALED_QUALITY = 0.8;
const SCALE_STEP = 0.85;
/** Below this share of the card's width, text is no longer readable: give up rather than post mush. */
const MIN_SCALE = 0.3;

/** The card at `size`, re-encoded until it fits in `limit` bytes; ImageTooLargeError when nothing does. */
export async function fitImage(
  size: { width: number; height: number },
  encode: Encode,
  limit = BLOB_LIMIT,
): Promise<FittedImage> {
  let attempts = 0;
  let smallest = Number.POSITIVE_INFINITY;
  const unsupported = new Set<ImageType>();
  const attempt = async (scale: number, type: ImageType, quality?: number): Promise<FittedImage | null> => {
    if (unsupported.has(type)) return null;
    const width = Math.max(1, Math.round(size.width * scale));
    const height = Math.max(1, Math.round(size.height * scale));
    const blob = await encode(width, height, type, quality);
    attempts += 1;
    if (blob.type !== type) {
      unsupported.add(type);
      return null;
    }
    smallest = Math.min(smallest, blob.size);
    if (blob.size > limit) return null;
    return { blob, type, width, height, quality: quality ?? null, attempts };
  };

  const png = await attempt(1, 'image/png');
  if (png) return png;
  for (const type of ['image/webp', 'image/jpeg'] as const) {
    for (const quality of QUALITIES) {
      const fitted = await attempt(1, type, quality);
      if (fitted) return fitted;
      if (unsupported.has(type)) break;
    }
  }
  for (let scale = SCALE_STEP; scale >= MIN_SCALE; scale *= SCALE_STEP) {
    for (const type of ['image/webp', 'image/jpeg'] as const) {
      const fitted = await attempt(scale, type, SCALED_QUALITY);
      if (fitted) return fitted;
    }
  }
  throw new ImageTooLargeError(Number.isFinite(smallest) ? smallest : 0);
}

/**
 * The encoder for a drawn card: the canvas scaled into a second one when the size differs. `createCanvas`
 * is injected so this module stays free of the page's globals.
 */
export function canvasEncoder(
  source: HTMLCanvasElement | OffscreenCanvas,
  createCanvas: (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas,
): Encode {
  return async (width, height, type, quality) => {
    let canvas = source;
    if (width !== source.width || height !== source.height) {
      canvas = createCanvas(width, height);
      const ctx = canvas.getContext('2d') as
        | CanvasRenderingContext2D
        | OffscreenCanvasRenderingContext2D
        | null;
      if (!ctx) throw new Error('No 2D canvas context');
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(source, 0, 0, width, height);
    }
    if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
    const element = canvas;
    return new Promise<Blob>((resolve, reject) =>
      element.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error(`${type} encoding failed`))),
        type,
        quality,
      ),
    );
  };
}
