/** Snippet set: score and time each extractor on every page (README section 1). */
import { parseDocument, readSnippetHtml, type SnippetPage } from './corpus';
import { describeError, type Extraction, type Extractor } from './extractors';
import {
  type Confusion,
  isNoOutput,
  type PageScore,
  type SnippetMetrics,
  scorePage,
  snippetMetrics,
  sumConfusion,
} from './snippet-score';
import { median, percentile } from './stats';

const WARMUP_PAGES = 10;
const SLOW_PAGE_MS = 1000;

export interface PageOutcome {
  score: PageScore;
  /** Median extraction time (wall clock) over the repeats, parse excluded. */
  ms: number;
  /** Median CPU time the process spent in the extraction over the repeats (see `timeExtraction`). */
  cpuMs: number;
  error: string | null;
  /** No output: null article or empty text (errors excluded). */
  empty: boolean;
}

export interface SnippetPageResult {
  name: string;
  url: string | undefined;
  /** Keyed by Extractor.id. */
  outcomes: Partial<Record<Extractor['id'], PageOutcome>>;
}

export interface TimingSummary {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  slowest: { name: string; ms: number } | null;
  overOneSecond: number;
}

export interface ExtractorSnippetSummary {
  id: Extractor['id'];
  label: string;
  confusion: Confusion;
  metrics: SnippetMetrics;
  /** Wall-clock time per page. */
  timing: TimingSummary;
  /** CPU time per page. */
  cpuTiming: TimingSummary;
  emptyPages: string[];
  errors: { name: string; error: string }[];
}

export interface SnippetBenchResult {
  pages: number;
  withSnippets: number;
  withoutSnippets: number;
  repeat: number;
  warmupPages: number;
  extractors: ExtractorSnippetSummary[];
  perPage: SnippetPageResult[];
}

interface Elapsed {
  ms: number;
  cpuMs: number;
}

interface TimedRun extends Elapsed {
  extraction: Extraction | null;
  error: string | null;
}

/**
 * The extraction call only (the document was parsed beforehand), two ways: wall clock (`performance.now()`),
 * and the CPU time the process used meanwhile (`process.cpuUsage()`, all its threads, so the garbage collector's
 * helpers count). On a machine shared with other work, the wall clock also counts the time the system gave other
 * processes; the CPU time does not.
 */
function timeExtraction(extractor: Extractor, doc: Document, url: string | undefined): TimedRun {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const elapsed = (): Elapsed => {
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  try {
    const extraction = extractor.extract(doc, url);
    return { extraction, error: null, ...elapsed() };
  } catch (error) {
    const spent = elapsed();
    return { extraction: null, error: describeError(error), ...spent };
  }
}

/**
 * Runs every extractor on its own fresh parse of the page, `repeat` times. The extractors run back to back
 * on the same page (sharing whatever the machine is doing at that moment), and the one that goes first
 * alternates so neither systematically benefits from warm caches or pays for the other's garbage.
 */
function runPage(
  extractors: readonly Extractor[],
  page: SnippetPage,
  repeat: number,
  pageIndex: number,
): { first: Map<Extractor['id'], TimedRun>; times: Map<Extractor['id'], Elapsed[]> } {
  const html = readSnippetHtml(page);
  const first = new Map<Extractor['id'], TimedRun>();
  const times = new Map<Extractor['id'], Elapsed[]>(extractors.map((e) => [e.id, []]));
  for (let r = 0; r < repeat; r++) {
    // Parse all documents before timing any, so parsing garbage is not collected inside a timed call.
    const docs = extractors.map(() => parseDocument(html, page.url));
    const offset = (pageIndex + r) % extractors.length;
    for (let k = 0; k < extractors.length; k++) {
      const i = (k + offset) % extractors.length;
      const extractor = extractors[i];
      const doc = docs[i];
      if (extractor === undefined || doc === undefined) continue;
      const run = timeExtraction(extractor, doc, page.url);
      times.get(extractor.id)?.push({ ms: run.ms, cpuMs: run.cpuMs });
      // Extraction is deterministic; the first run's output is the one scored.
      if (r === 0) first.set(extractor.id, run);
    }
  }
  return { first, times };
}

function pageOutcome(page: SnippetPage, run: TimedRun | undefined, times: readonly Elapsed[]): PageOutcome {
  const text = run?.extraction?.text ?? null;
  const error = run?.error ?? null;
  return {
    score: scorePage(page, text),
    ms: median(times.map((t) => t.ms)),
    cpuMs: median(times.map((t) => t.cpuMs)),
    error,
    empty: error === null && isNoOutput(text),
  };
}

/** Evenly spread pages so the warm-up touches different page shapes, not just the first few names. */
function warmupSubset(pages: readonly SnippetPage[]): SnippetPage[] {
  const n = Math.min(WARMUP_PAGES, pages.length);
  const step = pages.length / Math.max(n, 1);
  return Array.from({ length: n }, (_, i) => pages[Math.floor(i * step)]).filter(
    (p): p is SnippetPage => p !== undefined,
  );
}

/** One untimed pass so JIT compilation and lazy initialisation do not land in the first timed pages. */
function warmUp(extractors: readonly Extractor[], pages: readonly SnippetPage[]): number {
  const subset = warmupSubset(pages);
  for (const [index, page] of subset.entries()) runPage(extractors, page, 1, index);
  return subset.length;
}

function summarizeTiming(
  perPage: readonly SnippetPageResult[],
  id: Extractor['id'],
  clock: 'ms' | 'cpuMs',
): TimingSummary {
  const timed = perPage.flatMap((p) => {
    const outcome = p.outcomes[id];
    return outcome === undefined ? [] : [{ name: p.name, ms: outcome[clock] }];
  });
  const ms = timed.map((t) => t.ms);
  const slowest = timed.reduce<{ name: string; ms: number } | null>(
    (worst, t) => (worst === null || t.ms > worst.ms ? t : worst),
    null,
  );
  return {
    medianMs: median(ms),
    p95Ms: percentile(ms, 95),
    maxMs: slowest?.ms ?? Number.NaN,
    slowest,
    overOneSecond: ms.filter((t) => t > SLOW_PAGE_MS).length,
  };
}

function summarize(extractor: Extractor, perPage: readonly SnippetPageResult[]): ExtractorSnippetSummary {
  const outcomes = perPage.flatMap((p) => {
    const outcome = p.outcomes[extractor.id];
    return outcome === undefined ? [] : [{ name: p.name, outcome }];
  });
  const confusion = sumConfusion(outcomes.map((o) => o.outcome.score));
  return {
    id: extractor.id,
    label: extractor.label,
    confusion,
    metrics: snippetMetrics(confusion),
    timing: summarizeTiming(perPage, extractor.id, 'ms'),
    cpuTiming: summarizeTiming(perPage, extractor.id, 'cpuMs'),
    emptyPages: outcomes.filter((o) => o.outcome.empty).map((o) => o.name),
    errors: outcomes.flatMap((o) =>
      o.outcome.error === null ? [] : [{ name: o.name, error: o.outcome.error }],
    ),
  };
}

export function runSnippetBench(
  extractors: readonly Extractor[],
  pages: readonly SnippetPage[],
  repeat: number,
  onProgress: (done: number, total: number) => void,
): SnippetBenchResult {
  const warmupPages = warmUp(extractors, pages);
  const perPage: SnippetPageResult[] = [];
  for (const [index, page] of pages.entries()) {
    const { first, times } = runPage(extractors, page, repeat, index);
    const outcomes: SnippetPageResult['outcomes'] = {};
    for (const extractor of extractors) {
      outcomes[extractor.id] = pageOutcome(page, first.get(extractor.id), times.get(extractor.id) ?? []);
    }
    perPage.push({ name: page.name, url: page.url, outcomes });
    onProgress(index + 1, pages.length);
  }
  return {
    pages: pages.length,
    withSnippets: pages.reduce((n, p) => n + p.with.length, 0),
    withoutSnippets: pages.reduce((n, p) => n + p.without.length, 0),
    repeat,
    warmupPages,
    extractors: extractors.map((e) => summarize(e, perPage)),
    perPage,
  };
}
