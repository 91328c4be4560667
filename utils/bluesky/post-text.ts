/**
 * The text of a Bluesky post, pure: the quote line and a link, fitted to Bluesky's limits, with the link as a
 * rich-text facet. Bluesky counts what the reader sees, so the link's visible text is shortened the way
 * Bluesky's own app shortens links (host and the start of the path), while the facet carries the full URL
 * with its text fragment. Facet offsets are UTF-8 byte offsets (app.bsky.richtext.facet#byteSlice).
 */
import { fitBody, type SharePost } from '../share/compose';
import { graphemeCount } from '../share/fit-text';

/** app.bsky.feed.post#text: maxGraphemes 300, maxLength 3000 (UTF-8 bytes). */
export const POST_MAX_GRAPHEMES = 300;
const POST_MAX_BYTES = 3000;

/** Between the quote line and the link: the link on a line of its own, as Bluesky's composer lays it out. */
const LINK_SEPARATOR = '\n\n';

interface LinkFacet {
  index: { byteStart: number; byteEnd: number };
  features: [{ $type: 'app.bsky.richtext.facet#link'; uri: string }];
}

export interface BlueskyText {
  /** The post's text, exactly as it is sent. */
  text: string;
  /** One link facet over `linkText`. */
  facets: LinkFacet[];
  /** The link's visible text inside `text`. */
  linkText: string;
  /** The URL the link opens (the facet's URI). */
  link: string;
  /** `text` counted as Bluesky counts it (graphemes). */
  graphemes: number;
  /** The quote (or title) was shortened to fit. */
  truncated: boolean;
}

const utf8 = new TextEncoder();

function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

/**
 * A link's text as Bluesky's app shows it (social-app `toShortUrl`): the host, then the path, query and
 * fragment, cut after 13 characters with "..." once they are longer than 15. Not http(s): unchanged.
 */
export function shortLinkText(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  const path = (parsed.pathname === '/' ? '' : parsed.pathname) + parsed.search + parsed.hash;
  return parsed.host + (path.length > 15 ? `${path.slice(0, 13)}...` : path);
}

/** Whether a post's text is within both of Bluesky's limits. */
function fitsPost(text: string): boolean {
  return graphemeCount(text) <= POST_MAX_GRAPHEMES && utf8Length(text) <= POST_MAX_BYTES;
}

/**
 * The post for `post` linking to `link` (the deep link to the quote, or the article): `“quote” — Speaker`,
 * a blank line, and the shortened link; the quote cut (ellipsis inside the marks) when the whole does not
 * fit, the title when no quote does (utils/share `fitBody`, the same rules as every other network).
 */
export function composeBlueskyText(post: SharePost, link: string): BlueskyText {
  const linkText = shortLinkText(link);
  const join = (body: string) => (body === '' ? linkText : `${body}${LINK_SEPARATOR}${linkText}`);
  const { body, truncated } = fitBody(post, (candidate) => fitsPost(join(candidate)));
  const text = join(body);
  const byteStart = utf8Length(text) - utf8Length(linkText);
  return {
    text,
    facets: [
      {
        index: { byteStart, byteEnd: byteStart + utf8Length(linkText) },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: link }],
      },
    ],
    linkText,
    link,
    graphemes: graphemeCount(text),
    truncated,
  };
}

/**
 * `langs` for the post from the article's language (`en`, `pt-BR`, `zh-Hant-TW`): the tag when it has the
 * shape of a BCP 47 tag, else none (the record is rejected with a malformed one).
 */
export function postLangs(lang: string | null | undefined): string[] {
  const tag = (lang ?? '').trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag)) return [];
  try {
    return [Intl.getCanonicalLocales(tag)[0] ?? tag];
  } catch {
    return [];
  }
}
