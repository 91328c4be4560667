import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PopupPosterProps } from './BlueskyPoster';

/**
 * "Post to Bluesky" beside the share buttons. Only the button is in the composer's chunk: the dialog, the
 * card drawing and the Bluesky client load when it is first pressed, and that press opens the dialog.
 */
export function PostToBluesky(props: PopupPosterProps) {
  const [Poster, setPoster] = useState<FunctionComponent<PopupPosterProps> | null>(null);
  if (Poster) return <Poster {...props} openNow />;
  return (
    // Spaced inline: the dialog's stylesheet comes with the chunk this button loads.
    <div class="bsky-action" style={{ marginTop: '8px' }}>
      <button
        type="button"
        class="button"
        data-action="bluesky-post"
        onClick={() => void import('./BlueskyPoster').then((module) => setPoster(() => module.default))}
      >
        {t('blueskyPost')}
      </button>
    </div>
  );
}
