/**
 * Pull-quote benchmark: `npm run bench:quotes [-- --check] [--set=dev|holdout] [-v] [page ...]`.
 *
 * Scores two label sets (tests/corpus/quotes/README.md): the development set (quotes.json, 271 pages of the
 * Readability, snippet and metadata corpora the rules were read off) and the held-out set (holdout.json, pages of other sites from the Readability
 * and snippet corpora, labelled before the engine was run on them: a check against over-fitting, never tuned
 * on). Each page is extracted with `extractArticle` (linkedom, as the other corpus benchmarks), run through
 * `suggestQuotes(article, {limit: 1000})` and scored with the sets' metric (quotes-score.ts). Prints recall,
 * attribution, wrong speakers, boilerplate and direct suggestions on pages without quotations for each set, and
 * the time `suggestQuotes` takes per article on the development set: median and worst plus a 10,000-word article
 * built from the set's own texts, next to the time `extractArticle` took on the same pages in the same run.
 *
 * `--check` gates the development set only: it exits 1 when a quality figure falls past its floor (`FLOORS`:
 * recall, attribution, wrong speakers, boilerplate, direct suggestions on quotation-free pages, suggestions
 * outside the text; issue 14's targets are printed beside them), or when
 * a time, as a ratio to `extractArticle` in the same run, passes its gate (`GATES`; a page over 10,000 words
 * is held to the worst-time gate in proportion, `timeAtTargetLength`): times in ms on a shared
 * machine vary too much to be a gate themselves, so they are printed against their targets. The held-out set's
 * figures are printed against the private set's targets (`HOLDOUT_TARGETS`) and never gated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle, readableArticle } from '../../utils/article';
import type { Article } from '../../utils/article/types';
import { type QuoteCandidate, suggestQuotes } from '../../utils/quotes';
import { CORPUS_DIR, PAGE_METADATA_DIR, parseDocument, READABILITY_DIR, SNIPPETS_DIR } from './corpus';
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
/**
 * The worst-time target is for articles up to 10,000 words ("a 10,000-word article included"): a longer page
 * (a 17,000-word Wikipedia article) is held to it in proportion, its time scaled to 10,000 words, as the
 * engine's work grows with the text. Its time in ms is printed as measured.
 */
export function timeAtTargetLength(ms: number, words: number): number {
  return words > LONG_ARTICLE_WORDS ? (ms * LONG_ARTICLE_WORDS) / words : ms;
}
/** The private set's targets (issue 14), printed against the held-out set's figures, never gated. */
export const HOLDOUT_TARGETS = {
  recall: 0.93,
  attribution: 0.9,
  wrong: 3,
  boilerplate: 0,
  noQuotePagesHit: 0,
  notInText: 0,
} as const;
/**
 * What `--check` holds the development set to. Issue 14's targets (`TARGETS`) were set on its first 46 pages, and
 * the engine met them on the 81 pages it was tuned on; the set then grew by 190 pages labelled before the engine
 * ran on them (news, blogs and guides in English and German above all), on which it does not meet them yet. The
 * gate is therefore a floor at today's figures on the whole set, so no change can make the engine worse
 * unnoticed, and the targets are printed beside each figure until they are met. Raise a floor whenever a figure
 * improves.
 */
export const FLOORS = {
  recall: 0.96,
  attribution: 0.845,
  wrong: 1,
  boilerplate: 4,
  noQuotePagesHit: 9,
  notInText: 0,
} as const;

/** The label sets: the development set the rules were tuned on, and the held-out set they never saw. */
const SETS = {
  dev: { file: 'quotes.json', title: 'dev set' },
  holdout: { file: 'holdout.json', title: 'held-out set' },
} as const;
type SetName = keyof typeof SETS;
/** Runs per page for the timings; each page's time is its median run. */
const RUNS = 5;
const LONG_ARTICLE_WORDS = 10_000;

const USAGE = `usage: npm run bench:quotes -- [--check] [--set=dev|holdout] [-v] [page ...]
  --check       exit 1 when a development-set floor or time gate is missed (needs the dev set in the run)
  --set=NAME    only the development set (dev, quotes.json) or the held-out set (holdout, holdout.json);
                both by default
  -v            list every miss, wrong speaker and bad suggestion per page
  page ...      only these pages ("page" names in either file)`;

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

function pageHtml(page: QuotePage): string {
  const file =
    page.corpus === 'snippets'
      ? join(SNIPPETS_DIR, 'pages', `${page.page}.html`)
      : page.corpus === 'metadata'
        ? join(PAGE_METADATA_DIR, 'pages', `${page.page}.html`)
        : join(READABILITY_DIR, page.page, 'source.html');
  return readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
}

function runPage(page: QuotePage): PageRun {
  const html = pageHtml(page);
  const start = performance.now();
  const article = readableArticle(extractArticle(parseDocument(html, page.url), { url: page.url }));
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
    words += wordsOf(text);
  }
  const text = parts.join('\n\n');
  return { ...base, text, wordCount: words };
}

function wordsOf(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mark = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

function report(title: string, t: Totals, scores: readonly PageScore[], verbose: boolean): void {
  console.log(`\n${title}: ${t.pages} pages, ${t.total} labelled quotations`);
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
  const wrongByLanguage = [...new Set(scores.map((score) => score.lang))]
    .map((lang) => [lang, scores.filter((s) => s.lang === lang).reduce((n, s) => n + s.wrong, 0)] as const)
    .filter(([, wrong]) => wrong > 0)
    .map(([lang, wrong]) => `${lang} ${wrong}`);
  if (wrongByLanguage.length > 0) console.log(`wrong speakers by language: ${wrongByLanguage.join('; ')}`);
  console.log(
    `found without a speaker ${t.silent}; a speaker named on ${t.namedOnNull} of ${t.nullFound} found quotations labelled without one`,
  );
}

function summaryLine(title: string, t: Totals): string {
  return `quotes ${title}: recall ${fixed(t.recall, 3)} (${t.found}/${t.total}), attribution ${fixed(t.attribution, 3)} (${t.right}/${t.withSpeaker}), wrong speakers ${t.wrong}, bad suggestions ${t.bad}`;
}

/** Limits on a set's quality figures: lowest recall and attribution, highest counts. */
interface Limits {
  recall: number;
  attribution: number;
  wrong: number;
  boilerplate: number;
  noQuotePagesHit: number;
  notInText: number;
}

/** One quality figure of a set, and how it reads against a set of limits. */
interface QualityMeasure {
  text: string;
  meets: (limits: Limits) => boolean;
  limit: (limits: Limits) => string;
}

function qualityMeasures(t: Totals): QualityMeasure[] {
  const atMost =
    (value: number, key: keyof Limits): QualityMeasure['meets'] =>
    (limits) =>
      value <= limits[key];
  const atMostText =
    (key: keyof Limits): QualityMeasure['limit'] =>
    (limits) =>
      `≤ ${limits[key]}`;
  return [
    {
      text: `recall ${fixed(t.recall, 3)} (${t.found}/${t.total})`,
      meets: (limits) => t.recall >= limits.recall,
      limit: (limits) => `≥ ${limits.recall}`,
    },
    {
      text: `attribution ${fixed(t.attribution, 3)} (${t.right}/${t.withSpeaker})`,
      meets: (limits) => t.attribution >= limits.attribution,
      limit: (limits) => `≥ ${limits.attribution}`,
    },
    { text: `wrong speakers ${t.wrong}`, meets: atMost(t.wrong, 'wrong'), limit: atMostText('wrong') },
    {
      text: `boilerplate suggested ${t.boilerplate}`,
      meets: atMost(t.boilerplate, 'boilerplate'),
      limit: atMostText('boilerplate'),
    },
    {
      text: `pages without quotations given a direct suggestion ${t.noQuotePagesHit} (${t.directOnNoQuotes} suggestions)`,
      meets: atMost(t.noQuotePagesHit, 'noQuotePagesHit'),
      limit: atMostText('noQuotePagesHit'),
    },
    {
      text: `suggestions not in the article text ${t.notInText}`,
      meets: atMost(t.notInText, 'notInText'),
      limit: atMostText('notInText'),
    },
  ];
}

/**
 * The development set's lines: each figure against its floor (what `--check` gates) and the issue's target
 * (printed: met or not yet).
 */
function devChecks(t: Totals): [string, boolean][] {
  return qualityMeasures(t).map((m) => [
    `${m.text}, floor ${m.limit(FLOORS)}; issue 14's target ${m.limit(TARGETS)} ${m.meets(TARGETS) ? 'met' : 'NOT YET MET'}`,
    m.meets(FLOORS),
  ]);
}

function holdoutChecks(t: Totals): [string, boolean][] {
  return qualityMeasures(t).map((m) => [
    `${m.text}, target ${m.limit(HOLDOUT_TARGETS)}`,
    m.meets(HOLDOUT_TARGETS),
  ]);
}

function loadSet(name: SetName): QuotePage[] {
  const file = SETS[name].file;
  return parseQuotePages(JSON.parse(readFileSync(join(CORPUS_DIR, 'quotes', file), 'utf8')), file);
}

function main(): number {
  let values: { check?: boolean; set?: string; v?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: {
        check: { type: 'boolean', default: false },
        set: { type: 'string' },
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
  if (values.set !== undefined && !(values.set in SETS)) {
    console.error(`unknown set ${values.set}\n${USAGE}`);
    return 2;
  }
  const names: SetName[] = values.set === undefined ? ['dev', 'holdout'] : [values.set as SetName];
  if (values.check === true && !names.includes('dev')) {
    console.error('--check gates the development set: run it without --set=holdout');
    return 2;
  }
  const loaded = names.map((name) => ({ name, pages: loadSet(name) }));
  const only = new Set(positionals);
  const unknown = [...only].filter((page) => !loaded.some((set) => set.pages.some((p) => p.page === page)));
  if (unknown.length > 0) {
    console.error(`unknown page ${unknown.join(', ')}`);
    return 2;
  }

  const verbose = values.v === true;
  const results = loaded.map(({ name, pages: all }) => {
    const pages = only.size === 0 ? all : all.filter((page) => only.has(page.page));
    const runs = pages.map(runPage);
    const scores = runs.map((run) => scorePage(run.page, run.article?.text ?? null, run.suggestions));
    const t = totals(scores, pages);
    report(SETS[name].title, t, scores, verbose);
    return { name, runs, t };
  });

  // Times on the development set (the baseline the gates were measured on), else on what ran.
  const timedSet = results.find((result) => result.name === 'dev') ?? results[0];
  const runs = timedSet?.runs ?? [];
  const timed = runs.filter((run) => run.article !== null);
  const long = longArticle(runs);
  const longMs = long === null ? Number.NaN : timeMedian(RUNS, () => suggestQuotes(long, { limit: 1000 }));
  const times = [...timed.map((run) => run.suggestMs), ...(long === null ? [] : [longMs])];
  const medianMs = median(times);
  const worstMs = Math.max(...times);
  // Real pages longer than the target's article are held to it in proportion; the built long article, raw.
  const scaled = [
    ...timed.map((run) => timeAtTargetLength(run.suggestMs, wordsOf(run.article?.text ?? ''))),
    ...(long === null ? [] : [longMs]),
  ];
  const worstScaledMs = Math.max(...scaled);
  const extractMedianMs = median(timed.map((run) => run.extractMs));
  const slowest = timed.reduce<PageRun | undefined>(
    (worst, run) => (worst === undefined || run.suggestMs > worst.suggestMs ? run : worst),
    undefined,
  );
  const timeChecks: [string, boolean][] = [
    [
      `suggestQuotes median ${fixed(medianMs)} ms per article, ${fixed(medianMs / extractMedianMs, 3)} × extractArticle's median ${fixed(extractMedianMs)} ms in this run (target ≤ ${TARGETS.medianMs} ms; gate: ratio ≤ ${GATES.medianRatio})`,
      medianMs / extractMedianMs <= GATES.medianRatio,
    ],
    [
      `suggestQuotes worst ${fixed(worstMs)} ms (slowest page ${slowest?.page.page ?? 'n/a'} ${fixed(slowest?.suggestMs ?? Number.NaN)} ms; ${long?.wordCount ?? 0}-word article ${fixed(longMs)} ms); pages over 10,000 words scaled to it, worst ${fixed(worstScaledMs)} ms, ${fixed(worstScaledMs / extractMedianMs, 3)} × extractArticle's median (target ≤ ${TARGETS.worstMs} ms; gate: ratio ≤ ${GATES.worstRatio})`,
      worstScaledMs / extractMedianMs <= GATES.worstRatio,
    ],
  ];

  let failed = 0;
  const rows: Parameters<typeof writeBenchSummary>[1] = [];
  for (const { name, t } of results) {
    const dev = name === 'dev';
    const checks = dev ? [...devChecks(t), ...timeChecks] : holdoutChecks(t);
    console.log(
      dev
        ? `\n${SETS[name].title} (--check gates the floors and the time ratios; issue 14's targets beside them)`
        : `\n${SETS[name].title} (the private set's targets; printed, never gated: not a set to tune on)`,
    );
    for (const [line, ok] of checks) console.log(`${dev ? mark(ok) : ok ? 'ok' : 'below'}  ${line}`);
    if (dev) failed = checks.filter(([, ok]) => !ok).length;
    const prefix = dev ? 'quotes' : 'quotes held-out';
    const targets = dev ? TARGETS : HOLDOUT_TARGETS;
    rows.push(
      {
        measure: `${prefix}: recall`,
        value: t.recall,
        unit: 'score',
        target: { op: '≥', value: targets.recall },
      },
      {
        measure: `${prefix}: attribution`,
        value: t.attribution,
        unit: 'score',
        target: { op: '≥', value: targets.attribution },
      },
      {
        measure: `${prefix}: wrong speakers`,
        value: t.wrong,
        unit: 'count',
        target: { op: '≤', value: targets.wrong },
      },
      {
        measure: `${prefix}: boilerplate`,
        value: t.boilerplate,
        unit: 'count',
        target: { op: '≤', value: 0 },
      },
    );
  }
  if (timedSet !== undefined && timedSet.name !== 'dev')
    console.log(
      `\ntimes on the ${SETS[timedSet.name].title}:\n${timeChecks.map(([line]) => `      ${line}`).join('\n')}`,
    );
  const timeTargetsMet = medianMs <= TARGETS.medianMs && worstMs <= TARGETS.worstMs;
  if (!timeTargetsMet)
    console.log('note: a time is over its target in ms (printed, not gated); timings on a busy machine vary');
  for (const { name, t } of results) console.log(summaryLine(SETS[name].title, t));

  rows.push(
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
  );
  writeBenchSummary('quotes', rows);
  if (values.check === true && failed > 0) {
    console.error(`bench:quotes --check: ${failed} target${failed === 1 ? '' : 's'} missed`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
