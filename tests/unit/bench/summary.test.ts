import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entryFiles } from '../../bench/bundle-sizes';
import {
  meetsTarget,
  readBenchSummary,
  type SummaryRow,
  summaryTable,
  targetedValue,
  writeBenchSummary,
} from '../../bench/summary';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pq-bench-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('meetsTarget', () => {
  it.each([
    [299.9, '<', 300, true],
    [300, '<', 300, false],
    [1.05, '≤', 1.05, true],
    [1.051, '≤', 1.05, false],
    [0.93, '≥', 0.93, true],
    [0.929, '≥', 0.93, false],
    [Number.NaN, '≤', 1, false],
  ] as const)('%s %s %s → %s', (value, op, target, met) => {
    expect(meetsTarget(value, { op, value: target })).toBe(met);
  });
});

describe('targetedValue', () => {
  it('divides by the baseline for a ratio target, and is unknown without one', () => {
    const row: SummaryRow = {
      measure: 'load',
      value: 840,
      unit: 'ms',
      baseline: { label: 'without', value: 800 },
      target: { op: '≤', value: 1.05, of: 'ratio' },
    };
    expect(targetedValue(row)).toBeCloseTo(1.05);
    expect(targetedValue({ ...row, baseline: undefined })).toBeNaN();
    expect(targetedValue({ ...row, target: { op: '<', value: 900 } })).toBe(840);
  });
});

describe('summaryTable', () => {
  it('prints value, same-run baseline, ratio, target and whether it is met, and marks a failed run', () => {
    const dir = scratch();
    writeBenchSummary(
      'consent',
      [
        {
          measure: 'page load, median',
          value: 840,
          unit: 'ms',
          baseline: { label: 'without the extension', value: 800 },
          target: { op: '≤', value: 1.04, of: 'ratio' },
        },
        { measure: 'content script, gzip', value: 33.46, unit: 'kB' },
      ],
      dir,
    );
    writeBenchSummary(
      'card',
      [{ measure: 'export, median', value: 43.2, unit: 'ms', target: { op: '<', value: 300 } }],
      dir,
    );
    const lines = summaryTable([
      { bench: 'consent', summary: readBenchSummary('consent', dir) },
      { bench: 'card', summary: readBenchSummary('card', dir) },
      { bench: 'library', summary: readBenchSummary('library', dir), failed: true },
    ]);
    expect(lines.slice(2)).toEqual([
      '| consent | page load, median | 840.0 ms | without the extension: 800.0 ms | 1.05× | ratio ≤ 1.04× | **no** |',
      '| consent | content script, gzip | 33.5 kB |  |  |  |  |',
      '| card | export, median | 43.2 ms |  |  | < 300.0 ms | yes |',
      '| library | **failed** (see its log) |  |  |  |  |  |',
    ]);
  });
});

describe('entryFiles', () => {
  it("follows an HTML page's script, preloads, CSS and static imports, and lists import() chunks apart", () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'chunks'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(
      path.join(dir, 'popup.html'),
      '<script type="module" crossorigin src="/chunks/popup-1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/chunks/shared-1.js">' +
        '<link rel="stylesheet" crossorigin href="/assets/popup-1.css">',
    );
    writeFileSync(
      path.join(dir, 'chunks/popup-1.js'),
      'import{a}from"./shared-1.js";import"./side-1.js";const c=()=>import("./Composer-1.js");',
    );
    writeFileSync(path.join(dir, 'chunks/shared-1.js'), 'export const a=1;');
    writeFileSync(path.join(dir, 'chunks/side-1.js'), 'console.log(1);');
    writeFileSync(
      path.join(dir, 'chunks/Composer-1.js'),
      'import{a}from"./shared-1.js";import"./twitter-1.js";',
    );
    writeFileSync(path.join(dir, 'chunks/twitter-1.js'), 'export{}');
    writeFileSync(path.join(dir, 'assets/popup-1.css'), 'body{}');
    expect(entryFiles(dir, 'popup.html')).toEqual({
      initial: ['assets/popup-1.css', 'chunks/popup-1.js', 'chunks/shared-1.js', 'chunks/side-1.js'],
      lazy: ['chunks/Composer-1.js', 'chunks/twitter-1.js'],
    });
  });
});
