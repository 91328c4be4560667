import { LazyPoster } from '@/components/bluesky/LazyPoster';
import type { PopupPosterProps } from './BlueskyPoster';

/** "Post to Bluesky" beside the share buttons; the dialog is a chunk of its own (./BlueskyPoster). */
export function PostToBluesky(props: PopupPosterProps) {
  return (
    // In the share bar's action row, after Copy (ShareButtons' children).
    <div class="bsky-action">
      <LazyPoster load={() => import('./BlueskyPoster').then((module) => module.default)} props={props} />
    </div>
  );
}
