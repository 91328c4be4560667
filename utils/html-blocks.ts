/**
 * The tag lists every text walker shares: which elements start a block, and which never render as text.
 * Each walker adds its own exceptions next to its use (the deep-link page text counts table cells as
 * blocks; the article text skips figure captions and form controls).
 */

/** Elements whose content is never shown as text: scripts, styles, templates, no-script fallbacks. */
export const UNRENDERED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Elements that start a new block of text (HTML's flow/sectioning elements, and the few legacy ones pages
 * still use). Shared by the article text builder and the page-text model for deep links, so both cut a
 * page into the same blocks.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'FRAMESET',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
