import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface LazyPosterProps<P> {
  /** The posting dialog for this page (drawing, @atproto/api…), fetched on the first press. */
  load: () => Promise<FunctionComponent<P & { openNow?: boolean }>>;
  props: P;
  disabled?: boolean;
}

/**
 * "Post to Bluesky" as a page first shows it: a plain button, so the dialog, the card encoding and the
 * client stay out of the page's first load. The first press loads them and opens the dialog.
 */
export function LazyPoster<P extends object>({ load, props, disabled }: LazyPosterProps<P>) {
  const [Poster, setPoster] = useState<FunctionComponent<P & { openNow?: boolean }> | null>(null);
  if (Poster) return <Poster {...props} openNow />;
  return (
    <button
      type="button"
      class="button"
      data-action="bluesky-post"
      disabled={disabled}
      onClick={() => void load().then((component) => setPoster(() => component))}
    >
      {t('blueskyPost')}
    </button>
  );
}
