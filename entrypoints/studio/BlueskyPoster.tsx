import { BlueskyPoster } from '@/components/bluesky/BlueskyPoster';
import { prepareCardPost } from '@/components/bluesky/prepare';
import { browserBlueskyPort } from '@/utils/bluesky/port';
import type { CardSpec } from '@/utils/card/draw';
import type { StudioData } from '@/utils/card/studio-data';

export interface StudioPosterProps {
  spec: CardSpec;
  data: StudioData;
  alt: string;
  openNow?: boolean;
}

/**
 * The studio's Bluesky dialog for one card size (a chunk of its own, loaded by ./Bluesky.tsx): the card
 * exactly as the studio draws it (theme, colour, photo, icon), with the studio's alt text to edit.
 */
export default function StudioBlueskyPoster({ spec, data, alt, openNow }: StudioPosterProps) {
  const { content } = spec;
  const prepare = () =>
    prepareCardPost({
      spec,
      post: {
        quote: content.quote,
        speaker: content.speaker,
        title: data.title,
        url: data.url,
        siteName: data.siteName,
      },
      link: data.link ?? data.url,
      alt,
      lang: data.lang,
      dir: data.dir,
      leadImage: data.image,
    });
  const draftKey = JSON.stringify([
    spec.size.id,
    spec.theme.id,
    spec.accent,
    content,
    alt,
    Boolean(spec.image),
    Boolean(spec.favicon),
  ]);
  return <BlueskyPoster port={browserBlueskyPort} prepare={prepare} draftKey={draftKey} openNow={openNow} />;
}
