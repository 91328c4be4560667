/**
 * Matching rules of the article metadata set (tests/corpus/metadata, its README's "Files" section): title,
 * author, publication date and lead image of real pages, as a careful reader would give them. The rules are the
 * corpus's own (stated in its README and in the header of the reference scorer it was published with); this is
 * the repository's implementation of them, so `npm run bench:extract` needs nothing outside the repository.
 */

export const PAGE_FIELDS = ['title', 'author', 'date', 'image'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

/** One entry of tests/corpus/metadata/expected.json. */
export interface PageExpectation {
  file: string;
  url: string;
  title: string | null;
  author: string | null;
  date_published: string | null;
  lead_image_url: string | null;
  /** Name tokens a byline must contain, where the upstream value carries roles, outlets or desks. */
  author_names?: string[];
  /** Expectation keys (`title`, `author`, `date_published`, `lead_image_url`) not scored, with a reason. */
  exclude?: Record<string, string>;
  questionable?: Record<string, string>;
}

/** What an extractor gave for one page; null fields are "nothing found". */
export type PageValues = Record<PageField, string | null>;

const EXPECTATION_KEY: Record<PageField, keyof PageExpectation> = {
  title: 'title',
  author: 'author',
  date: 'date_published',
  image: 'lead_image_url',
};

/** The expected value of a field, or null when the field is not scored on this page. */
export function expectedValue(expectation: PageExpectation, field: PageField): string | null {
  const key = EXPECTATION_KEY[field];
  if (expectation.exclude?.[key] !== undefined) return null;
  const value = expectation[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** NFKC, lower case, every run of characters that are neither letters nor digits folded to one space. */
export function normTitle(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Where an extracted title may be cut to drop trailing parts (a site name, a section): " | ", "|", spaced dashes,
 * " · ", " » ", " ~ ", a colon (spaced or not, full-width after NFKC), " // ", "_".
 */
const EXTRACTED_CUTS = /\s*\|\s*|\s+[-–—·»~]\s+|\s*:\s*|\s+\/\/\s+|_/gu;
/** Where the expectation may be cut (it sometimes kept a " | Site" or " - Site" suffix). */
const EXPECTED_CUTS = /\s*\|\s*|\s+[-–—]\s+/gu;

/** Every non-empty prefix of `value` that ends just before a cut. */
function prefixes(value: string, cuts: RegExp): string[] {
  const text = value.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return Array.from(text.matchAll(cuts), (match) => text.slice(0, match.index)).filter(
    (prefix) => normTitle(prefix) !== '',
  );
}

/**
 * Equal after `normTitle`; or the extracted title equals the expectation once one or more trailing parts are
 * dropped from it; or the expectation equals the extracted title once a trailing " | Site"/" - Site" is dropped
 * from the expectation. A leading "Site - " or "Section | " is never forgiven.
 */
export function titleMatches(got: string | null, expected: string): boolean {
  if (!got) return false;
  const g = normTitle(got);
  const e = normTitle(expected);
  if (g === e) return true;
  return (
    prefixes(got, EXTRACTED_CUTS).some((prefix) => normTitle(prefix) === e) ||
    prefixes(expected, EXPECTED_CUTS).some((prefix) => normTitle(prefix) === g)
  );
}

/**
 * The name tokens a byline must hold: `author_names` when given, else the expectation split into people (on
 * , ; | · / & "and" "und" "et" 、 and line breaks, e-mail addresses and URLs dropped) and each person's last word
 * (the surname), a person written in Chinese or Japanese script whole.
 */
export function authorTokens(expectation: Pick<PageExpectation, 'author' | 'author_names'>): string[] {
  if (Array.isArray(expectation.author_names)) {
    return expectation.author_names.map(normTitle).filter((token) => token !== '');
  }
  const author = String(expectation.author ?? '')
    .normalize('NFKC')
    .replace(/^\s*by\s+/i, '');
  return author
    .split(/\s*(?:,|;|\||·|\/|&|\n|\band\b|\bund\b|\bet\b|、)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/@|https?:|www\./i.test(part))
    .map((part) => {
      const name = normTitle(part);
      if (CJK.test(name)) return name;
      const words = name.split(' ');
      return words[words.length - 1] ?? '';
    })
    .filter((token) => token !== '');
}

/**
 * Every token occurs in the byline as whole words ("By " ignored; tokens in Chinese or Japanese script as
 * substrings, spaces ignored). A byline longer than max(150, twice the expectation) is not a byline.
 */
export function authorMatches(
  got: string | null,
  expectation: Pick<PageExpectation, 'author' | 'author_names'>,
): boolean {
  if (!got) return false;
  if (got.trim().length > Math.max(150, 2 * String(expectation.author ?? '').length)) return false;
  const byline = ` ${normTitle(got.replace(/^\s*by\s+/i, ''))} `;
  const tokens = authorTokens(expectation);
  return (
    tokens.length > 0 &&
    tokens.every((token) =>
      CJK.test(token)
        ? byline.replace(/ /g, '').includes(token.replace(/ /g, ''))
        : byline.includes(` ${token} `),
    )
  );
}

const DAY_MS = 24 * 3600 * 1000;
const BARE_DAY = /^\d{4}-\d\d-\d\d$/;

/**
 * The extracted instant is on the expectation's UTC calendar day or within 24 h of it. A bare-day expectation
 * (YYYY-MM-DD) matches a value that starts with that day, or an instant within 24 h of that day's noon UTC.
 */
export function dateMatches(got: string | null, expected: string): boolean {
  if (!got) return false;
  const g = Date.parse(got);
  if (BARE_DAY.test(expected)) {
    if (got.trim().slice(0, 10) === expected) return true;
    return Number.isFinite(g) && Math.abs(g - Date.parse(`${expected}T12:00:00Z`)) <= DAY_MS;
  }
  const e = Date.parse(expected);
  if (!Number.isFinite(g) || !Number.isFinite(e)) return false;
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  return day(g) === day(e) || Math.abs(g - e) <= DAY_MS;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Host (lower case) and decoded path without trailing slashes, and the last path segment. */
function urlKey(value: string, base: string): { full: string; file: string } | null {
  try {
    const url = new URL(value.trim(), base);
    const path = decode(url.pathname).replace(/\/+$/, '');
    return { full: url.host.toLowerCase() + path, file: (path.split('/').pop() ?? '').toLowerCase() };
  } catch {
    return null;
  }
}

/** The same URL once protocol, query and fragment are dropped, or the same file name. */
export function imageMatches(got: string | null, expected: string, pageUrl: string): boolean {
  if (!got) return false;
  const g = urlKey(got, pageUrl);
  const e = urlKey(expected, pageUrl);
  if (g === null || e === null) return false;
  return g.full === e.full || (e.file !== '' && g.file === e.file);
}

/** Whether `got` matches the expectation's `field`; undefined when the field is not scored on this page. */
export function pageFieldMatches(
  field: PageField,
  got: string | null,
  expectation: PageExpectation,
): boolean | undefined {
  const expected = expectedValue(expectation, field);
  if (expected === null) return undefined;
  switch (field) {
    case 'title':
      return titleMatches(got, expected);
    case 'author':
      return authorMatches(got, expectation);
    case 'date':
      return dateMatches(got, expected);
    case 'image':
      return imageMatches(got, expected, expectation.url);
  }
}

/** Plain Readability has no lead-image field: its image is the first `<img src>` of its content. */
export function firstImageOf(contentHtml: string | null | undefined, pageUrl: string): string | null {
  const match = String(contentHtml ?? '').match(/<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/i);
  if (!match?.[1]) return null;
  try {
    return new URL(match[1].replace(/&amp;/g, '&'), pageUrl).href;
  } catch {
    return null;
  }
}
