import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sizeName, themeName } from '@/components/card-names';
import { QuoteMark } from '@/components/Icons';
import { QuoteCard } from '@/components/QuoteCard';
import { canCopyImage, copyImage as copyPng, copyText } from '@/utils/browser/clipboard';
import { downloadFile } from '@/utils/browser/download';
import {
  type AltTextStrings,
  accentFromPixels,
  altText,
  CARD_SIZES,
  type CardSize,
  cardTheme,
  FAVICON_PROBE_PAGE,
  faviconCacheUrl,
  sameBytes,
  siteAccent,
  THEMES,
  type ThemeId,
} from '@/utils/card';
import type { CardLayout, CardSpec } from '@/utils/card/draw';
import { cardFileName, exportCardPng } from '@/utils/card/export';
import { decodeStudioData } from '@/utils/card/studio-data';
import { errorText, t } from '@/utils/i18n';
import { isPublicHttpUrl } from '@/utils/page/public-host';
import { StudioBluesky } from './Bluesky';

/** The words around the quote in the card's alt text, in the UI language (utils/card/alt is pure). */
function altStrings(): AltTextStrings {
  return { label: t('cardAltLabel'), from: t('cardAltFrom'), quoted: (text) => t('cardAltQuoted', text) };
}

const createCanvas = (width: number, height: number) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

type LeadImage =
  | { state: 'none' }
  | { state: 'loaded'; bitmap: ImageBitmap }
  | { state: 'blocked'; origin: string };

/**
 * The article's photo as pixels the canvas may export. Fetched by the extension, which may read it when it
 * has host access to the image's site: the article's own site is covered by the activeTab grant; another
 * site (a CDN) needs the reader's permission, asked for in one click.
 */
async function loadLeadImage(url: string): Promise<LeadImage> {
  // Only public http(s) hosts (decodeStudioData already drops others; this is the fetch's own guard).
  if (!isPublicHttpUrl(url)) return { state: 'none' };
  try {
    const response = await fetch(url, { credentials: 'omit' });
    // Firefox follows a redirect from an extension tab before anything can stop it: not used if it led home.
    if (!response.ok || !isPublicHttpUrl(response.url || url)) return { state: 'none' };
    return { state: 'loaded', bitmap: await createImageBitmap(await response.blob()) };
  } catch {
    return { state: 'blocked', origin: new URL(url).origin };
  }
}

type SiteIcon =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'loaded'; bitmap: ImageBitmap; color: string | null };

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (url.startsWith('http') && !isPublicHttpUrl(url)) return null;
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok || (response.url.startsWith('http') && !isPublicHttpUrl(response.url))) return null;
  return new Uint8Array(await response.arrayBuffer());
}

/** The icon's colour: its pixels read back from a small canvas (the bitmap is the extension's own data). */
function iconColor(bitmap: ImageBitmap): string | null {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(bitmap, 0, 0);
  return accentFromPixels(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data);
}

/**
 * The site's icon as a bitmap the canvas may export (see utils/card/favicon.ts). Chrome: its favicon
 * cache, with Chrome's "no icon" globe recognised by comparing with a page that has none. Firefox: the
 * icon the page declares, fetched with the extension's site access. Anything missing, broken or
 * undecodable (SVG, HTML error pages) means no icon: the card leaves the space out.
 */
async function loadSiteIcon(pageUrl: string, declared: string | undefined): Promise<SiteIcon> {
  try {
    let bytes: Uint8Array<ArrayBuffer> | null = null;
    if (import.meta.env.FIREFOX) {
      if (declared) bytes = await fetchBytes(declared);
    } else {
      const origin = location.origin;
      const [page, none] = await Promise.all([
        fetchBytes(faviconCacheUrl(origin, pageUrl)),
        fetchBytes(faviconCacheUrl(origin, FAVICON_PROBE_PAGE)),
      ]);
      if (page && !(none && sameBytes(page, none))) bytes = page;
    }
    if (!bytes) return { state: 'none' };
    const bitmap = await createImageBitmap(new Blob([bytes]));
    return { state: 'loaded', bitmap, color: iconColor(bitmap) };
  } catch {
    return { state: 'none' };
  }
}

/** The studio: every size side by side, themes, colour and text, and export for each size. */
export function App({ hash }: { hash: string }) {
  const initial = useMemo(() => decodeStudioData(hash), [hash]);
  const [quote, setQuote] = useState(initial?.quote ?? '');
  const [speaker, setSpeaker] = useState(initial?.speaker ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [themeId, setThemeId] = useState<ThemeId>('light');
  const [siteIcon, setSiteIcon] = useState<SiteIcon>({ state: 'loading' });
  const [showIcon, setShowIcon] = useState(true);
  const iconPage = initial?.pageUrl ?? initial?.url;
  const declaredIcon = initial?.favicon;
  useEffect(() => {
    if (iconPage) void loadSiteIcon(iconPage, declaredIcon).then(setSiteIcon);
    else setSiteIcon({ state: 'none' });
  }, [iconPage, declaredIcon]);
  // The site's colour: its theme-color, else its icon's colour, else the default. The reader's own choice
  // (null until they pick one) wins over all three.
  const defaultAccent = siteAccent(initial?.accent, siteIcon.state === 'loaded' ? siteIcon.color : null);
  const [chosenAccent, setAccent] = useState<string | null>(null);
  const accent = chosenAccent ?? defaultAccent;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [layouts, setLayouts] = useState<Record<string, CardLayout>>({});
  const [image, setImage] = useState<LeadImage>({ state: 'none' });
  const imageUrl = initial?.image;
  useEffect(() => {
    if (imageUrl) void loadLeadImage(imageUrl).then(setImage);
  }, [imageUrl]);
  const allowImages = async () => {
    if (image.state !== 'blocked' || !imageUrl) return;
    // Must run in the click: the browser asks the reader.
    const granted = await browser.permissions.request({ origins: [`${image.origin}/*`] });
    if (granted) setImage(await loadLeadImage(imageUrl));
  };

  const onDrawn = useCallback((layout: CardLayout, canvas: HTMLCanvasElement) => {
    const id = canvas.dataset.size ?? '';
    setLayouts((previous) =>
      previous[id]?.truncated === layout.truncated ? previous : { ...previous, [id]: layout },
    );
  }, []);

  if (!initial) {
    return (
      <main class="studio studio--empty">
        <p>{t('studioNoQuote')}</p>
      </main>
    );
  }

  const theme = cardTheme(themeId);
  const content = {
    quote: quote.trim(),
    speaker: speaker.trim() || undefined,
    role: role.trim() || undefined,
    title: initial.title,
    siteName: initial.siteName,
    dir: initial.dir,
    lang: initial.lang,
  };
  const alt = altText({ ...content }, altStrings());
  const specFor = (size: CardSize): CardSpec => ({
    size,
    theme,
    accent,
    content,
    image: image.state === 'loaded' ? image.bitmap : undefined,
    favicon: showIcon && siteIcon.state === 'loaded' ? siteIcon.bitmap : undefined,
  });

  const exportPng = async (size: CardSize, scale: 1 | 2) =>
    (await exportCardPng(specFor(size), scale, createCanvas)).blob;
  const copyImage = async (size: CardSize) => {
    if (!canCopyImage()) {
      setStatus('');
      setError(t('studioCopyUnsupported'));
      return;
    }
    try {
      const blob = await exportPng(size, 1);
      await copyPng(blob);
      setStatus(t('studioCopied'));
      setError('');
    } catch (error) {
      setStatus('');
      setError(t('studioCopyFailed', errorText(error)));
    }
  };
  const saveCard = async (size: CardSize, scale: 1 | 2) => {
    try {
      const name = cardFileName(initial.title, size.width, size.height, scale);
      downloadFile(name, await exportPng(size, scale), 'image/png');
      setStatus(t('studioDownloaded', name));
      setError('');
    } catch (error) {
      setStatus('');
      setError(t('studioDownloadFailed', errorText(error)));
    }
  };
  const canShareFiles = typeof navigator.canShare === 'function';
  const share = async (size: CardSize) => {
    const blob = await exportPng(size, 1);
    const file = new File([blob], cardFileName(initial.title, size.width, size.height), {
      type: 'image/png',
    });
    if (!navigator.canShare({ files: [file] })) return;
    await navigator.share({ files: [file], text: alt }).catch(() => undefined);
  };

  return (
    <div class="studio" data-favicon={siteIcon.state}>
      <header class="studio__header">
        <span class="brand">
          <QuoteMark />
          <span class="brand__name">{t('studioTitle')}</span>
        </span>
      </header>
      <div class="studio__body">
        <form class="studio__controls" onSubmit={(event) => event.preventDefault()}>
          <label class="field">
            <span class="field__label">{t('studioQuote')}</span>
            <textarea
              class="field__input"
              rows={6}
              dir={initial.dir}
              lang={initial.lang}
              value={quote}
              onInput={(event) => setQuote(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span class="field__label">{t('studioSpeaker')}</span>
            {/* Empty when Pullquote was not sure who said it (it names a speaker only when it is). */}
            <input
              class="field__input"
              value={speaker}
              placeholder={t('quoteSpeakerHint')}
              onInput={(event) => setSpeaker(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span class="field__label">{t('studioRole')}</span>
            <input
              class="field__input"
              value={role}
              onInput={(event) => setRole(event.currentTarget.value)}
            />
          </label>
          <fieldset class="field themes">
            <legend class="field__label">{t('studioTheme')}</legend>
            {THEMES.map((option) => (
              <label key={option.id} class="theme-choice">
                <input
                  type="radio"
                  name="theme"
                  value={option.id}
                  checked={option.id === themeId}
                  onChange={() => setThemeId(option.id)}
                />
                {themeName(option.id)}
              </label>
            ))}
          </fieldset>
          {theme.usesLeadImage && image.state === 'blocked' && (
            <div class="field photo-permission">
              <p class="field__hint">{t('studioPhotoBlocked', new URL(image.origin).host)}</p>
              <button type="button" class="button" onClick={() => void allowImages()}>
                {t('studioPhotoAllow')}
              </button>
            </div>
          )}
          {theme.usesLeadImage && !imageUrl && <p class="field__hint">{t('studioPhotoNone')}</p>}
          <div class="field accent">
            <label class="field__label" for="accent">
              {t('studioAccent')}
            </label>
            <input
              id="accent"
              type="color"
              value={accent}
              onInput={(event) => setAccent(event.currentTarget.value)}
            />
            <button type="button" class="button" onClick={() => setAccent(null)}>
              {t('studioSiteAccent')}
            </button>
          </div>
          {siteIcon.state === 'loaded' && (
            <label class="field theme-choice site-icon">
              <input
                type="checkbox"
                checked={showIcon}
                onChange={(event) => setShowIcon(event.currentTarget.checked)}
              />
              {t('studioShowSiteIcon')}
            </label>
          )}
          <section class="field alt" aria-labelledby="alt-heading">
            <h2 id="alt-heading" class="field__label">
              {t('studioAltText')}
            </h2>
            <p class="alt__text">{alt}</p>
            <button
              type="button"
              class="button"
              onClick={() =>
                void copyText(alt).then(
                  () => {
                    setStatus(t('studioAltCopied'));
                    setError('');
                  },
                  (error) => {
                    setStatus('');
                    setError(t('copyFailed', error instanceof Error ? error.message : String(error)));
                  },
                )
              }
            >
              {t('studioCopyAlt')}
            </button>
          </section>
          {!canShareFiles && <p class="studio__hint">{t('studioShareUnavailable')}</p>}
          <p class="studio__status">
            <span role="status" aria-live="polite">
              {status}
            </span>
            <span class="studio__status--error" role="alert">
              {error}
            </span>
          </p>
        </form>
        <div class="studio__cards">
          {CARD_SIZES.map((size) => (
            // Laid out by aspect ratio (style.css): the cards of a row share one height.
            <figure
              key={size.id}
              class="size"
              data-size={size.id}
              style={{ '--aspect': (size.width / size.height).toFixed(4) }}
            >
              <QuoteCard
                spec={specFor(size)}
                label={t('studioCardLabel', [sizeName(size.id), alt])}
                onDrawn={onDrawn}
              />
              <figcaption class="size__caption">
                <span class="size__name">
                  {sizeName(size.id)} · {size.width}×{size.height}
                </span>
                <span class="size__networks">{size.networks.join(', ')}</span>
                {layouts[size.id]?.truncated && <span class="size__note">{t('studioShortened')}</span>}
                <span class="size__actions">
                  <button
                    type="button"
                    class="button button--primary"
                    data-action="download"
                    onClick={() => void saveCard(size, 1)}
                  >
                    {t('studioDownload')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-label={t('studioDownload2xLabel')}
                    onClick={() => void saveCard(size, 2)}
                  >
                    {t('studioDownload2x')}
                  </button>
                  <button type="button" class="button" onClick={() => void copyImage(size)}>
                    {t('studioCopyImage')}
                  </button>
                  {canShareFiles && (
                    <button type="button" class="button" onClick={() => void share(size)}>
                      {t('studioShare')}
                    </button>
                  )}
                  <StudioBluesky spec={specFor(size)} data={initial} alt={alt} />
                </span>
              </figcaption>
            </figure>
          ))}
        </div>
      </div>
    </div>
  );
}
