/**
 * One small JSON file per benchmark (tests/artifacts/bench/<name>.json), written next to each script's own
 * output, so `npm run bench` (tests/bench/all.ts) can print every budget in one table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/artifacts/bench/ (a function: unit tests run this file where import.meta.url is not a file URL). */
export const summaryDir = (): string => fileURLToPath(new URL('../artifacts/bench/', import.meta.url));

export type Unit = 'ms' | 's' | 'kB' | 'ratio' | 'score' | 'count';

/**
 * A budget: the measured value must be `op` this value (same unit), or with `of: 'ratio'`, the value divided
 * by the row's baseline must be.
 */
export interface Target {
  op: '<' | '≤' | '≥';
  value: number;
  of?: 'ratio';
}

export interface SummaryRow {
  measure: string;
  value: number;
  unit: Unit;
  /** What the value is compared with, measured in the same run, in the same unit. */
  baseline?: { label: string; value: number };
  target?: Target;
}

export interface BenchSummary {
  bench: string;
  ranAt: string;
  args: string[];
  rows: SummaryRow[];
}

export const summaryFile = (bench: string, dir = summaryDir()): string => path.join(dir, `${bench}.json`);

export function writeBenchSummary(bench: string, rows: SummaryRow[], dir = summaryDir()): string {
  const summary: BenchSummary = {
    bench,
    ranAt: new Date().toISOString(),
    args: process.argv.slice(2),
    rows,
  };
  mkdirSync(dir, { recursive: true });
  const file = summaryFile(bench, dir);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  return file;
}

export function readBenchSummary(bench: string, dir = summaryDir()): BenchSummary | null {
  try {
    const parsed = JSON.parse(readFileSync(summaryFile(bench, dir), 'utf8')) as BenchSummary;
    return Array.isArray(parsed.rows) ? parsed : null;
  } catch {
    return null;
  }
}

/** The number a row's target is about: its value, or its value over its baseline. */
export function targetedValue(row: SummaryRow): number {
  if (row.target?.of !== 'ratio') return row.value;
  return row.baseline && row.baseline.value > 0 ? row.value / row.baseline.value : Number.NaN;
}

export function meetsTarget(value: number, target: Target): boolean {
  if (!Number.isFinite(value)) return false;
  if (target.op === '<') return value < target.value;
  if (target.op === '≤') return value <= target.value;
  return value >= target.value;
}

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'ms':
      return `${value.toFixed(1)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'kB':
      return `${value.toFixed(1)} kB`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'score':
      return value.toFixed(3);
    case 'count':
      return String(Math.round(value));
  }
}

export const formatTarget = (target: Target, unit: Unit): string =>
  target.of === 'ratio'
    ? `ratio ${target.op} ${formatValue(target.value, 'ratio')}`
    : `${target.op} ${formatValue(target.value, unit)}`;

const markdownRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** The one table: every benchmark's rows, with the same-run baseline, the ratio to it, and the budget. */
export function summaryTable(
  summaries: ReadonlyArray<{ bench: string; summary: BenchSummary | null; failed?: boolean }>,
): string[] {
  const lines = [
    markdownRow(['benchmark', 'measure', 'value', 'baseline (same run)', 'ratio', 'target', 'met']),
    markdownRow(['---', '---', '---:', '---', '---:', '---', '---']),
  ];
  for (const { bench, summary, failed } of summaries) {
    if (!summary || summary.rows.length === 0) {
      lines.push(markdownRow([bench, failed ? '**failed** (see its log)' : 'no result', '', '', '', '', '']));
      continue;
    }
    for (const row of summary.rows) {
      const baseline = row.baseline
        ? `${row.baseline.label}: ${formatValue(row.baseline.value, row.unit)}`
        : '';
      const ratio =
        row.baseline && row.unit !== 'ratio' && row.unit !== 'score' && row.baseline.value > 0
          ? `${(row.value / row.baseline.value).toFixed(2)}×`
          : '';
      const met = row.target ? (meetsTarget(targetedValue(row), row.target) ? 'yes' : '**no**') : '';
      lines.push(
        markdownRow([
          bench,
          row.measure,
          formatValue(row.value, row.unit),
          baseline,
          ratio,
          row.target ? formatTarget(row.target, row.unit) : '',
          met,
        ]),
      );
    }
  }
  return lines;
}
