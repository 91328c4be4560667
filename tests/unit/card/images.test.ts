import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAVICON_PROBE_PAGE } from '@/utils/card';
import { type ImageWorld, loadLeadImage, loadSiteIcon } from '@/utils/card/images';

/** A fetched answer: its final URL (after redirects), status and bytes. */
function answer(url: string, bytes: number[], ok = true): Response {
  const data = new Uint8Array(bytes);
  return {
    ok,
    url,
    blob: async () => new Blob([data]),
    arrayBuffer: async () => data.buffer,
  } as unknown as Response;
}

/** A world whose fetch answers from `pages` (missing: a network error) and whose decoder records blobs. */
function world(pages: Record<string, Response | undefined>) {
  const fetched: string[] = [];
  const decoded: number[] = [];
  const images: ImageWorld = {
    fetch: async (input) => {
      const url = String(input);
      fetched.push(url);
      const response = pages[url];
      if (!response) throw new TypeError('Failed to fetch');
      return response;
    },
    decode: async (blob) => {
      decoded.push(blob.size);
      return { width: 2, height: 2, close() {} } as ImageBitmap;
    },
  };
  return { images, fetched, decoded };
}

afterEach(() => vi.unstubAllGlobals());

describe('the card’s photo', () => {
  const photo = 'https://cdn.example/photo.jpg';

  it('is fetched and decoded from a public host', async () => {
    const { images, decoded } = world({ [photo]: answer(photo, [1, 2, 3]) });
    expect((await loadLeadImage(photo, images)).state).toBe('loaded');
    expect(decoded).toEqual([3]);
  });

  it('is never fetched from a private address, nor used when a redirect led there', async () => {
    const inside = world({});
    expect(await loadLeadImage('http://192.168.1.1/photo.jpg', inside.images)).toEqual({ state: 'none' });
    expect(inside.fetched).toEqual([]);
    const redirected = world({ [photo]: answer('http://127.0.0.1/photo.jpg', [1]) });
    expect(await loadLeadImage(photo, redirected.images)).toEqual({ state: 'none' });
    expect(redirected.decoded).toEqual([]);
  });

  it('is blocked, naming its site, when the extension may not read it; a failed answer is no photo', async () => {
    expect(await loadLeadImage(photo, world({}).images)).toEqual({
      state: 'blocked',
      origin: 'https://cdn.example',
    });
    expect(await loadLeadImage(photo, world({ [photo]: answer(photo, [1], false) }).images)).toEqual({
      state: 'none',
    });
  });
});

describe('the site’s icon', () => {
  const origin = 'chrome-extension://abc';
  const page = 'https://news.example/story';
  const cache = (pageUrl: string) => `${origin}/_favicon/?pageUrl=${encodeURIComponent(pageUrl)}&size=64`;

  function stubCanvas() {
    // A red icon: its colour comes from its pixels.
    const pixels = new Uint8ClampedArray(Array.from({ length: 4 }, () => [200, 30, 30, 255]).flat());
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        getContext() {
          return { drawImage() {}, getImageData: () => ({ data: pixels }) };
        }
      },
    );
  }

  it('Chrome: the favicon cache’s icon, with its colour', async () => {
    stubCanvas();
    const { images, fetched } = world({
      [cache(page)]: answer(cache(page), [9, 9, 9]),
      [cache(FAVICON_PROBE_PAGE)]: answer(cache(FAVICON_PROBE_PAGE), [1, 1]),
    });
    const icon = await loadSiteIcon(page, undefined, { firefox: false, origin }, images);
    expect(fetched.sort()).toEqual([cache(FAVICON_PROBE_PAGE), cache(page)].sort());
    expect(icon.state).toBe('loaded');
    expect(icon.state === 'loaded' && icon.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('Chrome: the cache’s “no icon” globe (the same bytes as a page with none) is no icon', async () => {
    stubCanvas();
    const { images, decoded } = world({
      [cache(page)]: answer(cache(page), [1, 1]),
      [cache(FAVICON_PROBE_PAGE)]: answer(cache(FAVICON_PROBE_PAGE), [1, 1]),
    });
    expect(await loadSiteIcon(page, undefined, { firefox: false, origin }, images)).toEqual({
      state: 'none',
    });
    expect(decoded).toEqual([]);
  });

  it('Firefox: the icon the page declares, none when it declares none or it cannot be read', async () => {
    stubCanvas();
    const declared = 'https://news.example/icon.png';
    const ok = world({ [declared]: answer(declared, [5, 5]) });
    expect((await loadSiteIcon(page, declared, { firefox: true, origin }, ok.images)).state).toBe('loaded');
    expect(ok.fetched).toEqual([declared]);
    const undeclared = world({});
    expect(await loadSiteIcon(page, undefined, { firefox: true, origin }, undeclared.images)).toEqual({
      state: 'none',
    });
    expect(undeclared.fetched).toEqual([]);
    expect(await loadSiteIcon(page, declared, { firefox: true, origin }, world({}).images)).toEqual({
      state: 'none',
    });
  });
});
