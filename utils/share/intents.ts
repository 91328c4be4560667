/** Web share intents: a URL per network that opens its composer, pre-filled. */
import { composeText, type ShareOptions, type SharePost } from './compose';
import type { ShareTarget } from './limits';
import { MastodonInstanceError, normalizeMastodonInstance } from './mastodon';

/**
 * `name=value&…`, each value through encodeURIComponent: spaces as %20, never `+`, which mailto: (RFC 6068)
 * and some composers would show literally.
 */
function query(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

/**
 * The intent URL that shares `post` to `target`, with the text from `composeText` (fitted to the network's
 * limit). Throws MastodonInstanceError for `mastodon` without a valid `options.mastodonInstance`: the popup
 * asks for the instance (validating it with `normalizeMastodonInstance`) before it offers the button, so
 * reaching here without one is a bug to surface, not a state to render.
 */
export function buildShareUrl(target: ShareTarget, post: SharePost, options: ShareOptions = {}): string {
  const composed = composeText(target, post, options);
  const { body, url, text } = composed;
  switch (target) {
    case 'x':
      // X appends `url` after a space and counts it as 23; `composeText` counted it so.
      return `https://x.com/intent/tweet?${query(
        body === ''
          ? [['url', url]]
          : [
              ['text', body],
              ['url', url],
            ],
      )}`;
    case 'bluesky':
      // No separate link parameter: the link goes in the text, where Bluesky turns it into a link card.
      return `https://bsky.app/intent/compose?${query([['text', text]])}`;
    case 'mastodon': {
      const instance = normalizeMastodonInstance(options.mastodonInstance ?? '');
      if (instance === null) throw new MastodonInstanceError(options.mastodonInstance);
      return `https://${instance}/share?${query([['text', text]])}`;
    }
    case 'threads':
      return `https://www.threads.net/intent/post?${query(
        body === ''
          ? [['url', url]]
          : [
              ['text', body],
              ['url', url],
            ],
      )}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query([['url', url]])}`;
    case 'facebook':
      // `quote=` is ignored by Facebook now, so only the link goes.
      return `https://www.facebook.com/sharer/sharer.php?${query([['u', url]])}`;
    case 'reddit':
      return `https://www.reddit.com/submit?${query([
        ['url', url],
        ['title', body],
      ])}`;
    case 'hackernews':
      return `https://news.ycombinator.com/submitlink?${query([
        ['u', url],
        ['t', body],
      ])}`;
    case 'telegram':
      // Telegram shows the link, then the text under it.
      return `https://t.me/share/url?${query(
        body === ''
          ? [['url', url]]
          : [
              ['url', url],
              ['text', body],
            ],
      )}`;
    case 'whatsapp':
      return `https://wa.me/?${query([['text', text]])}`;
    case 'email':
      return `mailto:?${query([
        ['subject', post.title.replace(/\s+/g, ' ').trim()],
        ['body', text],
      ])}`;
  }
}
