import type { FitOptions, FitResult } from '@/utils/card';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeCount(text: string): number {
  return Array.from(graphemeSegmenter.segment(text)).length;
}

/** A monospace font where every grapheme is half an em wide: widths a test can work out by hand. */
export function monospace(text: string, fontSize: number): number {
  return graphemeCount(text) * fontSize * 0.5;
}

/** The guarantees every fit must keep, whatever the text. */
export function expectFits(result: FitResult, options: FitOptions): void {
  for (const line of result.lines) {
    if (options.measure(line, result.fontSize) > options.box.width) {
      throw new Error(`line wider than the box: ${line}`);
    }
  }
  if (result.lines.length * result.fontSize * options.lineHeight > options.box.height) {
    throw new Error(
      `${result.lines.length} lines at ${result.fontSize}px are taller than ${options.box.height}px`,
    );
  }
  if (result.fontSize > options.maxFontSize || result.fontSize < options.minFontSize) {
    throw new Error(`font size ${result.fontSize} outside ${options.minFontSize}…${options.maxFontSize}`);
  }
}
