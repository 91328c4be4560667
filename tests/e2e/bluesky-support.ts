/**
 * What the Bluesky end-to-end tests check on the PDS itself, for both browsers: the post read back through
 * com.atproto.repo.getRecord and its blob through com.atproto.sync.getBlob.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { parseTextDirective } from '../../utils/share';
import type { PostRecord, TestPds } from '../pds/harness';
import { fixturesDir } from './support/paths';

export interface PostedRecord {
  text: string;
  langs?: string[];
  facets: Array<{
    index: { byteStart: number; byteEnd: number };
    features: Array<{ $type: string; uri: string }>;
  }>;
  embed: {
    $type: string;
    images: Array<{
      alt: string;
      aspectRatio: { width: number; height: number };
      image: { ref: { $link: string }; mimeType: string; size: number };
    }>;
  };
}

/**
 * A link's text as Bluesky's app shows it, written here from the app's rule (social-app `toShortUrl`:
 * host, then path + query + fragment cut to 13 characters and "..." past 15), not from Pullquote's code.
 */
export function blueskyShortLink(url: string): string {
  const parsed = new URL(url);
  const rest = (parsed.pathname === '/' ? '' : parsed.pathname) + parsed.search + parsed.hash;
  return parsed.host + (rest.length > 15 ? `${rest.slice(0, 13)}...` : rest);
}

/** The account's one post (the newest), read back from the PDS. */
export async function newestPost(pds: TestPds, did: string): Promise<PostRecord & { value: PostedRecord }> {
  const [newest] = await pds.listPosts(did);
  if (!newest) throw new Error(`No post in ${did}'s repository`);
  return (await pds.getRecord(newest.uri)) as PostRecord & { value: PostedRecord };
}

export interface ExpectedCardPost {
  quote: string;
  speaker: string;
  /** The article's canonical URL: the link must be it plus a text fragment. */
  canonicalUrl: string;
  alt: string;
  lang: string;
  /** The card's size, whose aspect ratio the image must keep. */
  card: { width: number; height: number };
  /** Decodes the blob in the browser under test: its pixel size. */
  decode: (bytes: Uint8Array, mimeType: string) => Promise<{ width: number; height: number }>;
}

const seed = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8')) as {
  canonicalUrl: string;
  lang: string;
};

/** A portrait card post of a quotation on the seed article, as read off the popup and the dialog. */
export function seedCardPost(
  read: Pick<ExpectedCardPost, 'quote' | 'speaker' | 'alt' | 'decode'>,
): ExpectedCardPost {
  return { ...read, canonicalUrl: seed.canonicalUrl, lang: seed.lang, card: { width: 1080, height: 1350 } };
}

/** The record is the card post the reader previewed: text, link facet, language, image and alt text. */
export async function expectCardPost(
  pds: TestPds,
  did: string,
  expected: ExpectedCardPost,
): Promise<PostedRecord> {
  const { value: record } = await newestPost(pds, did);
  // The quote and the speaker, in the words of the page.
  expect(record.text).toContain(expected.quote.slice(0, 40));
  expect(record.text).toContain(`— ${expected.speaker}`);
  expect(record.langs).toEqual([expected.lang]);

  // One link facet: the canonical URL with a text fragment that selects words of the quote.
  expect(record.facets).toHaveLength(1);
  const [facet] = record.facets;
  const uri = facet?.features[0]?.uri ?? '';
  expect(facet?.features[0]?.$type).toBe('app.bsky.richtext.facet#link');
  expect(uri.startsWith(`${expected.canonicalUrl}#:~:text=`)).toBe(true);
  const directive = parseTextDirective(uri.slice(uri.indexOf(':~:') + 3));
  expect(directive).not.toBeNull();
  const fold = (text: string) => text.toLowerCase().replace(/[\s’'"“”]+/g, ' ');
  expect(fold(expected.quote)).toContain(fold(directive?.textStart ?? 'missing'));

  // Its byte range covers exactly the link as Bluesky's app shows it, at the end of the text.
  const bytes = new TextEncoder().encode(record.text);
  const { byteStart = 0, byteEnd = 0 } = facet?.index ?? {};
  expect(new TextDecoder().decode(bytes.slice(byteStart, byteEnd))).toBe(blueskyShortLink(uri));
  expect(byteEnd).toBe(bytes.length);

  // The image: a blob that exists, within the limit, with the card's aspect ratio, and its alt text.
  expect(record.embed.$type).toBe('app.bsky.embed.images');
  const [image] = record.embed.images;
  expect(image?.alt).toBe(expected.alt);
  const blob = await pds.getBlob(did, image?.image.ref.$link ?? '');
  expect(blob.length).toBe(image?.image.size);
  expect(blob.length).toBeLessThanOrEqual(1_000_000);
  const decoded = await expected.decode(blob, image?.image.mimeType ?? '');
  expect(image?.aspectRatio).toEqual(decoded);
  expect(decoded.width / decoded.height).toBeCloseTo(expected.card.width / expected.card.height, 2);
  return record;
}

/** The stored Bluesky session (or undefined), from everything in storage.local. */
export function storedSession(local: Record<string, unknown>): Record<string, unknown> | undefined {
  return local.blueskySession as Record<string, unknown> | undefined;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical findings on a Chromium page as it is, in light and dark (the source is
 * evaluated through the DevTools protocol: extension pages forbid inline scripts).
 */
export async function axeFindings(page: Page): Promise<string[]> {
  const findings: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
    const results = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as AxeResults;
    for (const violation of results.violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
      for (const node of violation.nodes)
        findings.push(`${colorScheme} ${violation.id} ${JSON.stringify(node.target)}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return findings;
}
