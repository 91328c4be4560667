/** The text of a post for each network, fitted to its limit. */
import { cleanUrl } from './clean-url';
import { cutToFit, graphemeCount, singleLine } from './fit-text';
import { countFor, NETWORKS, type ShareTarget } from './limits';
import { textFragmentUrl } from './text-fragment';

export interface SharePost {
  /** The quoted passage; without one, the post is the article's title. */
  quote?: string;
  /** Who said or wrote it. */
  speaker?: string;
  title: string;
  url: string;
  siteName?: string;
}

export interface ShareOptions {
  /** The user's Mastodon instance, in any form `normalizeMastodonInstance` accepts. */
  mastodonInstance?: string;
  /**
   * The article's text, blocks separated by blank lines. When given with a quote, networks that carry the
   * quote get a link that scrolls to it (`textFragmentUrl`).
   */
  pageText?: string;
  /** The passage the quote was taken from (its paragraph), to pick the right one of several occurrences. */
  quoteContext?: string;
}

export interface ComposedPost {
  /** The post as the network shows and counts it: the body and the link (appended by the network or not). */
  text: string;
  /** What goes into the intent's text parameter. Empty for networks that take only a URL. */
  body: string;
  /** The link shared: tracking parameters removed, and deep-linked to the quote when possible. */
  url: string;
  /** `text` counted the network's way (`countFor`); for Reddit and Hacker News, the title. */
  count: number;
  limit: number | null;
  /** The quote or title was shortened (or dropped) to fit. */
  truncated: boolean;
}

const OPEN = '“';
const CLOSE = '”';
const ELLIPSIS = '…';
/** A byline is a name; past this it is page furniture ("By A and B | Updated 3 May…"), so it is shortened. */
const MAX_ATTRIBUTION_GRAPHEMES = 64;

/** Quotation marks that may wrap a quote as the page or the selection gave it. */
const OPENING_MARKS = '“"«„‘\'「『‹»”';
const CLOSING_MARKS = '”"»“’\'」』›«';

/**
 * The quote without the quotation marks it already carries, so they are not doubled. Only a pair that wraps
 * the whole quote goes: `"A" and "B"` or `“Yes,” she said.` keep theirs.
 */
function unwrapQuote(quote: string): string {
  const first = quote[0];
  const last = quote[quote.length - 1];
  if (quote.length < 2 || first === undefined || last === undefined) return quote;
  if (!OPENING_MARKS.includes(first) || !CLOSING_MARKS.includes(last)) return quote;
  const inner = quote.slice(1, -1);
  if (inner.includes(first) || inner.includes(last)) return quote;
  return inner.trim();
}

/** The one-line quote as it will be wrapped, or '' when there is none. */
export function normalizeQuote(quote: string | undefined): string {
  return unwrapQuote(singleLine(quote ?? ''));
}

/** Who to credit: the speaker, else the site (the link card shows the site anyway, but not every network has one). */
export function attributionOf(post: SharePost): string {
  const name = singleLine(post.speaker ?? '') || singleLine(post.siteName ?? '');
  if (graphemeCount(name) <= MAX_ATTRIBUTION_GRAPHEMES) return name;
  const cut = cutToFit(name, (prefix) => graphemeCount(prefix) + 1 <= MAX_ATTRIBUTION_GRAPHEMES);
  return cut === null ? '' : cut + ELLIPSIS;
}

/** `“quote” — Speaker`, with the ellipsis inside the quotation marks when the quote was cut. */
function quoteLine(quote: string, attribution: string, cut = false): string {
  const quoted = `${OPEN}${quote}${cut ? ELLIPSIS : ''}${CLOSE}`;
  return attribution === '' ? quoted : `${quoted} — ${attribution}`;
}

/** The post as the network sees it: email gets a blank line before the link, the rest a space. */
function joinPost(target: ShareTarget, body: string, url: string): string {
  if (body === '') return url;
  return `${body}${target === 'email' ? '\r\n\r\n' : ' '}${url}`;
}

export interface Body {
  body: string;
  truncated: boolean;
  /** Some of the quote made it in (rather than the title or nothing). */
  quoted: boolean;
}

/**
 * The longest body that fits: the whole quote line; else the quote cut (ellipsis inside the marks,
 * attribution kept); else, when not one grapheme of the quote fits, the title, whole or cut; else nothing.
 */
export function fitBody(post: SharePost, fits: (body: string) => boolean): Body {
  const quote = normalizeQuote(post.quote);
  if (quote !== '') {
    const attribution = attributionOf(post);
    const whole = quoteLine(quote, attribution);
    if (fits(whole)) return { body: whole, truncated: false, quoted: true };
    const cut = cutToFit(quote, (prefix) => fits(quoteLine(prefix, attribution, true)));
    if (cut !== null) return { body: quoteLine(cut, attribution, true), truncated: true, quoted: true };
  }
  const title = singleLine(post.title);
  if (title !== '' && fits(title)) return { body: title, truncated: quote !== '', quoted: false };
  const cutTitle = title === '' ? null : cutToFit(title, (prefix) => fits(prefix + ELLIPSIS));
  if (cutTitle !== null) return { body: cutTitle + ELLIPSIS, truncated: true, quoted: false };
  return { body: '', truncated: quote !== '' || title !== '', quoted: false };
}

function composeWithLink(
  target: ShareTarget,
  post: SharePost,
  url: string,
): ComposedPost & { quoted: boolean } {
  const { limit } = NETWORKS[target];
  const fits = (body: string): boolean =>
    limit === null || countFor(target, joinPost(target, body, url)) <= limit;
  const { body, truncated, quoted } = fitBody(post, fits);
  const text = joinPost(target, body, url);
  return { text, body, url, count: countFor(target, text), limit, truncated, quoted };
}

function withoutQuoted({ quoted: _quoted, ...post }: ComposedPost & { quoted: boolean }): ComposedPost {
  return post;
}

/**
 * The post for `target`, fitted to its limit, with its live count for the popup.
 *
 * - Post networks (X, Bluesky, Mastodon, Threads, Telegram, WhatsApp, email): `“quote” — Speaker` (the site
 *   when there is no speaker) then the link; the title when there is no quote. Counted with the link as the
 *   network counts it: X and Threads append the `url=` parameter after a space, so that is counted too.
 * - Reddit and Hacker News: the article's title, cut to the title limit. The link is the clean URL without
 *   a text fragment: both find duplicates by URL, and the submission is the article, not the quote.
 * - LinkedIn and Facebook take only a URL: the clean one, since their readers never see the quote that a
 *   highlight would explain.
 *
 * With `pageText`, post networks link to the quote itself, unless that longer link (Bluesky and Threads
 * count it in full) would cost part of a quote that fits whole beside the plain link, or all of a quote that
 * fits in part: the words matter more than the scroll.
 */
export function composeText(target: ShareTarget, post: SharePost, options: ShareOptions = {}): ComposedPost {
  const network = NETWORKS[target];
  const plainUrl = cleanUrl(post.url);
  if (network.text === 'none') {
    return {
      text: plainUrl,
      body: '',
      url: plainUrl,
      count: countFor(target, plainUrl),
      limit: null,
      truncated: false,
    };
  }
  if (network.text === 'title') {
    const fits = (title: string): boolean =>
      network.limit === null || countFor(target, title) <= network.limit;
    const title = singleLine(post.title);
    const cut = fits(title) ? title : cutToFit(title, (prefix) => fits(prefix + ELLIPSIS));
    const body = cut === title ? title : cut === null ? '' : cut + ELLIPSIS;
    return {
      text: body,
      body,
      url: plainUrl,
      count: countFor(target, body),
      limit: network.limit,
      truncated: body !== title,
    };
  }
  const quote = normalizeQuote(post.quote);
  const deepUrl =
    quote !== '' && options.pageText !== undefined
      ? textFragmentUrl(post.url, quote, options.pageText, options.quoteContext)
      : plainUrl;
  const deep = composeWithLink(target, post, deepUrl);
  if (deepUrl === plainUrl || !deep.truncated) return withoutQuoted(deep);
  const plain = composeWithLink(target, post, plainUrl);
  const plainIsBetter = !plain.truncated || (plain.quoted && !deep.quoted);
  return withoutQuoted(plainIsBetter ? plain : deep);
}
