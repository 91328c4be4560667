import { describe, expect, it } from 'vitest';
import type { SnippetPageResult } from '../../bench/snippet-bench';
import { diffPages, worstRegressions } from '../../bench/snippet-diff';
import { scorePage } from '../../bench/snippet-score';

const truth = { with: ['alpha', 'beta'], without: ['menu', 'footer'] };

function page(name: string, plain: string | null, ours: string | null): SnippetPageResult {
  const outcome = (text: string | null) => ({
    score: scorePage(truth, text),
    ms: 1,
    cpuMs: 1,
    error: null,
    empty: text === null,
  });
  return { name, url: undefined, outcomes: { plain: outcome(plain), ours: outcome(ours) } };
}

describe('diffPages / worstRegressions', () => {
  const pages = [
    page('same', 'alpha beta', 'alpha beta'),
    page('lost-one', 'alpha beta', 'alpha'),
    page('lost-all-and-leaked', 'alpha beta', 'menu footer'),
    page('better', 'alpha menu', 'alpha beta'),
    page('ours-null', 'alpha beta menu', null),
  ];

  it('splits differences into regressions and improvements', () => {
    const byName = new Map(diffPages(pages).map((d) => [d.name, d]));
    expect(byName.get('lost-all-and-leaked')).toEqual({
      name: 'lost-all-and-leaked',
      lostWith: ['alpha', 'beta'],
      gainedWithout: ['menu', 'footer'],
      gainedWith: [],
      droppedWithout: [],
    });
    expect(byName.get('better')).toMatchObject({
      lostWith: [],
      gainedWith: ['beta'],
      droppedWithout: ['menu'],
    });
    expect(byName.get('ours-null')).toMatchObject({ lostWith: ['alpha', 'beta'], droppedWithout: ['menu'] });
  });

  it('ranks pages by lost "with" + gained "without", ties by name, and drops pages without regressions', () => {
    expect(worstRegressions(diffPages(pages), 10).map((d) => d.name)).toEqual([
      'lost-all-and-leaked',
      'ours-null',
      'lost-one',
    ]);
    expect(worstRegressions(diffPages(pages), 1).map((d) => d.name)).toEqual(['lost-all-and-leaked']);
  });

  it('skips pages where one extractor was not run', () => {
    const onlyPlain: SnippetPageResult = {
      name: 'x',
      url: undefined,
      outcomes: { plain: pages[0]?.outcomes.plain },
    };
    expect(diffPages([onlyPlain])).toEqual([]);
  });
});
