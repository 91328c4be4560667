import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/utils/escape-html';
import { formatForClipboard } from '@/utils/share';

describe('formatForClipboard', () => {
  it('formats a quote with speaker, title, site and link', () => {
    expect(
      formatForClipboard({
        quote: 'Less is more.',
        speaker: 'Mies van der Rohe',
        title: 'On design',
        url: 'https://e.com/essay?utm_source=x&page=2',
        siteName: 'Example',
      }),
    ).toEqual({
      text: '“Less is more.”\n— Mies van der Rohe, On design, Example\nhttps://e.com/essay?page=2',
      html:
        '<blockquote cite="https://e.com/essay?page=2"><p>Less is more.</p>' +
        '<footer>— Mies van der Rohe, <cite><a href="https://e.com/essay?page=2">On design</a></cite>, Example</footer>' +
        '</blockquote>',
    });
  });

  it('escapes every value: script tags, quotes, ampersands, in text and in attributes', () => {
    const { html, text } = formatForClipboard({
      quote: '<script>alert("x")</script> & \'q\'',
      speaker: '<img src=x onerror=alert(1)>',
      title: 'Tom & "Jerry"',
      url: 'https://e.com/?a=1&b="><script>',
      siteName: "O'Reilly",
    });
    expect(html).toBe(
      '<blockquote cite="https://e.com/?a=1&amp;b=%22%3E%3Cscript%3E"><p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>' +
        '<footer>— &lt;img src=x onerror=alert(1)&gt;, <cite><a href="https://e.com/?a=1&amp;b=%22%3E%3Cscript%3E">Tom &amp; &quot;Jerry&quot;</a></cite>, O&#39;Reilly</footer>' +
        '</blockquote>',
    );
    // The plain text is not HTML: it keeps the characters as they are.
    expect(text).toBe(
      '“<script>alert("x")</script> & \'q\'”\n— <img src=x onerror=alert(1)>, Tom & "Jerry", O\'Reilly\nhttps://e.com/?a=1&b=%22%3E%3Cscript%3E',
    );
    // Parsed, the HTML holds no element the input tried to inject.
    const container = document.createElement('div');
    container.innerHTML = html;
    expect(container.querySelectorAll('script, img')).toHaveLength(0);
    expect(container.querySelector('p')?.textContent).toBe('<script>alert("x")</script> & \'q\'');
  });

  it('keeps paragraphs of a multi-paragraph quote', () => {
    const { html, text } = formatForClipboard({
      quote: 'One.\n\nTwo  three.',
      title: 'T',
      url: 'https://e.com/',
    });
    expect(html).toBe(
      '<blockquote cite="https://e.com/"><p>One.</p><p>Two three.</p><footer>— <cite><a href="https://e.com/">T</a></cite></footer></blockquote>',
    );
    expect(text).toBe('“One.\n\nTwo three.”\n— T\nhttps://e.com/');
  });

  it('never links a non-http URL', () => {
    const { html } = formatForClipboard({ quote: 'q', title: 'T', url: 'javascript:alert(1)' });
    expect(html).toBe('<blockquote><p>q</p><footer>— <cite>T</cite></footer></blockquote>');
  });

  it('without a quote: the title and the link', () => {
    expect(formatForClipboard({ title: 'A <b> title', url: 'https://e.com/?fbclid=1' })).toEqual({
      text: 'A <b> title\nhttps://e.com/',
      html: '<a href="https://e.com/">A &lt;b&gt; title</a>',
    });
  });

  it('deep-links to the quote when given the page text', () => {
    const { html } = formatForClipboard(
      { quote: 'beta gamma', title: 'T', url: 'https://e.com/' },
      { pageText: 'Alpha beta gamma.' },
    );
    expect(html).toContain('href="https://e.com/#:~:text=beta%20gamma"');
  });

  it('does not repeat a site name equal to the title', () => {
    expect(
      formatForClipboard({ quote: 'q', title: 'Example', siteName: 'Example', url: 'https://e.com/' }).text,
    ).toBe('“q”\n— Example\nhttps://e.com/');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
