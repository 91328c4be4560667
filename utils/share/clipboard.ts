/** A quote for the clipboard: plain text for plain editors, HTML for rich ones (mail, docs, CMS). */
import { escapeHtml } from '../escape-html';
import { textParagraphs } from '../paragraphs';
import { cleanUrl } from './clean-url';
import { attributionOf, normalizeQuote, type ShareOptions, type SharePost } from './compose';
import { singleLine } from './fit-text';
import { textFragmentUrl } from './text-fragment';

export interface ClipboardContent {
  text: string;
  html: string;
}

/** Paragraphs of the quote: blank lines separate them, other whitespace is one space. */
function paragraphs(quote: string): string[] {
  return textParagraphs(quote)
    .map((paragraph) => normalizeQuote(paragraph))
    .filter((paragraph) => paragraph !== '');
}

/**
 * The quote with its source, as `{ text, html }` for `navigator.clipboard.write`:
 *
 *     “Quote.”
 *     — Speaker, Title, Site
 *     https://…
 *
 * and `<blockquote cite><p>…</p><footer>— Speaker, <cite><a href>Title</a></cite>, Site</footer></blockquote>`
 * (`<cite>` holds the work's title, as HTML defines it, not the person). Without a quote: the title and link.
 * Only an http(s) link becomes an `href`; with `options.pageText` it scrolls to the quote.
 */
export function formatForClipboard(
  post: SharePost,
  options: Pick<ShareOptions, 'pageText' | 'quoteContext'> = {},
): ClipboardContent {
  const quote = paragraphs(post.quote ?? '');
  const title = singleLine(post.title);
  const site = singleLine(post.siteName ?? '');
  const speaker = singleLine(post.speaker ?? '') === '' ? '' : attributionOf({ ...post, siteName: '' });
  const url =
    quote.length > 0 && options.pageText !== undefined
      ? textFragmentUrl(post.url, quote.join('\n\n'), options.pageText, options.quoteContext)
      : cleanUrl(post.url);
  const linkable = /^https?:\/\//i.test(url);

  const titleHtml = linkable ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` : escapeHtml(title);
  if (quote.length === 0) {
    return {
      text: [title, url].filter((line) => line !== '').join('\n'),
      html: title === '' && linkable ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : titleHtml,
    };
  }

  const sources = [speaker, title, site === title ? '' : site];
  const sourceText = sources.filter((part) => part !== '').join(', ');
  const sourceHtml = [
    escapeHtml(speaker),
    title === '' ? '' : `<cite>${titleHtml}</cite>`,
    site === title ? '' : escapeHtml(site),
  ]
    .filter((part) => part !== '')
    .join(', ');
  const quoteText = `“${quote.join('\n\n')}”`;
  const text = [quoteText, sourceText === '' ? '' : `— ${sourceText}`, url]
    .filter((line) => line !== '')
    .join('\n');
  const cite = linkable ? ` cite="${escapeHtml(url)}"` : '';
  const body = quote.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
  const footer = sourceHtml === '' ? '' : `<footer>— ${sourceHtml}</footer>`;
  return { text, html: `<blockquote${cite}>${body}${footer}</blockquote>` };
}
