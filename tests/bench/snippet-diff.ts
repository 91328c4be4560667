/** Per-page comparison of ours against plain Readability on the snippet set, for tuning. Pure: no I/O. */
import type { SnippetPageResult } from './snippet-bench';

export interface PageDiff {
  name: string;
  /** "with" snippets plain found and ours missed. */
  lostWith: string[];
  /** "without" snippets ours leaked and plain did not. */
  gainedWithout: string[];
  /** Improvements, for context: "with" found only by ours, "without" leaked only by plain. */
  gainedWith: string[];
  droppedWithout: string[];
}

function minus(a: readonly string[], b: readonly string[]): string[] {
  const exclude = new Set(b);
  return a.filter((s) => !exclude.has(s));
}

/** Per page, where ours and plain disagree; pages where either is missing are skipped. */
export function diffPages(perPage: readonly SnippetPageResult[]): PageDiff[] {
  return perPage.flatMap((p) => {
    const plain = p.outcomes.plain?.score;
    const ours = p.outcomes.ours?.score;
    if (plain === undefined || ours === undefined) return [];
    return [
      {
        name: p.name,
        lostWith: minus(ours.missed, plain.missed),
        gainedWithout: minus(ours.leaked, plain.leaked),
        gainedWith: minus(plain.missed, ours.missed),
        droppedWithout: minus(plain.leaked, ours.leaked),
      },
    ];
  });
}

/** Regressions first (most lost + gained-boilerplate snippets), ties by name for stable output. */
export function worstRegressions(diffs: readonly PageDiff[], limit: number): PageDiff[] {
  const badness = (d: PageDiff): number => d.lostWith.length + d.gainedWithout.length;
  return diffs
    .filter((d) => badness(d) > 0)
    .sort((a, b) => badness(b) - badness(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}
