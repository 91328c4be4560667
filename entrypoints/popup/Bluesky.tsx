import { LazyPoster } from '@/components/bluesky/LazyPoster';
import type { PopupPosterProps } from './BlueskyPoster';

/** "Post to Bluesky" beside the share buttons; the dialog is a chunk of its own (./BlueskyPoster). */
export function PostToBluesky(props: PopupPosterProps) {
  return (
    // Spaced inline: the dialog's stylesheet comes with the chunk this button loads.
    <div class="bsky-action" style={{ marginTop: '8px' }}>
      <LazyPoster load={() => import('./BlueskyPoster').then((module) => module.default)} props={props} />
    </div>
  );
}
