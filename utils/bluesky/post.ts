/**
 * The post record and the addresses of a posted record, pure. Uploading is the client's part
 * (utils/bluesky/client.ts); this module puts what the server gave back into an app.bsky.feed.post record.
 */
import type { BlueskyText } from './post-text';

/** Bluesky's app limits alt text to this many graphemes. */
export const ALT_MAX_GRAPHEMES = 2000;

interface PostImage {
  blob: Blob;
  width: number;
  height: number;
  alt: string;
}

/** A link card (app.bsky.embed.external), for a post without a quote card. */
interface ExternalCard {
  uri: string;
  title: string;
  description: string;
  /** The article's image, already re-encoded under the blob limit. */
  thumb?: Blob;
}

export interface PostDraft {
  text: BlueskyText;
  langs: string[];
  /** The quote card; without one, `external` is posted. */
  image?: PostImage;
  external?: ExternalCard;
}

/** What the server answered for an uploaded blob: kept as it came, the record carries it unchanged. */
type UploadedBlob = unknown;

export function postRecord(
  draft: PostDraft,
  uploaded: { image?: UploadedBlob; thumb?: UploadedBlob },
  createdAt: string,
): Record<string, unknown> {
  const record: Record<string, unknown> = {
    $type: 'app.bsky.feed.post',
    text: draft.text.text,
    facets: draft.text.facets,
    createdAt,
  };
  if (draft.langs.length > 0) record.langs = draft.langs.slice(0, 3);
  if (draft.image && uploaded.image !== undefined) {
    record.embed = {
      $type: 'app.bsky.embed.images',
      images: [
        {
          image: uploaded.image,
          alt: draft.image.alt,
          aspectRatio: { width: draft.image.width, height: draft.image.height },
        },
      ],
    };
  } else if (draft.external) {
    record.embed = {
      $type: 'app.bsky.embed.external',
      external: {
        uri: draft.external.uri,
        title: draft.external.title,
        description: draft.external.description,
        ...(uploaded.thumb !== undefined ? { thumb: uploaded.thumb } : {}),
      },
    };
  }
  return record;
}

interface AtUriParts {
  repo: string;
  collection: string;
  rkey: string;
}

export function parseAtUri(uri: string): AtUriParts | null {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(uri);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { repo: match[1], collection: match[2], rkey: match[3] };
}

/** The post on bsky.app: https://bsky.app/profile/{handle}/post/{rkey}. */
export function bskyPostUrl(handle: string, uri: string): string | null {
  const parts = parseAtUri(uri);
  if (!parts) return null;
  return `https://bsky.app/profile/${encodeURIComponent(handle)}/post/${encodeURIComponent(parts.rkey)}`;
}

/** The record on its own PDS (com.atproto.repo.getRecord), for accounts on a server the reader named. */
export function pdsRecordUrl(pds: string, uri: string): string | null {
  const parts = parseAtUri(uri);
  if (!parts) return null;
  const url = new URL('/xrpc/com.atproto.repo.getRecord', pds);
  url.searchParams.set('repo', parts.repo);
  url.searchParams.set('collection', parts.collection);
  url.searchParams.set('rkey', parts.rkey);
  return url.href;
}

/** Everything the preview shows, made by the page that posts (the card drawn and encoded, the text fitted). */
export interface PreparedPost {
  text: BlueskyText;
  langs: string[];
  /** The article's language and direction, for rendering the preview's text. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The quote card, under the blob limit; null when there is no quote, or it could not be made to fit. */
  card: { blob: Blob; width: number; height: number } | null;
  /** Why there is no card when there should be one (ImageTooLargeError). */
  cardError?: unknown;
  /** The card's alt text, which the reader may edit. */
  alt: string;
  /** The link card posted without the quote card. */
  external: { uri: string; title: string; description: string };
  /** The article's image for the link card, re-encoded under the limit; null when there is none. */
  thumbnail?: () => Promise<Blob | null>;
  /** The article's URL, to keep the post with it in the library. */
  articleUrl: string;
  /** The card's settings, kept with the post in the library. */
  libraryCard: { quote: string; theme: string; size: string };
}

/** The draft as it will be sent: the card with the reader's alt text, or the link card. */
export function draftFrom(
  prepared: PreparedPost,
  choice: { withCard: boolean; alt: string },
  thumb: Blob | null = null,
): PostDraft {
  const base = { text: prepared.text, langs: prepared.langs };
  if (choice.withCard && prepared.card) {
    return { ...base, image: { ...prepared.card, alt: choice.alt.trim() } };
  }
  return { ...base, external: { ...prepared.external, ...(thumb ? { thumb } : {}) } };
}
