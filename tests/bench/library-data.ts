/**
 * Deterministic, realistic library data for `npm run bench:library`: saved items (titles, ~200 sites,
 * bylines, 300–1500-word texts, tags, states, three years of save dates), articles as the popup saves
 * them, and a Pocket CSV export. Runs in Node and, bundled, inside an extension page (no imports at run
 * time), so 10,000 items are made where they are written instead of crossing the DevTools protocol.
 */
import type { Article } from '../../utils/article/types';
import type { LibraryItem } from '../../utils/library/types';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

const COMMON = `the of and to a in is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will more what about
out up them into can other than then could only some its time two these may first new like our over such
also after most years made because world many even back where much through well year people still
between both should being those while last might three own under never same another around against
during without before right since each great however long every less public city country state government
report said told says according week month day today later early recent local national several whole
work life part place case point group number problem fact hand system program question company family
home water money story business night area book eye job word side kind head house service friend power
hour game line end member law car market school health policy change study research data team plan
price rate level support community project cost result decision effect reason interest history idea
university energy climate network region experience future evidence season election court campaign
economy industry science technology software model design process development security risk analysis`
  .split(/\s+/)
  .filter(Boolean);

/** Topic words: each article leans on a few topics, so searches find some articles, not all. */
const TOPICS: Record<string, string[]> = {
  climate: `glacier permafrost emissions drought wildfire monsoon heatwave carbon methane aquifer
    reforestation floodplain desalination geothermal photovoltaic turbine estuary coral salinity`.split(
    /\s+/,
  ),
  politics: `parliament referendum coalition senator filibuster gerrymander ballot caucus amendment
    constituency diplomacy sanctions ambassador treaty ministerial incumbent electorate lobbyist`.split(
    /\s+/,
  ),
  technology: `semiconductor compiler kubernetes latency encryption bandwidth microcontroller firmware
    algorithm blockchain transistor lithography neural benchmark datacenter quantum browser database`.split(
    /\s+/,
  ),
  science: `telescope exoplanet neutrino genome protein enzyme chromosome microbiome fossil isotope
    spectrometer hypothesis vaccine antibody bacterium mitochondria particle gravitational`.split(/\s+/),
  culture: `orchestra novelist exhibition choreography documentary symphony playwright gallery
    manuscript sculpture anthology festival cinematography libretto poetry memoir curator`.split(/\s+/),
  sport: `marathon goalkeeper tournament championship referee velodrome quarterback penalty relay
    sprinter decathlon wicket peloton stadium transfer midfielder triathlon`.split(/\s+/),
  economy: `inflation mortgage tariff dividend recession bondholder liquidity austerity remittance
    procurement subsidy monopoly wholesale logistics payroll stimulus bankruptcy`.split(/\s+/),
  food: `sourdough fermentation espresso saffron vineyard orchard harvest cuisine bakery chickpea
    dumpling marinade pastry cheesemaker brewery spice`.split(/\s+/),
};
const TOPIC_NAMES = Object.keys(TOPICS);

const SYLLABLES = `ka lo mi ra ne to vi sa du ber lin mar tel gor ven dal ris han por qui zen fa lu ko
  me ti shan dor vel ar os im ul mo ba che ri na gu pe sto kra wil ton ham field brook`
  .split(/\s+/)
  .filter(Boolean);

function properNoun(random: Random, parts = between(random, 2, 3)): string {
  let out = '';
  for (let i = 0; i < parts; i++) out += pick(random, SYLLABLES);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const TLDS = ['com', 'com', 'com', 'org', 'net', 'co.uk', 'io', 'de', 'news', 'blog'];

/** ~200 sites, always the same ones. */
export const HOSTS: readonly string[] = (() => {
  const random = prng(0x5173);
  const hosts = new Set<string>();
  while (hosts.size < 200) {
    const prefix = random() < 0.35 ? 'www.' : random() < 0.1 ? 'blog.' : '';
    hosts.add(
      `${prefix}${properNoun(random).toLowerCase()}${pick(random, ['', 'times', 'post', 'daily', 'review', 'journal'])}.${pick(random, TLDS)}`,
    );
  }
  return [...hosts];
})();

/** Sites that declare a name (og:site_name) rather than being known by their host. */
const SITE_NAMES: ReadonlyMap<string, string> = (() => {
  const random = prng(0x517e);
  const names = new Map<string, string>();
  for (const host of HOSTS) {
    if (random() < 0.5)
      names.set(
        host,
        `The ${properNoun(random)} ${pick(random, ['Times', 'Review', 'Post', 'Herald', 'Journal', 'Observer'])}`,
      );
  }
  return names;
})();

const PEOPLE: readonly string[] = (() => {
  const random = prng(0xb1);
  return Array.from({ length: 600 }, () => `${properNoun(random, 2)} ${properNoun(random)}`);
})();

/** Rare proper nouns (places, companies): a realistic vocabulary size for the search index. */
const NAMES: readonly string[] = (() => {
  const random = prng(0xa3e5);
  return Array.from({ length: 4000 }, () => properNoun(random));
})();

const TAGS = [
  'reading',
  'later',
  'work',
  'research',
  'longread',
  'climate',
  'politics',
  'tech',
  'science',
  'culture',
  'sport',
  'economy',
  'food',
  'ideas',
  'to-share',
  'weekend',
  'newsletter',
  'history',
  'design',
  'health',
];

/** Words the benchmark searches for: each is in some articles' text (topic words), none in every one. */
export const SEARCH_WORDS: readonly string[] = [
  'glacier',
  'permafrost',
  'referendum',
  'filibuster',
  'semiconductor',
  'kubernetes',
  'exoplanet',
  'neutrino',
  'orchestra',
  'choreography',
  'marathon',
  'velodrome',
  'inflation',
  'remittance',
  'sourdough',
  'saffron',
  'election',
  'university',
  'encryption',
  'mitochondria',
];
/** Prefixes, as someone still typing: `prefix: true` makes each match many words. */
export const SEARCH_PREFIXES: readonly string[] = ['gla', 'sem', 'elec', 'infl', 'orch'];

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

function sentence(random: Random, topics: readonly string[][]): string {
  const length = between(random, 8, 24);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.13) words.push(pick(random, pick(random, topics)));
    else if (roll < 0.16) words.push(pick(random, NAMES));
    else words.push(pick(random, COMMON));
  }
  const first = words[0] ?? 'the';
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}${random() < 0.1 ? '?' : '.'}`;
}

/** Paragraphs adding up to about `wordTarget` words. */
function paragraphs(random: Random, topics: readonly string[][], wordTarget: number): string[] {
  const out: string[] = [];
  let words = 0;
  while (words < wordTarget) {
    const sentences: string[] = [];
    const count = between(random, 2, 6);
    for (let i = 0; i < count; i++) sentences.push(sentence(random, topics));
    const text = sentences.join(' ');
    words += text.split(' ').length;
    out.push(text);
  }
  return out;
}

function title(random: Random, topics: readonly string[][]): string {
  const topic = () => pick(random, pick(random, topics));
  const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  switch (between(random, 0, 4)) {
    case 0:
      return `The ${cap(pick(random, COMMON))} of ${cap(topic())}`;
    case 1:
      return `How ${properNoun(random)} changed ${pick(random, COMMON)} ${topic()}`;
    case 2:
      return `${cap(topic())}, ${topic()} and the ${pick(random, COMMON)} ${pick(random, COMMON)}`;
    case 3:
      return `Why ${pick(random, COMMON)} ${topic()} matters for ${pick(random, NAMES)}`;
    default:
      return `${cap(pick(random, COMMON))} ${topic()}: ${pick(random, COMMON)} ${pick(random, COMMON)} ${pick(random, COMMON)}`;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function contentHtml(parts: readonly string[], lead: string | null): string {
  const body = parts.map((part, i) =>
    i > 0 && i % 6 === 0
      ? `<h2>${escapeHtml(part.split('.')[0] ?? '')}</h2><p>${escapeHtml(part)}</p>`
      : `<p>${escapeHtml(part)}</p>`,
  );
  const figure = lead ? `<figure><img src="${lead}" alt=""><figcaption>Photo</figcaption></figure>` : '';
  return `<div id="readability-page-1" class="page">${figure}${body.join('')}</div>`;
}

/** Item number `index` of the benchmark library: the same item for the same index and `now`. */
export function makeItem(index: number, now: number): LibraryItem {
  const random = prng(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b));
  const host = pick(random, HOSTS);
  const topics = [TOPICS[pick(random, TOPIC_NAMES)] ?? [], TOPICS[pick(random, TOPIC_NAMES)] ?? []];
  const headline = title(random, topics);
  const savedAt = Math.floor(now - random() * 3 * YEAR_MS);
  const date = new Date(savedAt);
  const url = `https://${host}/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${slug(headline)}-${index}`;
  const id = url.replace('://www.', '://');
  const roll = random();
  const fetchState: LibraryItem['fetchState'] = roll < 0.92 ? 'ok' : roll < 0.97 ? 'pending' : 'failed';
  const lead = random() < 0.6 ? `https://${host}/images/${index}.jpg` : null;
  const parts = fetchState === 'ok' ? paragraphs(random, topics, between(random, 300, 1500)) : [];
  const text = parts.join('\n\n');
  const wordCount = text === '' ? 0 : text.split(/\s+/).length;
  const tagCount = random() < 0.4 ? 0 : between(random, 1, 3);
  const tags = [...new Set(Array.from({ length: tagCount }, () => pick(random, TAGS)))];
  const archived = random() < 0.4;
  return {
    id,
    url,
    title: headline,
    site: SITE_NAMES.get(host) ?? host.replace(/^www\./, ''),
    byline: random() < 0.85 ? pick(random, PEOPLE) : null,
    lang: 'en',
    dir: 'ltr',
    publishedTime: random() < 0.8 ? new Date(savedAt - random() * 30 * 86_400_000).toISOString() : null,
    excerpt: parts[0]?.split('. ')[0] ?? null,
    leadImage: lead,
    contentHtml: fetchState === 'ok' ? contentHtml(parts, lead) : null,
    text: fetchState === 'ok' ? text : null,
    wordCount,
    savedAt,
    updatedAt: savedAt + Math.floor(random() * 86_400_000),
    tags,
    state: archived ? 'archived' : 'unread',
    favourite: random() < 0.08,
    progress: archived ? 1 : random() < 0.3 ? Math.round(random() * 100) / 100 : 0,
    quotes:
      random() < 0.1 ? [{ text: parts[0]?.split('. ')[1] ?? headline, createdAt: savedAt + 60_000 }] : [],
    cards: [],
    fetchState,
    ...(fetchState === 'failed' ? { fetchError: 'The site answered 404 Not Found' } : {}),
  };
}

/** An article as the popup extracts it, with about 30 kB of contentHtml, at a URL not in the library. */
export function makeArticle(index: number): Article {
  const random = prng(0xa271c1e ^ Math.imul(index + 1, 0xc2b2ae35));
  const host = pick(random, HOSTS);
  const topics = [TOPICS[pick(random, TOPIC_NAMES)] ?? [], TOPICS[pick(random, TOPIC_NAMES)] ?? []];
  const headline = title(random, topics);
  const lead = `https://${host}/images/save-${index}.jpg`;
  // ~4,500 words of text is ~30 kB of HTML.
  const parts = paragraphs(random, topics, 4300);
  let html = contentHtml(parts, lead);
  while (html.length > 31_000 && parts.length > 1) {
    parts.pop();
    html = contentHtml(parts, lead);
  }
  const text = parts.join('\n\n');
  const wordCount = text.split(/\s+/).length;
  return {
    url: `https://${host}/saved/${slug(headline)}-${index}`,
    title: headline,
    byline: pick(random, PEOPLE),
    siteName: SITE_NAMES.get(host) ?? null,
    publishedTime: new Date(Date.UTC(2026, 9, 1 + (index % 28))).toISOString(),
    lang: 'en',
    dir: 'ltr',
    excerpt: parts[0]?.split('. ')[0] ?? null,
    leadImage: lead,
    contentHtml: html,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
  };
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Pocket's export (`title,url,time_added,tags,status`) of `count` links on a host that never resolves. */
export function makePocketCsv(count: number, now: number): string {
  const random = prng(0xc5f);
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < count; i++) {
    const topics = [TOPICS[pick(random, TOPIC_NAMES)] ?? []];
    const headline = title(random, topics);
    const seconds = Math.floor((now - random() * 3 * YEAR_MS) / 1000);
    const tags = random() < 0.5 ? '' : [...new Set([pick(random, TAGS), pick(random, TAGS)])].join('|');
    const url = `https://import.invalid/${pick(random, HOSTS).replace(/^www\./, '')}/${slug(headline)}-${i}`;
    lines.push(
      [csvField(headline), url, String(seconds), tags, random() < 0.3 ? 'archive' : 'unread'].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
