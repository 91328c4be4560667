/**
 * What a page hands the Bluesky dialog: the card drawn and re-encoded under the blob limit, the text fitted
 * with its link facet, the alt text, and the link card for a post without the card.
 */
import { canvasEncoder, fitImage, ImageTooLargeError } from '@/utils/bluesky/image';
import type { PreparedPost } from '@/utils/bluesky/post';
import { composeBlueskyText, postLangs } from '@/utils/bluesky/post-text';
import type { AltTextStrings } from '@/utils/card';
import { type CardSpec, drawCard } from '@/utils/card/draw';
import { t } from '@/utils/i18n';
import { cleanUrl, type SharePost } from '@/utils/share';
import { loadCardFonts } from '../card-fonts';

export interface CardPostInput {
  /** The card to post; null when there is no quote to make one from (the post gets a link card). */
  spec: CardSpec | null;
  post: SharePost;
  /** The deep link to the quote (the article's URL when there is none). */
  link: string;
  alt: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The article's summary and image, for the link card. */
  excerpt?: string;
  leadImage?: string;
}

const createCanvas = (width: number, height: number) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

/** The card on a canvas at its exact size, fonts loaded first (as QuoteCard draws its preview). */
export async function drawCardCanvas(spec: CardSpec): Promise<HTMLCanvasElement> {
  const { content } = spec;
  await loadCardFonts(`${content.quote} ${content.speaker ?? ''} ${content.role ?? ''} ${content.title}`);
  const canvas = createCanvas(spec.size.width, spec.size.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas context');
  drawCard(ctx, spec);
  return canvas;
}

/** An image from the web as a link card's thumbnail (at most 1000 px wide), or null. */
async function thumbnailFrom(url: string): Promise<Blob | null> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) return null;
  const bitmap = await createImageBitmap(await response.blob());
  const scale = Math.min(1, 1000 / bitmap.width);
  const canvas = createCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return (await fitImage(canvas, canvasEncoder(canvas, createCanvas))).blob;
}

export async function prepareCardPost(input: CardPostInput): Promise<PreparedPost> {
  let card: PreparedPost['card'] = null;
  let cardError: unknown;
  if (input.spec) {
    const canvas = await drawCardCanvas(input.spec);
    try {
      const fitted = await fitImage(input.spec.size, canvasEncoder(canvas, createCanvas));
      card = { blob: fitted.blob, width: fitted.width, height: fitted.height };
    } catch (error) {
      if (!(error instanceof ImageTooLargeError)) throw error;
      cardError = error;
    }
  }
  const { leadImage } = input;
  return {
    text: composeBlueskyText(input.post, input.link),
    langs: postLangs(input.lang),
    lang: input.lang,
    dir: input.dir,
    card,
    cardError,
    alt: input.alt,
    external: {
      uri: cleanUrl(input.post.url),
      title: input.post.title,
      description: input.excerpt ?? input.post.siteName ?? '',
    },
    thumbnail: leadImage ? () => thumbnailFrom(leadImage) : undefined,
    articleUrl: input.post.url,
    libraryCard: input.spec
      ? { quote: input.spec.content.quote, theme: input.spec.theme.id, size: input.spec.size.id }
      : { quote: input.post.quote ?? '', theme: 'link-card', size: 'link-card' },
  };
}

/** The words around the quote in a card's alt text, in the UI language (as the studio shows them). */
export function cardAltStrings(): AltTextStrings {
  return { label: t('cardAltLabel'), from: t('cardAltFrom'), quoted: (text) => t('cardAltQuoted', text) };
}
