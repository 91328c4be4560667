/**
 * Deep links to a quote: the clean URL plus a text directive that selects the quote and nothing else
 * (Chrome 80+, Firefox 131+, Safari 16.1+).
 */
import { cleanUrl, withoutTextDirectives } from './clean-url';
import { encodeTextDirective, type TextDirective } from './text-directive';
import { blockOf, blockWords, buildModel, foldQuery, isBoundary, modelMatches } from './text-match';

/** Up to this many words a quote goes whole into `textStart`; longer ones become `textStart,textEnd`. */
const EXACT_MAX_WORDS = 10;
/** Words at each end of a long quote, fewest first: a short link, lengthened only when it is not unique. */
const EDGE_WORDS = [4, 5, 6, 8, 12];
/** Words of context, [prefix, suffix], tried in this order until the directive is unique. */
const CONTEXTS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [1, 0],
  [0, 1],
  [2, 0],
  [0, 2],
  [1, 1],
  [3, 0],
  [0, 3],
  [2, 2],
  [3, 3],
  [5, 5],
];

/**
 * A directive that selects the quote in `pageText` and nothing else, or null when there is none: the quote
 * is not on the page (after folding case, accents and whitespace), or no combination of start, end and
 * context words is unique. The first occurrence on the page is the one linked to. A quote that starts or
 * ends inside a word grows to the whole word (directives match whole words only). A quote spanning blocks
 * gets `textStart` from its first block and `textEnd` from its last (each part must lie within one block);
 * prefix and suffix words come only from the quote's own blocks, never across a block boundary, where the
 * live page may hold text that `pageText` left out.
 */
export function buildTextDirective(quote: string, pageText: string, context?: string): TextDirective | null {
  const model = buildModel(pageText);
  const query = foldQuery(quote);
  if (query === '') return null;
  let found = locate(model.searchable, query, context === undefined ? '' : foldQuery(context));
  if (found < 0) return null;
  // Without a passage to go by, a quote that is whole words somewhere links there, not to the first place
  // its letters sit inside a longer word ("e" in "the"), which would grow to that word.
  const wholeWords = (at: number) =>
    isBoundary(model, model.foldStart[at] ?? 0, 'start') &&
    isBoundary(model, model.foldEnd[at + query.length - 1] ?? 0, 'end');
  if (!context && !wholeWords(found)) {
    for (
      let at = model.searchable.indexOf(query, found + 1);
      at >= 0;
      at = model.searchable.indexOf(query, at + 1)
    ) {
      if (wholeWords(at)) {
        found = at;
        break;
      }
    }
  }

  let start = model.foldStart[found] ?? 0;
  let end = model.foldEnd[found + query.length - 1] ?? 0;
  while (start > 0 && !isBoundary(model, start, 'start')) start--;
  while (end < model.text.length && !isBoundary(model, end, 'end')) end++;

  const firstBlock = blockOf(model, start);
  const lastBlock = blockOf(model, end - 1);
  const firstWords = blockWords(model, firstBlock).words;
  const lastWords = blockWords(model, lastBlock).words;
  const startWords = firstWords.filter((word) => word.start >= start && word.end <= end);
  const endWords = lastWords.filter((word) => word.start >= start && word.end <= end);
  let insideCount = startWords.length;
  for (let block = firstBlock + 1; block <= lastBlock; block++) {
    insideCount += blockWords(model, block).words.filter((word) => word.end <= end).length;
  }
  const before = firstWords.filter((word) => word.end <= start);
  const after = lastWords.filter((word) => word.start >= end);
  const text = model.text;

  const bases: Array<Pick<TextDirective, 'textStart' | 'textEnd'>> = [];
  const exact = { textStart: text.slice(start, end) };
  const singleBlock = firstBlock === lastBlock;
  if (singleBlock && insideCount <= EXACT_MAX_WORDS) bases.push(exact);
  for (const count of EDGE_WORDS) {
    const startEnd = startWords[Math.min(count, startWords.length) - 1]?.end;
    const endStart = endWords[Math.max(endWords.length - count, 0)]?.start;
    if (startEnd === undefined || endStart === undefined || startEnd > endStart) continue;
    if (singleBlock && insideCount <= EXACT_MAX_WORDS) continue;
    const base = { textStart: text.slice(start, startEnd), textEnd: text.slice(endStart, end) };
    if (!bases.some((seen) => seen.textStart === base.textStart && seen.textEnd === base.textEnd))
      bases.push(base);
  }
  if (singleBlock && insideCount > EXACT_MAX_WORDS) bases.push(exact);

  for (const base of bases) {
    for (const [prefixWords, suffixWords] of CONTEXTS) {
      if (prefixWords > before.length || suffixWords > after.length) continue;
      const directive: TextDirective = { ...base };
      const prefixStart = before[before.length - prefixWords]?.start;
      if (prefixWords > 0 && prefixStart !== undefined)
        directive.prefix = text.slice(prefixStart, start).trimEnd();
      const suffixEnd = after[suffixWords - 1]?.end;
      if (suffixWords > 0 && suffixEnd !== undefined)
        directive.suffix = text.slice(end, suffixEnd).trimStart();
      const matches = modelMatches(model, directive, 2);
      if (matches.length === 1 && matches[0]?.start === start && matches[0]?.end === end) return directive;
    }
  }
  return null;
}

/**
 * `url` cleaned (see `cleanUrl`) and deep-linked to `quote`: `url#frag:~:text=…`, an existing `#frag` kept
 * before the directive and an existing text directive replaced. The plain clean URL when no directive can
 * select the quote (see `buildTextDirective`), or when `url` is not http(s).
 */
export function textFragmentUrl(url: string, quote: string, pageText: string, context?: string): string {
  const last = lastFragmentUrl;
  if (
    last !== null &&
    last.url === url &&
    last.quote === quote &&
    last.pageText === pageText &&
    last.context === context
  )
    return last.result;
  const result = computeTextFragmentUrl(url, quote, pageText, context);
  lastFragmentUrl = { url, quote, pageText, context, result };
  return result;
}

/**
 * Where the quote is: inside `context` (the passage the reader took it from, e.g. its paragraph) when that
 * is on the page, so a phrase the headline repeats links to the paragraph it was picked in; otherwise the
 * first occurrence.
 */
function locate(searchable: string, query: string, context: string): number {
  if (context !== '' && context.includes(query)) {
    const contextAt = searchable.indexOf(context);
    if (contextAt >= 0) return contextAt + context.indexOf(query);
  }
  return searchable.indexOf(query);
}

/**
 * The last answer: the popup composes the same quote for every network at once, and building a directive
 * on a long article takes tens of milliseconds. One entry, so nothing accumulates.
 */
let lastFragmentUrl: {
  url: string;
  quote: string;
  pageText: string;
  context?: string;
  result: string;
} | null = null;

function computeTextFragmentUrl(url: string, quote: string, pageText: string, context?: string): string {
  const clean = cleanUrl(url);
  if (!/^https?:\/\//i.test(clean)) return clean;
  const directive = buildTextDirective(quote, pageText, context);
  if (directive === null) return clean;
  const hashAt = clean.indexOf('#');
  const base = hashAt < 0 ? clean : clean.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : withoutTextDirectives(clean.slice(hashAt + 1));
  const encoded = encodeTextDirective(directive);
  const withDirective = fragment.includes(':~:')
    ? fragment.replace(':~:', `:~:${encoded}&`)
    : `${fragment}:~:${encoded}`;
  return `${base}#${withDirective}`;
}
