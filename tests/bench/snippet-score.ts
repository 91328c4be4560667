/**
 * Snippet scoring exactly as trafilatura's `tests/eval_common.py` (see tests/corpus/README.md, "Metric"):
 * per snippet a whitespace-normalised, case-sensitive substring test, counts pooled over all pages.
 */

/**
 * Python `re`'s `\s` for str patterns, spelled out: JavaScript's `\s` differs (it adds U+FEFF and lacks
 * U+001C-U+001F and U+0085), and using it would not reproduce upstream's numbers.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+001C-U+001F are whitespace to Python's re; matching them is the point.
const PY_WHITESPACE_RUN = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Every whitespace run becomes one space; leading and trailing spaces go. Nothing else is normalised. */
export function normSnippet(s: string): string {
  // After collapsing, each edge holds at most one space.
  return s.replace(PY_WHITESPACE_RUN, ' ').replace(/^ | $/g, '');
}

export interface SnippetTruth {
  /** Must appear in the extracted main text. */
  with: readonly string[];
  /** Boilerplate: must not appear. */
  without: readonly string[];
}

export interface Confusion {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface PageScore extends Confusion {
  /** "with" snippets not found (false negatives). */
  missed: string[];
  /** "without" snippets found (false positives). */
  leaked: string[];
}

export interface SnippetMetrics {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** True when the extractor gave no usable output: upstream scores that as all FN / all TN. */
export function isNoOutput(prediction: string | null | undefined): prediction is null | undefined | '' {
  return prediction === null || prediction === undefined || prediction === '';
}

/** Scores one page. `prediction` null/undefined/empty = no output (exception, null article, empty text). */
export function scorePage(truth: SnippetTruth, prediction: string | null | undefined): PageScore {
  const text = isNoOutput(prediction) ? null : normSnippet(prediction);
  const found = (snippet: string): boolean => (text === null ? false : text.includes(normSnippet(snippet)));
  const missed = truth.with.filter((s) => !found(s));
  const leaked = truth.without.filter((s) => found(s));
  return {
    tp: truth.with.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: truth.without.length - leaked.length,
    missed,
    leaked,
  };
}

/** Micro-average: plain sums over all snippets of all pages, pages are not weighted. */
export function sumConfusion(items: Iterable<Confusion>): Confusion {
  const total: Confusion = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const c of items) {
    total.tp += c.tp;
    total.fn += c.fn;
    total.fp += c.fp;
    total.tn += c.tn;
  }
  return total;
}

/** Upstream convention: a ratio with a zero denominator is 0, not NaN. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function snippetMetrics({ tp, fn, fp, tn }: Confusion): SnippetMetrics {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}
