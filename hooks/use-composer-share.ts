import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from '@/utils/article/types';
import { copyRich } from '@/utils/browser/clipboard';
import { cardSize, cardTheme, siteAccent } from '@/utils/card';
import type { CardSpec } from '@/utils/card/draw';
import { encodeStudioData, type StudioData } from '@/utils/card/studio-data';
import { errorText, t } from '@/utils/i18n';
import { trustedArticleUrl } from '@/utils/page/same-site';
import { studioPage } from '@/utils/routes';
import type { Settings } from '@/utils/settings';
import {
  buildShareUrl,
  formatForClipboard,
  type SharePost,
  type ShareTarget,
  textFragmentUrl,
} from '@/utils/share';
import { normalizeQuote } from '@/utils/share/compose';
import type { QuoteCredit } from '@/utils/share/credit';

/** The card the card button makes by default (the studio opens on it): the link card, light theme. */
const PREVIEW_SIZE = cardSize('og');
const PREVIEW_THEME = cardTheme('light');

export interface ComposerSource {
  article: Article;
  /** The whole page's text in blocks: deep links are made unique against it. */
  pageText: string;
  /** The page's own URL: the canonical is shared only when it is on the same site. */
  pageUrl: string;
  siteColor?: string | null;
  siteIcon?: string | null;
}

/**
 * The chosen quote as it is shared: the post each network composes, the studio's hand-off, the card
 * preview, and the actions (share on a network, copy, the system share sheet, open the studio).
 */
export function useComposerShare(
  source: ComposerSource,
  text: string,
  credit: QuoteCredit,
  settings: Settings,
  askInstance: () => void,
) {
  const { article, pageText, pageUrl, siteColor, siteIcon } = source;
  const { speaker, role, quoteContext } = credit;
  const [status, setStatus] = useState('');
  const [copyError, setCopyError] = useState('');
  const shareUrl = useMemo(() => trustedArticleUrl(article.url, pageUrl), [article.url, pageUrl]);
  const post: SharePost = {
    quote: text.trim() || undefined,
    speaker,
    title: article.title,
    url: shareUrl,
    siteName: article.siteName ?? undefined,
  };
  const shareOptions = { mastodonInstance: settings.mastodonInstance ?? undefined, pageText, quoteContext };
  const dir: 'ltr' | 'rtl' = article.dir === 'rtl' ? 'rtl' : 'ltr';
  const studioData: StudioData = {
    quote: text.trim(),
    speaker,
    role,
    title: article.title,
    siteName: article.siteName ?? undefined,
    url: shareUrl,
    dir,
    lang: article.lang ?? undefined,
    accent: siteColor ?? undefined,
    image: article.leadImage ?? undefined,
    pageUrl,
    favicon: siteIcon ?? undefined,
    link: textFragmentUrl(shareUrl, normalizeQuote(text), pageText, quoteContext),
  };
  const previewSpec = useCardPreview(article, text, credit, siteColor);

  const share = (id: string) => {
    const target = id as ShareTarget;
    if (target === 'mastodon' && !settings.mastodonInstance) return askInstance();
    void browser.tabs.create({ url: buildShareUrl(target, post, shareOptions) });
  };
  const copy = async () => {
    try {
      await copyRich(formatForClipboard(post, { pageText, quoteContext }));
      setStatus(t('copyDone'));
      setCopyError('');
    } catch (error) {
      setStatus('');
      setCopyError(t('copyFailed', errorText(error)));
    }
  };
  const webShare =
    typeof navigator.share === 'function'
      ? () => {
          const { text: plain } = formatForClipboard(post, { pageText, quoteContext });
          void navigator.share({ title: article.title, text: plain }).catch(() => undefined);
        }
      : undefined;
  const openStudio = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(studioPage(encodeStudioData(studioData))) });

  return {
    post,
    shareOptions,
    studioData,
    previewSpec,
    share,
    copy,
    webShare,
    openStudio,
    status,
    setStatus,
    copyError,
  };
}

/** The card the card button shows: the link card in the light theme, in the site's colour. */
function useCardPreview(
  article: Article,
  text: string,
  { speaker, role }: QuoteCredit,
  siteColor: string | null | undefined,
): CardSpec {
  return useMemo(
    () => ({
      size: PREVIEW_SIZE,
      theme: PREVIEW_THEME,
      accent: siteAccent(siteColor, null),
      content: {
        quote: text.trim(),
        speaker,
        role,
        title: article.title,
        siteName: article.siteName ?? undefined,
        dir: article.dir === 'rtl' ? 'rtl' : 'ltr',
        lang: article.lang ?? undefined,
      },
    }),
    [text, speaker, role, siteColor, article],
  );
}
