/**
 * The pull-quote development set's metric (tests/corpus/quotes/README.md, "Running the scorer"): recall,
 * attribution, wrong speakers and bad suggestions of `suggestQuotes` on hand-labelled real pages. Pure: it
 * takes each page's extracted text and suggestions, so the benchmark and any other caller score alike.
 */
import type { QuoteCandidate } from '../../utils/quotes';

/** A labelled speaker: one name, several accepted forms, or null (anonymous, a document, unclear). */
export type LabelSpeaker = string | string[] | null;

export interface QuoteLabel {
  text: string;
  speaker: LabelSpeaker;
  partial?: boolean;
  anonymous?: boolean;
  document?: boolean;
  organisation?: boolean;
  unsure?: boolean;
}

/**
 * Where a page's HTML is: `readability/<page>/source.html`, `snippets/pages/<page>.html` or
 * `metadata/pages/<page>.html`.
 */
export type QuoteCorpus = 'readability' | 'snippets' | 'metadata';

const CORPORA: readonly QuoteCorpus[] = ['readability', 'snippets', 'metadata'];

export interface QuotePage {
  page: string;
  /** Where the page is: the label files name it on snippet-set and metadata-set pages; "readability" when absent. */
  corpus: QuoteCorpus;
  url: string;
  lang: string;
  noQuotes?: boolean;
  quotes: QuoteLabel[];
  neverQuote: string[];
}

/** What one page came to; `lines` say why, one miss or bad suggestion a line. */
export interface PageScore {
  page: string;
  lang: string;
  total: number;
  found: number;
  withSpeaker: number;
  right: number;
  wrong: number;
  silent: number;
  /** Found labels whose speaker is null, and how many of them were given a name anyway. */
  nullFound: number;
  namedOnNull: number;
  boilerplate: number;
  notInText: number;
  /** Direct suggestions on a page labelled as having no quotation. */
  directOnNoQuotes: number;
  lines: string[];
}

export interface Totals {
  pages: number;
  total: number;
  found: number;
  withSpeaker: number;
  right: number;
  wrong: number;
  silent: number;
  nullFound: number;
  namedOnNull: number;
  boilerplate: number;
  notInText: number;
  directOnNoQuotes: number;
  /** Pages labelled noQuotes that got at least one direct suggestion. */
  noQuotePagesHit: number;
  recall: number;
  attribution: number;
  /** All bad suggestions as the reference scorer counts them: boilerplate, not in the text, direct on noQuotes pages. */
  bad: number;
}

const FLAGS = ['partial', 'anonymous', 'document', 'organisation', 'unsure'] as const;

/** Lower case, NFKC, every run of characters other than letters and digits one space. */
export function normalize(value: unknown): string {
  return String(value ?? '')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The suggestion holds the snippet, or the snippet holds a suggestion at least 80 % of its length. */
export function matchesLabel(suggestion: string, snippet: string): boolean {
  const s = normalize(suggestion);
  const l = normalize(snippet);
  return s.includes(l) || (l.includes(s) && s.length >= 0.8 * l.length);
}

/** The given speaker holds the labelled name (or one of its forms) as whole words. */
export function speakerMatches(given: string, label: LabelSpeaker): boolean {
  const names = label === null ? [] : [label].flat();
  return names.some((name) => ` ${normalize(given)} `.includes(` ${normalize(name)} `));
}

const cut = (value: string, n = 60): string => (value.length > n ? `${value.slice(0, n - 1)}…` : value);

/** Scores one page: `text` is `article.text` (null when no article was extracted). */
export function scorePage(
  page: QuotePage,
  text: string | null,
  suggestions: readonly QuoteCandidate[],
): PageScore {
  const score: PageScore = {
    page: page.page,
    lang: page.lang,
    total: page.quotes.length,
    found: 0,
    withSpeaker: 0,
    right: 0,
    wrong: 0,
    silent: 0,
    nullFound: 0,
    namedOnNull: 0,
    boilerplate: 0,
    notInText: 0,
    directOnNoQuotes: 0,
    lines: [],
  };
  if (text === null) {
    score.lines.push('no article extracted');
    return score;
  }
  const flat = text.replace(/\s+/g, ' ');
  const plain = normalize(text);
  for (const suggestion of suggestions) {
    if (!flat.includes(suggestion.text.replace(/\s+/g, ' '))) {
      score.notInText++;
      score.lines.push(`BAD suggestion not in article.text: "${cut(suggestion.text)}"`);
    }
  }
  for (const never of page.neverQuote) {
    const hit = suggestions.find((suggestion) => normalize(suggestion.text).includes(normalize(never)));
    if (hit !== undefined) {
      score.boilerplate++;
      score.lines.push(`BAD boilerplate suggested (${hit.kind}): "${cut(never, 50)}"`);
    }
  }
  if (page.noQuotes === true) {
    for (const suggestion of suggestions.filter((s) => s.kind === 'direct')) {
      score.directOnNoQuotes++;
      score.lines.push(`BAD direct quotation on a page without quotations: "${cut(suggestion.text)}"`);
    }
  }
  for (const label of page.quotes) {
    const flags = FLAGS.filter((flag) => label[flag] === true);
    const tag = flags.length > 0 ? ` [${flags.join(',')}]` : '';
    const hits = suggestions.filter((suggestion) => matchesLabel(suggestion.text, label.text));
    const direct = hits.filter((suggestion) => suggestion.kind === 'direct');
    const first = hits[0];
    if (direct.length === 0) {
      if (first !== undefined) score.lines.push(`only as ${first.kind}: "${cut(label.text)}"${tag}`);
      else if (!plain.includes(normalize(label.text)))
        score.lines.push(`not in article.text (extraction): "${cut(label.text)}"${tag}`);
      else score.lines.push(`not suggested: "${cut(label.text)}"${tag}`);
      continue;
    }
    score.found++;
    const named = direct.filter(
      (suggestion) => suggestion.speaker !== undefined && suggestion.speaker !== '',
    );
    if (label.speaker === null) {
      score.nullFound++;
      if (named.length > 0) {
        score.namedOnNull++;
        score.lines.push(
          `speaker "${named[0]?.speaker}" named for an unattributed quote: "${cut(label.text, 40)}"${tag}`,
        );
      }
      continue;
    }
    score.withSpeaker++;
    const expected = JSON.stringify(label.speaker);
    if (named.some((suggestion) => speakerMatches(suggestion.speaker ?? '', label.speaker))) score.right++;
    else if (named.length > 0) {
      score.wrong++;
      score.lines.push(
        `WRONG speaker "${named[0]?.speaker}" (expected ${expected}): "${cut(label.text, 45)}"${tag}`,
      );
    } else {
      score.silent++;
      score.lines.push(`no speaker (expected ${expected}): "${cut(label.text, 45)}"${tag}`);
    }
  }
  return score;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function totals(scores: readonly PageScore[], pages: readonly QuotePage[]): Totals {
  const sum = (key: keyof PageScore): number =>
    scores.reduce((acc, score) => acc + (typeof score[key] === 'number' ? (score[key] as number) : 0), 0);
  const noQuotes = new Set(pages.filter((page) => page.noQuotes === true).map((page) => page.page));
  const t = {
    pages: scores.length,
    total: sum('total'),
    found: sum('found'),
    withSpeaker: sum('withSpeaker'),
    right: sum('right'),
    wrong: sum('wrong'),
    silent: sum('silent'),
    nullFound: sum('nullFound'),
    namedOnNull: sum('namedOnNull'),
    boilerplate: sum('boilerplate'),
    notInText: sum('notInText'),
    directOnNoQuotes: sum('directOnNoQuotes'),
    noQuotePagesHit: scores.filter((score) => noQuotes.has(score.page) && score.directOnNoQuotes > 0).length,
  };
  return {
    ...t,
    recall: ratio(t.found, t.total),
    attribution: ratio(t.right, t.withSpeaker),
    bad: t.boilerplate + t.notInText + t.directOnNoQuotes,
  };
}

/** Per language: [found, total, right, with a speaker]. */
export function byLanguage(scores: readonly PageScore[]): Map<string, [number, number, number, number]> {
  const languages = new Map<string, [number, number, number, number]>();
  for (const score of scores) {
    const entry = languages.get(score.lang) ?? [0, 0, 0, 0];
    entry[0] += score.found;
    entry[1] += score.total;
    entry[2] += score.right;
    entry[3] += score.withSpeaker;
    languages.set(score.lang, entry);
  }
  return languages;
}

/** Reads a label file's entries (quotes.json, holdout.json), failing loudly on a malformed one. */
export function parseQuotePages(json: unknown, file = 'quotes.json'): QuotePage[] {
  if (!Array.isArray(json)) throw new Error(`${file}: not an array`);
  return json.map((entry, index): QuotePage => {
    const where = `${file}[${index}]`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: not an object`);
    const { page, corpus, url, lang, noQuotes, quotes, neverQuote } = entry as Record<string, unknown>;
    if (typeof page !== 'string' || !/^[\w.-]+$/u.test(page)) throw new Error(`${where}: bad page name`);
    if (corpus !== undefined && !CORPORA.includes(corpus as QuoteCorpus))
      throw new Error(`${where}: corpus must be "readability", "snippets" or "metadata"`);
    if (typeof url !== 'string' || typeof lang !== 'string')
      throw new Error(`${where}: url and lang must be strings`);
    if (!Array.isArray(quotes) || !Array.isArray(neverQuote))
      throw new Error(`${where}: quotes and neverQuote must be arrays`);
    if (!neverQuote.every((never) => typeof never === 'string'))
      throw new Error(`${where}: neverQuote must hold strings`);
    const labels = quotes.map((label, k): QuoteLabel => {
      const record = label as Record<string, unknown>;
      const speaker = record?.speaker;
      const speakerOk =
        speaker === null ||
        typeof speaker === 'string' ||
        (Array.isArray(speaker) && speaker.every((name) => typeof name === 'string'));
      if (typeof record?.text !== 'string' || !speakerOk) throw new Error(`${where}.quotes[${k}]: bad label`);
      return record as unknown as QuoteLabel;
    });
    return {
      page,
      corpus: corpus === undefined ? 'readability' : (corpus as QuoteCorpus),
      url,
      lang,
      noQuotes: noQuotes === true,
      quotes: labels,
      neverQuote: neverQuote as string[],
    };
  });
}
