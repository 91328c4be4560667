// @vitest-environment node
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BLOB_LIMIT, type Encode, fitImage, ImageTooLargeError, type ImageType } from '@/utils/bluesky/image';

/**
 * fitImage with real codecs (pngjs and jpeg-js, pure JavaScript), standing in for the canvas: the sizes are
 * what real PNG and JPEG encoders produce for these pixels, and every result is decoded again.
 */

interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A 1080×1350 card: flat background and a few bars of "text" (compresses well). */
function flatCard(width = 1080, height = 1350): Pixels {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const text = y % 80 < 30 && x > 100 && x < 980 && (x >> 3) % 3 !== 0;
      data[i] = text ? 30 : 251;
      data[i + 1] = text ? 28 : 250;
      data[i + 2] = text ? 24 : 247;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/** A photo-like card: smooth gradients under fine deterministic noise (what a photo theme makes). */
function photoCard(width = 1080, height = 1350): Pixels {
  const data = new Uint8Array(width * height * 4);
  let seed = 42;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >> 16) % 96;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = ((x * 255) / width + noise()) & 255;
      data[i + 1] = ((y * 255) / height + noise()) & 255;
      data[i + 2] = (((x + y) * 128) / width + noise()) & 255;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/** Box-filter downscale, as a canvas's drawImage would make the smaller copy. */
function scaled(source: Pixels, width: number, height: number): Pixels {
  if (width === source.width && height === source.height) return source;
  const data = new Uint8Array(width * height * 4);
  const sx = source.width / width;
  const sy = source.height / height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx);
      const y0 = Math.floor(y * sy);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
      const sum = [0, 0, 0, 0];
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const i = (yy * source.width + xx) * 4;
          for (let c = 0; c < 4; c++) sum[c] = (sum[c] ?? 0) + (source.data[i + c] ?? 0);
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      for (let c = 0; c < 4; c++) data[(y * width + x) * 4 + c] = Math.round((sum[c] ?? 0) / n);
    }
  }
  return { width, height, data };
}

/** The encoder a browser would give: PNG and JPEG; no WebP (canvas answers PNG for a type it can't write). */
function codecEncoder(source: Pixels, log: string[] = []): Encode {
  return async (width, height, type: ImageType, quality) => {
    log.push(`${type} ${quality ?? '-'} ${width}x${height}`);
    const pixels = scaled(source, width, height);
    if (type === 'image/jpeg') {
      const encoded = jpeg.encode(
        { ...pixels, data: Buffer.from(pixels.data) },
        Math.round((quality ?? 0.92) * 100),
      );
      return new Blob([new Uint8Array(encoded.data)], { type: 'image/jpeg' });
    }
    const png = new PNG({ width, height });
    png.data = Buffer.from(pixels.data);
    return new Blob([new Uint8Array(PNG.sync.write(png))], { type: 'image/png' });
  };
}

async function decode(blob: Blob): Promise<{ width: number; height: number }> {
  const bytes = Buffer.from(await blob.arrayBuffer());
  if (blob.type === 'image/png') return PNG.sync.read(bytes);
  return jpeg.decode(bytes, { maxMemoryUsageInMB: 1024 });
}

describe('fitImage: the card under Bluesky’s 1,000,000-byte blob limit', () => {
  it('keeps a flat card as a full-size PNG: one encoding, lossless', async () => {
    const fitted = await fitImage({ width: 1080, height: 1350 }, codecEncoder(flatCard()));
    expect(fitted).toMatchObject({
      type: 'image/png',
      width: 1080,
      height: 1350,
      quality: null,
      attempts: 1,
    });
    expect(fitted.blob.size).toBeLessThanOrEqual(BLOB_LIMIT);
    expect(await decode(fitted.blob)).toMatchObject({ width: 1080, height: 1350 });
  });

  it('re-encodes a photo card as JPEG at the highest quality that fits, at full size', async () => {
    const log: string[] = [];
    const card = photoCard();
    const fitted = await fitImage({ width: 1080, height: 1350 }, codecEncoder(card, log));
    const png = await codecEncoder(card)(1080, 1350, 'image/png');
    expect(png.size).toBeGreaterThan(BLOB_LIMIT);
    expect(fitted.type).toBe('image/jpeg');
    expect(fitted.blob.size).toBeLessThanOrEqual(BLOB_LIMIT);
    expect({ width: fitted.width, height: fitted.height }).toEqual({ width: 1080, height: 1350 });
    expect(await decode(fitted.blob)).toMatchObject({ width: 1080, height: 1350 });
    // WebP was asked for once, answered with PNG, and never asked for again.
    expect(log.filter((line) => line.startsWith('image/webp'))).toHaveLength(1);
    // Each quality above the one chosen was tried and was too large.
    const qualities = log
      .filter((line) => line.startsWith('image/jpeg'))
      .map((line) => Number(line.split(' ')[1]));
    expect(qualities.at(-1)).toBe(fitted.quality);
    expect(qualities).toEqual([...qualities].sort((a, b) => b - a));
  });

  it('scales down, keeping the aspect ratio, when no quality fits at full size', async () => {
    // Half the card's size (the codecs are slow in JavaScript), and a limit no JPEG of it at that size meets.
    const card = photoCard(540, 675);
    const smallest = await codecEncoder(card)(540, 675, 'image/jpeg', 0.5);
    const limit = Math.round(smallest.size * 0.6);
    const fitted = await fitImage({ width: 540, height: 675 }, codecEncoder(card), limit);
    expect(fitted.blob.size).toBeLessThanOrEqual(limit);
    expect(fitted.width).toBeLessThan(540);
    expect(fitted.width / fitted.height).toBeCloseTo(540 / 675, 2);
    expect(await decode(fitted.blob)).toMatchObject({ width: fitted.width, height: fitted.height });
  });

  it('gives up with ImageTooLargeError rather than posting an unreadable card', async () => {
    const error = await fitImage({ width: 270, height: 338 }, codecEncoder(photoCard(270, 338)), 2_000).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImageTooLargeError);
    expect((error as ImageTooLargeError).smallestBytes).toBeGreaterThan(2_000);
  });
});
