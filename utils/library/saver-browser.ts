import { browser } from 'wxt/browser';
import type { Article } from '../article/types';
import { errorText } from '../i18n';
import { LocalizedError, localized } from '../localized';
import { sendToExtension } from '../messaging/send';
import type { CaptureResult } from '../page/capture';
import { isPublicHttpUrl } from '../page/public-host';
import { openBrowserLibrary } from './browser-library';
import type { Library } from './db';
import { extractFromHtml } from './extract-html';
import { fetchProgressItem, libraryAliasesItem } from './fetch-progress';
import { offscreenArticle, sealForOffscreen } from './offscreen';
import type { SaverApi } from './saver';

const tooLarge = () => new LocalizedError(localized('fetchErrorTooLarge'), 'The page is too large to save.');

/** Pages larger than this are not articles anyone reads; the fetch stops reading there. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

let libraryPromise: Promise<Library> | null = null;
let offscreenReady: Promise<void> | null = null;

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

/** Chrome: one hidden document with a DOM, made on first use and reused. */
async function extractOffscreen(api: OffscreenApi, html: string, url: string): Promise<Article | null> {
  offscreenReady ??= (async () => {
    if (api.hasDocument && (await api.hasDocument())) return;
    await api.createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification: 'Read saved pages with Readability to keep their text for offline reading.',
    });
  })().catch((error: unknown) => {
    offscreenReady = null;
    // Another call made it first.
    if (!/single offscreen|already/i.test(String(error))) throw error;
  });
  await offscreenReady;
  return offscreenArticle(await sendToExtension(sealForOffscreen({ html, url })));
}

const localNetwork = () =>
  new LocalizedError(
    localized('fetchErrorLocalNetwork'),
    'This address is on your computer or local network, which Pullquote never fetches by itself.',
  );

/** The charset a Content-Type names, if TextDecoder knows it; UTF-8 otherwise. */
function decoderFor(type: string): TextDecoder {
  const label = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

/**
 * The body as text, read chunk by chunk and abandoned as soon as it passes `MAX_PAGE_BYTES`: a reply that
 * never ends (or lies about its length) costs the cap, not its size (issue 15, finding 7).
 */
async function readCapped(response: Response, type: string): Promise<string> {
  const decoder = decoderFor(type);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_PAGE_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetch a page the reader asked to save: no cookies sent, HTML only, with a time limit and a size cap.
 * Never to this computer or the local network (issue 15, finding 6): such an address is refused before
 * any request, a redirect to one is stopped by the browser (`installLocalNetworkGuard`), and a page that
 * still ended on one is not used.
 */
export async function fetchPage(
  url: string,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<{ html: string; url: string }> {
  if (!isPublicHttpUrl(url)) throw localNetwork();
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw timedOut
      ? new LocalizedError(localized('fetchErrorTimeout'), 'The site did not answer within 20 seconds.')
      : new LocalizedError(localized('fetchErrorUnreachable'), 'The site could not be reached.');
  }
  const finalUrl = response.url || url;
  const refuse = async (error: Error) => {
    await response.body?.cancel().catch(() => {});
    throw error;
  };
  if (!isPublicHttpUrl(finalUrl)) return refuse(localNetwork());
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return refuse(new LocalizedError(localized('fetchErrorStatus', [status]), `The site answered ${status}`));
  }
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) {
    const mime = type.split(';')[0] ?? type;
    return refuse(new LocalizedError(localized('fetchErrorNotHtml', [mime]), `Not a web page (${mime}).`));
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PAGE_BYTES) return refuse(tooLarge());
  return { html: await readCapped(response, type), url: finalUrl };
}

export function browserSaverApi(capture: (tabId: number) => Promise<CaptureResult>): SaverApi {
  return {
    library: () => {
      libraryPromise ??= openBrowserLibrary().catch((error: unknown) => {
        libraryPromise = null;
        throw error;
      });
      return libraryPromise;
    },
    capture,
    async extract(html, url) {
      const api = offscreenApi();
      // Firefox's background is a page with a DOM of its own.
      if (typeof DOMParser !== 'undefined') return extractFromHtml(html, url);
      if (!api) {
        throw new LocalizedError(
          localized('fetchErrorNoBackgroundReader'),
          'This browser cannot read pages in the background.',
        );
      }
      return extractOffscreen(api, html, url);
    },
    fetchPage: (url) => fetchPage(url),
    errorText,
    async getAlias(key) {
      return (await libraryAliasesItem.getValue())[key] ?? null;
    },
    async setAlias(key, id) {
      const aliases = await libraryAliasesItem.getValue();
      // Oldest first out: a few thousand page addresses are plenty.
      const keys = Object.keys(aliases);
      for (const old of keys.slice(0, Math.max(0, keys.length - 4999))) delete aliases[old];
      aliases[key] = id;
      await libraryAliasesItem.setValue(aliases);
    },
    getProgress: () => fetchProgressItem.getValue(),
    setProgress: (progress) => fetchProgressItem.setValue(progress),
    now: () => Date.now(),
  };
}
