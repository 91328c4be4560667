import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotatedPagesFrom } from '../../bench/corpus';
import type { Extractor } from '../../bench/extractors';
import { runPageMetadataBench } from '../../bench/page-metadata-bench';
import {
  ANNOTATED_FIELDS,
  annotatedMetadataReport,
  aroundDifference,
  pageMetadataMarkdown,
  timeRatio,
  timeRatioLine,
} from '../../bench/report';
import type {
  ExtractorSnippetSummary,
  PageOutcome,
  SnippetBenchResult,
  SnippetPageResult,
  TimingSummary,
} from '../../bench/snippet-bench';
import { scorePage } from '../../bench/snippet-score';

describe('aroundDifference', () => {
  it('keeps short values whole', () => {
    expect(aroundDifference('How to Build', 'How to Build | eHow')).toEqual([
      'How to Build',
      'How to Build | eHow',
    ]);
  });

  it('shows the region of a late difference instead of an identical prefix', () => {
    const common = 'x'.repeat(60);
    const [a, b] = aroundDifference(`${common}A tail`, `${common}B tail`, 30);
    expect(a).toBe(`…${'x'.repeat(15)}A tail`);
    expect(b).toBe(`…${'x'.repeat(15)}B tail`);
    expect(a).not.toBe(b);
  });
});

describe('timeRatio', () => {
  const timing = (medianMs: number, p95Ms: number): TimingSummary => ({
    medianMs,
    p95Ms,
    maxMs: p95Ms,
    slowest: null,
    overOneSecond: 0,
  });
  const extractor = (
    id: 'plain' | 'ours',
    wall: TimingSummary,
    cpu: TimingSummary,
  ): ExtractorSnippetSummary => ({
    id,
    label: id,
    confusion: { tp: 0, fn: 0, fp: 0, tn: 0 },
    metrics: { precision: 0, recall: 0, accuracy: 0, f1: 0 },
    timing: wall,
    cpuTiming: cpu,
    emptyPages: [],
    errors: [],
  });
  const outcome = (ms: number, cpuMs: number): PageOutcome => ({
    score: scorePage({ with: [], without: [] }, null),
    ms,
    cpuMs,
    error: null,
    empty: false,
  });
  // Page times (plain, ours): ratios 2, 1.1 and 1.2 on the wall clock, 1.5, 1 and 3 in CPU time.
  const perPage: SnippetPageResult[] = [
    [10, 20, 10, 15],
    [10, 11, 10, 10],
    [100, 120, 10, 30],
  ].map(([plainMs, oursMs, plainCpu, oursCpu], i) => ({
    name: `page${i}`,
    url: undefined,
    outcomes: {
      plain: outcome(plainMs ?? 0, plainCpu ?? 0),
      ours: outcome(oursMs ?? 0, oursCpu ?? 0),
    },
  }));
  const result = (extractors: ExtractorSnippetSummary[]): SnippetBenchResult => ({
    pages: 3,
    withSnippets: 0,
    withoutSnippets: 0,
    repeat: 5,
    warmupPages: 0,
    extractors,
    perPage,
  });
  const both = result([
    extractor('plain', timing(10, 40), timing(8, 50)),
    extractor('ours', timing(15, 50), timing(10, 60)),
  ]);

  it('divides ours by plain Readability on the clock asked for', () => {
    expect(timeRatio(both, 'wall')).toEqual({ median: 1.5, p95: 1.25, paired: 1.2 });
    expect(timeRatio(both, 'cpu')).toEqual({ median: 1.25, p95: 1.2, paired: 1.5 });
    expect(timeRatioLine(both, 'cpu')).toBe(
      'CPU time ratio (ours / plain Readability, same run): median 1.25×, p95 1.20×, ' +
        'median of per-page ratios 1.50×',
    );
  });

  it('has no ratio when extractArticle was not measured', () => {
    const plainOnly = result([extractor('plain', timing(10, 40), timing(8, 50))]);
    expect(timeRatio(plainOnly)).toBeNull();
    expect(timeRatioLine(plainOnly)).toMatch(/n\/a, extractArticle not measured$/);
  });
});

describe('annotatedMetadataReport (the snippet set against trafilatura’s annotations)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** Two annotated pages on disk, and an extractor that reads the page's <title> and <meta> tags. */
  function run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'pq-annotated-report-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'pages'));
    const page = (title: string, author: string) =>
      `<html><head><title>${title}</title><meta name="author" content="${author}"></head><body><p>Text.</p></body></html>`;
    writeFileSync(path.join(dir, 'pages', 'a.example.html'), page('Erster Titel | Site', 'Anna Muster'));
    writeFileSync(path.join(dir, 'pages', 'b.example.html'), page('Falscher Titel', 'Redaktion'));
    const truth = {
      'a.example': {
        url: 'https://a.example.test/1',
        annotations: { title: 'Erster Titel', author: 'Anna Muster', date: '2022-01-02' },
      },
      'b.example': {
        url: 'https://b.example.test/2',
        annotations: { title: 'Zweiter Titel', author: 'Bernd Beispiel', date: '' },
      },
    };
    const pages = annotatedPagesFrom(truth, dir);
    const metaOf = (doc: Document) => ({
      title: doc.querySelector('title')?.textContent ?? null,
      byline: doc.querySelector('meta[name="author"]')?.getAttribute('content') ?? null,
      excerpt: null,
      siteName: null,
      publishedTime: '2022-01-02T08:00:00Z',
      lang: null,
      dir: null,
    });
    const extractor = (id: 'plain' | 'ours', label: string): Extractor => ({
      id,
      label,
      extract: (doc) => ({
        text: 'Text.',
        metadata: metaOf(doc),
        leadImage: 'https://a.example.test/lead.jpg',
        contentHtml: '<p>Text.</p>',
      }),
    });
    return runPageMetadataBench([extractor('plain', 'plain'), extractor('ours', 'ours')], pages, () => {});
  }

  it('scores title, author and date where annotated and never the image', () => {
    const ours = run().columns.find((c) => c.id === 'ours');
    expect(ours?.counts).toEqual({
      title: { hits: 1, scored: 2 },
      author: { hits: 1, scored: 2 },
      date: { hits: 1, scored: 1 },
      image: { hits: 0, scored: 0 },
    });
  });

  it('prints a table of the three fields without targets, and the misses of ours', () => {
    const lines = annotatedMetadataReport(run(), 'tests/corpus/snippets');
    expect(lines[0]).toBe(
      "== Snippet set's annotated metadata: 2 pages (tests/corpus/snippets), title, author and date ==",
    );
    expect(lines.join('\n')).toMatch(/trafilatura's own annotations/);
    expect(lines.join('\n')).toMatch(/not tuned on/);
    const rows = lines.filter((line) => /^(title|author|date|image)\s/.test(line));
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['title', 'author', 'date']);
    expect(rows[0]).toMatch(/0\.50 \(1\/2\)\s+0\.50 \(1\/2\)\s+—$/);
    expect(rows[2]).toMatch(/1\.00 \(1\/1\)\s+1\.00 \(1\/1\)\s+—$/);
    expect(lines).toContain('ours misses (2):');
    expect(lines).toContain('  title  b.example: got "Falscher Titel", expected "Zweiter Titel"');
    expect(lines).toContain('  author b.example: got "Redaktion", expected "Bernd Beispiel"');
  });

  it('gives the Markdown table only the annotated fields', () => {
    const [header] = pageMetadataMarkdown(run(), ANNOTATED_FIELDS);
    expect(header).toBe('| accuracy, 2 pages | title | author | date |');
  });
});
