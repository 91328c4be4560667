/** Text and Markdown output of the extraction benchmark. Functions return lines; the caller prints them. */
import type { ExtractorMetadataSummary, MetadataBenchResult, Mismatch } from './metadata-bench';
import { METADATA_FIELDS, type MetadataField } from './metadata-score';
import type { PageFieldMiss, PageMetadataBenchResult } from './page-metadata-bench';
import { PAGE_FIELDS, type PageField } from './page-metadata-score';
import type { ExtractorSnippetSummary, SnippetBenchResult, TimingSummary } from './snippet-bench';
import { diffPages, type PageDiff, worstRegressions } from './snippet-diff';
import type { Confusion } from './snippet-score';
import { median } from './stats';

/** The README's published baseline for plain Readability 0.6.0 + linkedom 0.18.15 on the 222-page subset. */
export const PUBLISHED_SNIPPET_BASELINE = {
  pages: 222,
  tp: 624,
  fn: 46,
  fp: 92,
  tn: 579,
  f1: '0.900',
} as const;

/** The README's published metadata baseline (matches / 130) for plain Readability 0.6.0. */
export const PUBLISHED_METADATA_BASELINE = {
  pages: 130,
  matches: { title: 128, byline: 130, excerpt: 130, siteName: 130, publishedTime: 130, lang: 130, dir: 130 },
  readerable: 130,
  allEight: 128,
} as const;

const MAX_LISTED_PAGES = 12;

export const plural = (n: number, word: string, suffix = 's'): string =>
  `${n} ${word}${n === 1 ? '' : suffix}`;

export const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');
export const fms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '—');
export const fratio = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

function cut(s: string, max = 70): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(header, widths), ...rows.map((r) => pad(r, widths))];
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

function listPages(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, MAX_LISTED_PAGES).join(', ');
  return names.length > MAX_LISTED_PAGES ? `${names.length}: ${shown}, …` : `${names.length}: ${shown}`;
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

// ---------------------------------------------------------------------------------------------------------
// Snippet set

export interface BaselineCheck {
  status: 'match' | 'mismatch' | 'skipped';
  line: string;
}

function confusionText(pages: number, c: Confusion, f1: string): string {
  return `${pages} pages, TP ${c.tp}, FN ${c.fn}, FP ${c.fp}, TN ${c.tn}, F1 ${f1}`;
}

export function checkSnippetBaseline(result: SnippetBenchResult, filtered: boolean): BaselineCheck {
  const b = PUBLISHED_SNIPPET_BASELINE;
  const published = confusionText(b.pages, b, b.f1);
  const plain = byId(result.extractors, 'plain');
  if (filtered || plain === undefined) {
    return {
      status: 'skipped',
      line: `Baseline check: skipped (--filter selected ${plural(result.pages, 'page')}; the README's baseline is ${published}).`,
    };
  }
  const c = plain.confusion;
  const measured = confusionText(result.pages, c, f3(plain.metrics.f1));
  const same =
    result.pages === b.pages &&
    c.tp === b.tp &&
    c.fn === b.fn &&
    c.fp === b.fp &&
    c.tn === b.tn &&
    f3(plain.metrics.f1) === b.f1;
  return same
    ? {
        status: 'match',
        line: `Baseline check: OK, plain Readability matches the README's published baseline (${published}).`,
      }
    : {
        status: 'mismatch',
        line:
          `Baseline check: MISMATCH, README publishes ${published}, this run gives ${measured}. ` +
          'The harness or its environment differs from the README procedure; do not trust these numbers.',
      };
}

function scoreCells(e: ExtractorSnippetSummary): string[] {
  const { tp, fn, fp, tn } = e.confusion;
  const { precision, recall, accuracy, f1 } = e.metrics;
  return [String(tp), String(fn), String(fp), String(tn), f3(precision), f3(recall), f3(accuracy), f3(f1)];
}

/** Which time: wall clock, or the CPU time the process spent (see snippet-bench.ts `timeExtraction`). */
export type Clock = 'wall' | 'cpu';

const CLOCK_NAMES: Record<Clock, string> = { wall: 'wall-clock', cpu: 'CPU' };

const timingOf = (e: ExtractorSnippetSummary, clock: Clock): TimingSummary =>
  clock === 'wall' ? e.timing : e.cpuTiming;

export interface TimeRatio {
  /** Ours' median page time over plain Readability's. */
  median: number;
  /** The same for the 95th percentiles. */
  p95: number;
  /**
   * The median over pages of ours' time on a page divided by plain Readability's on the same page. The two ran
   * back to back, so a burst of load elsewhere on the machine slows both and cancels out: this is the figure
   * that holds still from run to run.
   */
  paired: number;
}

/** Ours over plain Readability on one clock (see `TimeRatio`). */
export function timeRatio(result: SnippetBenchResult, clock: Clock = 'wall'): TimeRatio | null {
  const plain = byId(result.extractors, 'plain');
  const ours = byId(result.extractors, 'ours');
  if (plain === undefined || ours === undefined) return null;
  const o = timingOf(ours, clock);
  const p = timingOf(plain, clock);
  const field = clock === 'wall' ? 'ms' : 'cpuMs';
  const perPage = result.perPage.flatMap((page) => {
    const mine = page.outcomes.ours?.[field];
    const theirs = page.outcomes.plain?.[field];
    return mine === undefined || theirs === undefined || !(theirs > 0) ? [] : [mine / theirs];
  });
  return { median: o.medianMs / p.medianMs, p95: o.p95Ms / p.p95Ms, paired: median(perPage) };
}

export function timeRatioLine(result: SnippetBenchResult, clock: Clock = 'wall'): string {
  const ratio = timeRatio(result, clock);
  const what = `${CLOCK_NAMES[clock]} time ratio (ours / plain Readability, same run)`;
  return ratio === null
    ? `${what}: n/a, extractArticle not measured`
    : `${what}: median ${fratio(ratio.median)}, p95 ${fratio(ratio.p95)}, ` +
        `median of per-page ratios ${fratio(ratio.paired)}`;
}

function timingLine(e: ExtractorSnippetSummary, labelWidth: number, clock: Clock): string {
  const t = timingOf(e, clock);
  const slowest = t.slowest === null ? '—' : `${fms(t.slowest.ms)} ms (${t.slowest.name})`;
  return (
    `  ${e.label.padEnd(labelWidth)}  median ${fms(t.medianMs)} ms  p95 ${fms(t.p95Ms)} ms  ` +
    `slowest ${slowest}  pages over 1 s: ${t.overOneSecond}`
  );
}

function diffLines(diff: PageDiff): string[] {
  const lost = diff.lostWith.length + diff.gainedWithout.length;
  const won = diff.gainedWith.length + diff.droppedWithout.length;
  const lines = [
    `  ${String(lost).padStart(2)}  lost ${diff.lostWith.length} "with", gained ${diff.gainedWithout.length} "without"` +
      `${won > 0 ? ` (also ${won} better)` : ''}  ${diff.name}`,
  ];
  const lostExample = diff.lostWith[0];
  const gainedExample = diff.gainedWithout[0];
  if (lostExample !== undefined) lines.push(`        lost:   ${JSON.stringify(cut(lostExample))}`);
  if (gainedExample !== undefined) lines.push(`        gained: ${JSON.stringify(cut(gainedExample))}`);
  return lines;
}

function comparisonLines(result: SnippetBenchResult): string[] {
  if (byId(result.extractors, 'ours') === undefined) return [];
  const diffs = diffPages(result.perPage);
  const lostOf = (d: PageDiff): number => d.lostWith.length + d.gainedWithout.length;
  const wonOf = (d: PageDiff): number => d.gainedWith.length + d.droppedWithout.length;
  const better = diffs.filter((d) => wonOf(d) > lostOf(d)).length;
  const worse = diffs.filter((d) => lostOf(d) > wonOf(d)).length;
  const worst = worstRegressions(diffs, 10);
  return [
    '',
    `Ours vs plain, per page (snippets): better on ${better}, worse on ${worse}, even on ${diffs.length - better - worse}.`,
    `The ${worst.length} pages where ours differs most from plain for the worse (lost "with" or gained "without"):`,
    ...(worst.length === 0 ? ['  none'] : worst.flatMap(diffLines)),
  ];
}

export function snippetReport(
  result: SnippetBenchResult,
  baseline: BaselineCheck,
  corpusDir: string,
): string[] {
  const labelWidth = Math.max(...result.extractors.map((e) => e.label.length));
  return [
    `== Snippet set: ${result.pages} pages, ${result.withSnippets} "with" + ${result.withoutSnippets} "without" snippets (${corpusDir}) ==`,
    ...table(
      ['extractor', 'TP', 'FN', 'FP', 'TN', 'precision', 'recall', 'accuracy', 'F1'],
      result.extractors.map((e) => [e.label, ...scoreCells(e)]),
    ),
    baseline.line,
    '',
    'No output (null article or empty text):',
    ...result.extractors.map((e) => `  ${e.label.padEnd(labelWidth)}  ${listPages(e.emptyPages)}`),
    'Errors (scored as no output):',
    ...result.extractors.flatMap((e) => [
      `  ${e.label.padEnd(labelWidth)}  ${e.errors.length === 0 ? 'none' : e.errors.length}`,
      ...e.errors.slice(0, MAX_LISTED_PAGES).map((x) => `      ${x.name}: ${cut(x.error, 120)}`),
    ]),
    '',
    `Timing: extraction only (parse excluded, each extractor on its own fresh parse, interleaved per page), ` +
      `per-page median of ${plural(result.repeat, 'run')}, after a warm-up pass over ${plural(result.warmupPages, 'page')}:`,
    ...result.extractors.map((e) => timingLine(e, labelWidth, 'wall')),
    `  ${timeRatioLine(result, 'wall')}`,
    'CPU time of the process during each call (all its threads; what other processes take does not count):',
    ...result.extractors.map((e) => timingLine(e, labelWidth, 'cpu')),
    `  ${timeRatioLine(result, 'cpu')}`,
    ...comparisonLines(result),
  ];
}

export function snippetMarkdown(result: SnippetBenchResult): string[] {
  const header = [
    'extractor',
    'pages',
    'TP',
    'FN',
    'FP',
    'TN',
    'precision',
    'recall',
    'accuracy',
    'F1',
    'median ms',
    'p95 ms',
  ];
  const rows = result.extractors.map((e) => [
    e.id === 'ours' ? `**${e.label}**` : e.label,
    String(result.pages),
    ...scoreCells(e),
    fms(e.timing.medianMs),
    fms(e.timing.p95Ms),
  ]);
  return [
    ...markdownTable(header, rows),
    '',
    timeRatioLine(result, 'wall'),
    '',
    timeRatioLine(result, 'cpu'),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Metadata set

export function checkMetadataBaseline(result: MetadataBenchResult, filtered: boolean): BaselineCheck {
  const b = PUBLISHED_METADATA_BASELINE;
  const published =
    `${METADATA_FIELDS.map((f) => `${f} ${b.matches[f]}`).join(', ')}, readerable ${b.readerable}, ` +
    `all 8 fields ${b.allEight} (of ${b.pages})`;
  const plain = byId(result.extractors, 'plain');
  if (filtered || plain === undefined) {
    return {
      status: 'skipped',
      line: `Metadata baseline check: skipped (--filter selected ${plural(result.pages, 'page')}).`,
    };
  }
  const same =
    result.pages === b.pages &&
    METADATA_FIELDS.every((f) => plain.matches[f] === b.matches[f]) &&
    plain.readerable === b.readerable &&
    plain.allFieldsWithReaderable === b.allEight;
  return same
    ? {
        status: 'match',
        line: `Metadata baseline check: OK, plain Readability matches the README (${published}).`,
      }
    : {
        status: 'mismatch',
        line: `Metadata baseline check: MISMATCH, README publishes ${published}; see the plain column above.`,
      };
}

interface MetadataRow {
  label: string;
  value: (e: ExtractorMetadataSummary) => number | null;
}

const fieldRow = (field: MetadataField): MetadataRow => ({ label: field, value: (e) => e.matches[field] });

const METADATA_ROWS: readonly MetadataRow[] = [
  fieldRow('title'),
  fieldRow('byline'),
  fieldRow('excerpt'),
  fieldRow('siteName'),
  fieldRow('publishedTime'),
  { label: 'publishedTime as instant', value: (e) => e.publishedTimeInstant },
  fieldRow('lang'),
  fieldRow('dir'),
  { label: 'readerable', value: (e) => e.readerable },
  { label: 'all 7 text fields', value: (e) => e.allFields },
  { label: 'all 8 fields', value: (e) => e.allFieldsWithReaderable },
];

const cell = (n: number | null): string => (n === null ? '—' : String(n));

/** The fields the issue asks "at least as good as Readability" for, under the fair rule. */
const FAIR_FIELDS: readonly MetadataField[] = ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir'];

export const FAIR_RULE_LINES: readonly string[] = [
  'Fair rule (same for both columns): title equal, or equal to the expected title without one site-name part of',
  'at most five words before its first or after its last separator; byline equal once a leading "By"/"Par"/',
  '"Por"/"Von"/"Door" is dropped from both; publishedTime the same instant; siteName, lang, dir exactly equal.',
];

/** Pages where `a` misses a field under the fair rule and `b` does not. */
function fairOnlyMisses(
  a: ExtractorMetadataSummary,
  b: ExtractorMetadataSummary,
  field: MetadataField,
): Mismatch[] {
  const bMissed = new Set(b.fairMisses[field].map((m) => m.slug));
  return a.fairMisses[field].filter((m) => !bMissed.has(m.slug));
}

/** Misses where the expectation (Readability's output) is absent and the extractor gives a value. */
function addedValues(e: ExtractorMetadataSummary | undefined, field: MetadataField): number {
  return e === undefined
    ? 0
    : e.fairMisses[field].filter((m) => m.expected === null && m.predicted !== null).length;
}

function fairLines(result: MetadataBenchResult): string[] {
  const plain = byId(result.extractors, 'plain');
  const ours = byId(result.extractors, 'ours');
  const lines = [
    '',
    `Under the fair rule (matches / ${result.pages}):`,
    ...FAIR_RULE_LINES,
    ...table(
      ['field', ...result.extractors.map((e) => e.label), 'ours: misses that add a value Readability lacks'],
      FAIR_FIELDS.map((f) => [
        f,
        ...result.extractors.map((e) => String(e.fairMatches[f])),
        String(addedValues(byId(result.extractors, 'ours'), f)),
      ]),
    ),
  ];
  if (plain === undefined || ours === undefined) return lines;
  for (const [a, b] of [
    [ours, plain],
    [plain, ours],
  ] as const) {
    const misses = FAIR_FIELDS.flatMap((f) => fairOnlyMisses(a, b, f).map((m) => ({ field: f, m })));
    lines.push(`Only ${a.label} misses (${misses.length}):`);
    for (const { field, m } of misses) {
      lines.push(`  ${field}: ${mismatchLine(m).trim()}`);
    }
  }
  return lines;
}

/**
 * Both values cut to `width`, starting a little before their first difference: long titles and excerpts often
 * differ only near the end, which a plain prefix would hide.
 */
export function aroundDifference(a: string, b: string, width = 50): [string, string] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const start = i + 10 > width ? i - 15 : 0;
  const show = (s: string): string => (start > 0 ? `…${cut(s.slice(start), width - 1)}` : cut(s, width));
  return [show(a), show(b)];
}

function mismatchLine(m: Mismatch): string {
  if (m.predicted === null || m.expected === null) {
    const [p, e] = [m.predicted ?? '(absent)', m.expected ?? '(absent)'].map((s) => cut(s, 50));
    return `      ${m.slug}: ${JSON.stringify(p)} vs expected ${JSON.stringify(e)}`;
  }
  const [p, e] = aroundDifference(m.predicted, m.expected);
  return `      ${m.slug}: ${JSON.stringify(p)} vs expected ${JSON.stringify(e)}`;
}

function mismatchLines(e: ExtractorMetadataSummary): string[] {
  return METADATA_FIELDS.flatMap((field) => {
    const examples = e.mismatchExamples[field];
    if (examples.length === 0) return [];
    return [
      `  ${field}: ${plural(e.mismatchCount[field], 'mismatch', 'es')}, e.g.`,
      ...examples.map(mismatchLine),
    ];
  });
}

export function metadataReport(
  result: MetadataBenchResult,
  baseline: BaselineCheck,
  corpusDir: string,
  testUrl: string,
): string[] {
  const ours = byId(result.extractors, 'ours');
  return [
    `== Readability metadata set: ${result.pages} pages (${corpusDir}), document URL ${testUrl} ==`,
    "Note: the expected values are plain Readability's own output (upstream regression expectations), not human",
    'annotation, so a field where ours differs can be a deliberate improvement (e.g. publishedTime as ISO 8601);',
    '"publishedTime as instant" compares both sides as Date instants when both parse, else as strings.',
    'readerable is isProbablyReaderable on the page (a property of the page, measured once, with the baseline).',
    ...table(
      [`matches / ${result.pages}`, ...result.extractors.map((e) => e.label)],
      METADATA_ROWS.map((row) => [row.label, ...result.extractors.map((e) => cell(row.value(e)))]),
    ),
    baseline.line,
    ...result.extractors.flatMap((e) => [
      `${e.label}: null on ${listPages(e.nullPages)}; errors: ${e.errors.length === 0 ? 'none' : e.errors.length}`,
      ...e.errors.slice(0, MAX_LISTED_PAGES).map((x) => `      ${x.slug}: ${cut(x.error, 120)}`),
    ]),
    ...fairLines(result),
    ...(ours === undefined
      ? []
      : ['', `Where ${ours.label} differs from the expectations (first examples):`, ...mismatchLines(ours)]),
  ];
}

export function metadataMarkdown(result: MetadataBenchResult): string[] {
  const header = [`matches / ${result.pages}`, ...METADATA_ROWS.map((r) => r.label)];
  const rows = result.extractors.map((e) => [
    e.id === 'ours' ? `**${e.label}**` : e.label,
    ...METADATA_ROWS.map((r) => cell(r.value(e))),
  ]);
  const fairHeader = [`fair rule, matches / ${result.pages}`, ...FAIR_FIELDS];
  const fairRows = result.extractors.map((e) => [
    e.id === 'ours' ? `**${e.label}**` : e.label,
    ...FAIR_FIELDS.map((f) => String(e.fairMatches[f])),
  ]);
  return [...markdownTable(header, rows), '', ...markdownTable(fairHeader, fairRows)];
}

// ---------------------------------------------------------------------------------------------------------
// Article metadata set

/**
 * Plain Readability on the article metadata set as the set's reference scorer prints it (issue 19's table):
 * hits / scored pages per field. A run must reproduce it, or the repository's scorer has drifted from the rules.
 */
export const PUBLISHED_PAGE_METADATA_BASELINE: Record<PageField, { hits: number; scored: number }> = {
  title: { hits: 52, scored: 58 },
  author: { hits: 30, scored: 51 },
  date: { hits: 28, scored: 54 },
  image: { hits: 8, scored: 50 },
};

/** Issue 19's targets for Pullquote on this set (accuracy per field). */
export const PAGE_METADATA_TARGETS: Record<PageField, number> = {
  title: 0.95,
  author: 0.9,
  date: 0.9,
  image: 0.97,
};

const countText = (c: { hits: number; scored: number }): string => `${c.hits}/${c.scored}`;
const accuracyText = (c: { hits: number; scored: number }): string =>
  c.scored === 0 ? '—' : (c.hits / c.scored).toFixed(2);

export function checkPageMetadataBaseline(result: PageMetadataBenchResult, filtered: boolean): BaselineCheck {
  const b = PUBLISHED_PAGE_METADATA_BASELINE;
  const published = PAGE_FIELDS.map((f) => `${f} ${countText(b[f])}`).join(', ');
  const plain = result.columns.find((c) => c.id === 'plain');
  if (filtered || plain === undefined) {
    return {
      status: 'skipped',
      line: `Metadata-set baseline check: skipped (--filter selected ${plural(result.pages, 'page')}).`,
    };
  }
  const same = PAGE_FIELDS.every(
    (f) => plain.counts[f].hits === b[f].hits && plain.counts[f].scored === b[f].scored,
  );
  return same
    ? {
        status: 'match',
        line: `Metadata-set baseline check: OK, plain Readability gives the set's published figures (${published}).`,
      }
    : {
        status: 'mismatch',
        line: `Metadata-set baseline check: MISMATCH, the set publishes ${published} for plain Readability; see its column above.`,
      };
}

function pageMissLine(field: PageField, miss: PageFieldMiss): string {
  const show = (value: string | null): string => (value === null ? 'null' : JSON.stringify(cut(value, 80)));
  return `  ${field.padEnd(6)} ${miss.slug}: got ${show(miss.got)}, expected ${show(miss.expected)}`;
}

/** One table of page-metadata accuracy: which set, which fields, and its targets if it has any. */
export interface PageMetadataSection {
  /** The section's first line, without the `==` around it. */
  heading: string;
  /** Lines under the heading: where the expectations come from and how they are scored. */
  notes: readonly string[];
  fields: readonly PageField[];
  /** Accuracy targets per field; null for a check without targets (its target column reads "—"). */
  targets: Readonly<Record<PageField, number>> | null;
}

export function pageMetadataSectionReport(
  result: PageMetadataBenchResult,
  section: PageMetadataSection,
  baseline: BaselineCheck | null,
): string[] {
  const { fields, targets } = section;
  const ours = result.columns.find((c) => c.id === 'ours');
  const lines = [
    `== ${section.heading} ==`,
    ...section.notes,
    ...table(
      ['accuracy (hits/scored)', ...result.columns.map((c) => c.label), 'target'],
      fields.map((f) => [
        f,
        ...result.columns.map((c) => `${accuracyText(c.counts[f])} (${countText(c.counts[f])})`),
        targets === null ? '—' : `≥ ${targets[f].toFixed(2)}`,
      ]),
    ),
    ...(baseline === null ? [] : [baseline.line]),
    ...result.columns.flatMap((c) => [
      `${c.label}: nothing on ${listPages(c.nullPages)}; errors: ${c.errors.length === 0 ? 'none' : c.errors.length}`,
      ...c.errors.slice(0, MAX_LISTED_PAGES).map((x) => `      ${x.slug}: ${cut(x.error, 120)}`),
    ]),
  ];
  if (ours !== undefined) {
    const misses = fields.flatMap((f) => ours.misses[f].map((m) => pageMissLine(f, m)));
    lines.push(`${ours.label} misses (${misses.length}):`, ...(misses.length === 0 ? ['  none'] : misses));
  }
  return lines;
}

export function pageMetadataReport(
  result: PageMetadataBenchResult,
  baseline: BaselineCheck,
  corpusDir: string,
): string[] {
  return pageMetadataSectionReport(
    result,
    {
      heading: `Article metadata set: ${result.pages} pages (${corpusDir}), title, author, date and lead image`,
      notes: [
        "Scored by the set's rules (tests/bench/page-metadata-score.ts); plain Readability's image is the first <img> of its content.",
      ],
      fields: PAGE_FIELDS,
      targets: PAGE_METADATA_TARGETS,
    },
    baseline,
  );
}

/** The fields trafilatura annotates on the snippet set (it gives no lead image). */
export const ANNOTATED_FIELDS: readonly PageField[] = ['title', 'author', 'date'];

/** The snippet set's annotated metadata: a check on pages nothing was tuned on, so without targets. */
export function annotatedMetadataReport(result: PageMetadataBenchResult, corpusDir: string): string[] {
  return pageMetadataSectionReport(
    result,
    {
      heading: `Snippet set's annotated metadata: ${result.pages} pages (${corpusDir}), title, author and date`,
      notes: [
        'Expected values are trafilatura\'s own annotations (truth.json "annotations"), not this project\'s; the code',
        "was not tuned on these pages, so this is an independent check without targets. Scored by the metadata set's",
        'rules (tests/bench/page-metadata-score.ts), each field on the pages whose annotation states it; no image.',
      ],
      fields: ANNOTATED_FIELDS,
      targets: null,
    },
    null,
  );
}

export function pageMetadataMarkdown(
  result: PageMetadataBenchResult,
  fields: readonly PageField[] = PAGE_FIELDS,
): string[] {
  const header = [`accuracy, ${result.pages} pages`, ...fields];
  const rows = result.columns.map((c) => [
    c.id === 'plain' ? c.label : `**${c.label}**`,
    ...fields.map((f) => `${accuracyText(c.counts[f])} (${countText(c.counts[f])})`),
  ]);
  return markdownTable(header, rows);
}
