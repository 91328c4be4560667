import { LazyPoster } from '@/components/bluesky/LazyPoster';
import type { StudioPosterProps } from './BlueskyPoster';

/** "Post to Bluesky" for one card size; the dialog loads on the first press (./BlueskyPoster). */
export function StudioBluesky(props: StudioPosterProps) {
  return (
    <LazyPoster
      load={() => import('./BlueskyPoster').then((module) => module.default)}
      props={props}
      disabled={props.spec.content.quote === ''}
    />
  );
}
