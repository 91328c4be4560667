import { BlueskyPoster } from '@/components/bluesky/BlueskyPoster';
import { cardAltStrings, prepareCardPost } from '@/components/bluesky/prepare';
import { browserBlueskyPort } from '@/utils/bluesky/port';
import { altText, cardSize, cardTheme, siteAccent } from '@/utils/card';
import type { StudioData } from '@/utils/card/studio-data';

export interface PopupPosterProps {
  /** The quote and its article, as the studio would get them. */
  data: StudioData;
  excerpt?: string | null;
  openNow?: boolean;
}

/** From the popup, the card is the studio's defaults: portrait 4:5 (Bluesky shows it large), light theme. */
const POPUP_CARD = { size: 'portrait', theme: 'light' } as const;

/** The popup's Bluesky dialog (a chunk of its own, loaded by entrypoints/popup/Bluesky.tsx). */
export default function PopupBlueskyPoster({ data, excerpt, openNow }: PopupPosterProps) {
  const content = {
    quote: data.quote,
    speaker: data.speaker,
    role: data.role,
    title: data.title,
    siteName: data.siteName,
    dir: data.dir,
    lang: data.lang,
  };
  const prepare = () =>
    prepareCardPost({
      spec:
        data.quote === ''
          ? null
          : {
              size: cardSize(POPUP_CARD.size),
              theme: cardTheme(POPUP_CARD.theme),
              accent: siteAccent(data.accent, null),
              content,
            },
      post: {
        quote: data.quote,
        speaker: data.speaker,
        title: data.title,
        url: data.url,
        siteName: data.siteName,
      },
      link: data.link ?? data.url,
      alt: altText(content, cardAltStrings()),
      lang: data.lang,
      dir: data.dir,
      excerpt: excerpt ?? undefined,
      leadImage: data.image,
    });
  return (
    <BlueskyPoster
      port={browserBlueskyPort}
      prepare={prepare}
      draftKey={JSON.stringify([data, POPUP_CARD])}
      openNow={openNow}
    />
  );
}
