import { describe, expect, it } from 'vitest';
import { pageBlocksText } from '@/utils/page/blocks';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('pageBlocksText', () => {
  it('gives one block per paragraph-level element, inline elements joined', () => {
    const doc = parse(
      '<body><header><h1>“Nothing has changed,” says Kuleba</h1></header><main><p>One <em>two</em> <a href="#">three</a>.</p>' +
        '<figure><img src="a.png"><figcaption>A caption</figcaption></figure><ul><li>First</li><li>Second</li></ul></main></body>',
    );
    expect(pageBlocksText(doc)).toBe(
      '“Nothing has changed,” says Kuleba\n\nOne two three.\n\nA caption\n\nFirst\n\nSecond',
    );
  });

  it('leaves out scripts, styles, hidden elements and form controls', () => {
    const doc = parse(
      '<body><p>Seen</p><script>var x = "unseen"</script><style>p{}</style><div hidden>Hidden</div>' +
        '<textarea>typed</textarea><noscript>fallback</noscript></body>',
    );
    expect(pageBlocksText(doc)).toBe('Seen');
  });

  it('starts a new block after a nested block ends', () => {
    const doc = parse('<body><div>Before<p>Inside</p>After</div></body>');
    expect(pageBlocksText(doc)).toBe('Before\n\nInside\n\nAfter');
  });

  it('copes with a document without a body', () => {
    expect(pageBlocksText(document.implementation.createHTMLDocument(''))).toBe('');
  });
});
