/**
 * Pull-quote benchmark: `npm run bench:quotes [-- --check] [-v] [page ...]`.
 *
 * Reads the development set (tests/corpus/quotes/quotes.json, pages in tests/corpus/readability/<page>/),
 * extracts each page with `extractArticle` (linkedom, as the other corpus benchmarks), runs
 * `suggestQuotes(article, {limit: 1000})` and scores it with the set's metric (quotes-score.ts). Prints recall,
 * attribution, wrong speakers, boilerplate and direct suggestions on pages without quotations, and the time
 * `suggestQuotes` takes per article: median and worst over the set plus a 10,000-word article built from the
 * set's own texts, next to the time `extractArticle` took on the same pages in the same run (the baseline).
 *
 * `--check` exits 1 when a quality target is missed (recall, attribution, wrong speakers, boilerplate, direct
 * suggestions on quotation-free pages, suggestions outside the text), or when a time, as a ratio to
 * `extractArticle` in the same run, passes its gate (`GATES`): times in ms on a shared machine vary too much
 * to be a gate themselves, so they are printed against their targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../utils/article';
import type { Article } from '../../utils/article/types';
import { type QuoteCandidate, suggestQuotes } from '../../utils/quotes';
import { CORPUS_DIR, parseDocument, READABILITY_DIR } from './corpus';
import {
  byLanguage,
  type PageScore,
  parseQuotePages,
  type QuotePage,
  scorePage,
  type Totals,
  totals,
} from './quotes-score';
import { median } from './stats';
import { writeBenchSummary } from './summary';

/** The issue's targets on the development set (issue 14). */
export const TARGETS = {
  recall: 0.95,
  attribution: 0.92,
  wrong: 2,
  boilerplate: 0,
  noQuotePagesHit: 0,
  notInText: 0,
  medianMs: 15,
  worstMs: 100,
} as const;
/**
 * `--check` gates the times as ratios to `extractArticle`'s median measured in the same run, which a busy
 * machine slows alike: about 0.07 (median) and 0.9 (worst) were measured under load, so these catch a slip of
 * three times or more (an accidental quadratic pass), not noise. The targets in ms are printed, not gated.
 */
export const GATES = { medianRatio: 0.25, worstRatio: 3 } as const;
/** Runs per page for the timings; each page's time is its median run. */
const RUNS = 5;
const LONG_ARTICLE_WORDS = 10_000;

const USAGE = `usage: npm run bench:quotes -- [--check] [-v] [page ...]
  --check     exit 1 when a target is missed
  -v          list every miss, wrong speaker and bad suggestion per page
  page ...    only these pages (quotes.json "page" names)`;

interface PageRun {
  page: QuotePage;
  article: Article | null;
  extractMs: number;
  suggestMs: number;
  suggestions: QuoteCandidate[];
}

function timeMedian(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function runPage(page: QuotePage): PageRun {
  const html = readFileSync(join(READABILITY_DIR, page.page, 'source.html'), 'utf8').replace(/^\uFEFF/u, '');
  const start = performance.now();
  const article = extractArticle(parseDocument(html, page.url), { url: page.url });
  const extractMs = performance.now() - start;
  if (article === null) return { page, article, extractMs, suggestMs: 0, suggestions: [] };
  let suggestions: QuoteCandidate[] = [];
  const suggestMs = timeMedian(RUNS, () => {
    suggestions = suggestQuotes(article, { limit: 1000 });
  });
  return { page, article, extractMs, suggestMs, suggestions };
}

/** A 10,000-word article made of the set's English texts, one after another (real prose, real quotations). */
function longArticle(runs: readonly PageRun[]): Article | null {
  const english = runs.filter((run) => run.article !== null && run.page.lang === 'en');
  const base = english[0]?.article;
  if (base === undefined || base === null) return null;
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < LONG_ARTICLE_WORDS && english.length > 0; i++) {
    const text = english[i % english.length]?.article?.text ?? '';
    parts.push(text);
    words += text.split(/\s+/u).filter(Boolean).length;
  }
  const text = parts.join('\n\n');
  return { ...base, text, wordCount: words };
}

const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mark = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

function report(t: Totals, scores: readonly PageScore[], verbose: boolean): void {
  for (const score of scores) {
    const head =
      score.total === 0
        ? `${score.page} (no quotations)`
        : `${score.page}: ${score.found}/${score.total} found`;
    if (verbose && score.lines.length > 0)
      console.log(`${head}\n${score.lines.map((line) => `  ${line}`).join('\n')}`);
    else if (verbose) console.log(head);
  }
  const languages = [...byLanguage(scores)]
    .filter(([, [, total]]) => total > 0)
    .map(
      ([lang, [found, total, right, withSpeaker]]) =>
        `${lang} ${fixed(found / total)} (${found}/${total}), ${fixed(withSpeaker === 0 ? 0 : right / withSpeaker)} (${right}/${withSpeaker})`,
    );
  console.log(`by language (recall, attribution): ${languages.join('; ')}`);
  console.log(
    `found without a speaker ${t.silent}; a speaker named on ${t.namedOnNull} of ${t.nullFound} found quotations labelled without one`,
  );
}

function main(): number {
  let values: { check?: boolean; v?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: {
        check: { type: 'boolean', default: false },
        v: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const all = parseQuotePages(JSON.parse(readFileSync(join(CORPUS_DIR, 'quotes', 'quotes.json'), 'utf8')));
  const only = new Set(positionals);
  const unknown = [...only].filter((name) => !all.some((page) => page.page === name));
  if (unknown.length > 0) {
    console.error(`unknown page ${unknown.join(', ')}`);
    return 2;
  }
  const pages = only.size === 0 ? all : all.filter((page) => only.has(page.page));

  const runs = pages.map(runPage);
  const scores = runs.map((run) => scorePage(run.page, run.article?.text ?? null, run.suggestions));
  const t = totals(scores, pages);
  report(t, scores, values.v === true);

  const timed = runs.filter((run) => run.article !== null);
  const long = longArticle(runs);
  const longMs = long === null ? Number.NaN : timeMedian(RUNS, () => suggestQuotes(long, { limit: 1000 }));
  const times = [...timed.map((run) => run.suggestMs), ...(long === null ? [] : [longMs])];
  const medianMs = median(times);
  const worstMs = Math.max(...times);
  const extractMedianMs = median(timed.map((run) => run.extractMs));
  const slowest = timed.reduce<PageRun | undefined>(
    (worst, run) => (worst === undefined || run.suggestMs > worst.suggestMs ? run : worst),
    undefined,
  );

  const checks: [string, boolean][] = [
    [
      `recall ${fixed(t.recall, 3)} (${t.found}/${t.total}), target ≥ ${TARGETS.recall}`,
      t.recall >= TARGETS.recall,
    ],
    [
      `attribution ${fixed(t.attribution, 3)} (${t.right}/${t.withSpeaker}), target ≥ ${TARGETS.attribution}`,
      t.attribution >= TARGETS.attribution,
    ],
    [`wrong speakers ${t.wrong}, target ≤ ${TARGETS.wrong}`, t.wrong <= TARGETS.wrong],
    [
      `boilerplate suggested ${t.boilerplate}, target ${TARGETS.boilerplate}`,
      t.boilerplate <= TARGETS.boilerplate,
    ],
    [
      `pages without quotations given a direct suggestion ${t.noQuotePagesHit} (${t.directOnNoQuotes} suggestions), target ${TARGETS.noQuotePagesHit}`,
      t.noQuotePagesHit <= TARGETS.noQuotePagesHit,
    ],
    [
      `suggestions not in the article text ${t.notInText}, target ${TARGETS.notInText}`,
      t.notInText <= TARGETS.notInText,
    ],
    [
      `suggestQuotes median ${fixed(medianMs)} ms per article, ${fixed(medianMs / extractMedianMs, 3)} × extractArticle's median ${fixed(extractMedianMs)} ms in this run (target ≤ ${TARGETS.medianMs} ms; gate: ratio ≤ ${GATES.medianRatio})`,
      medianMs / extractMedianMs <= GATES.medianRatio,
    ],
    [
      `suggestQuotes worst ${fixed(worstMs)} ms (slowest page ${slowest?.page.page ?? 'n/a'} ${fixed(slowest?.suggestMs ?? Number.NaN)} ms; ${long?.wordCount ?? 0}-word article ${fixed(longMs)} ms), ${fixed(worstMs / extractMedianMs, 3)} × extractArticle's median (target ≤ ${TARGETS.worstMs} ms; gate: ratio ≤ ${GATES.worstRatio})`,
      worstMs / extractMedianMs <= GATES.worstRatio,
    ],
  ];
  console.log('');
  for (const [line, ok] of checks) console.log(`${mark(ok)}  ${line}`);
  const timeTargetsMet = medianMs <= TARGETS.medianMs && worstMs <= TARGETS.worstMs;
  if (!timeTargetsMet)
    console.log('note: a time is over its target in ms (printed, not gated); timings on a busy machine vary');
  console.log(
    `quotes dev set: recall ${fixed(t.recall, 3)} (${t.found}/${t.total}), attribution ${fixed(t.attribution, 3)} (${t.right}/${t.withSpeaker}), wrong speakers ${t.wrong}, bad suggestions ${t.bad}`,
  );

  writeBenchSummary('quotes', [
    { measure: 'quotes: recall', value: t.recall, unit: 'score', target: { op: '≥', value: TARGETS.recall } },
    {
      measure: 'quotes: attribution',
      value: t.attribution,
      unit: 'score',
      target: { op: '≥', value: TARGETS.attribution },
    },
    {
      measure: 'quotes: wrong speakers',
      value: t.wrong,
      unit: 'count',
      target: { op: '≤', value: TARGETS.wrong },
    },
    { measure: 'quotes: boilerplate', value: t.boilerplate, unit: 'count', target: { op: '≤', value: 0 } },
    {
      measure: 'quotes: suggestQuotes median',
      value: medianMs,
      unit: 'ms',
      baseline: { label: 'extractArticle median', value: extractMedianMs },
      target: { op: '≤', value: TARGETS.medianMs },
    },
    {
      measure: 'quotes: suggestQuotes worst',
      value: worstMs,
      unit: 'ms',
      target: { op: '≤', value: TARGETS.worstMs },
    },
  ]);
  const failed = checks.filter(([, ok]) => !ok).length;
  if (values.check === true && failed > 0) {
    console.error(`bench:quotes --check: ${failed} target${failed === 1 ? '' : 's'} missed`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
