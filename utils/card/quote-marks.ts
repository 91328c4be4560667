/**
 * The quotation marks a card draws around (or above) a quote, by the quote's language.
 * - Japanese: 「」 (kagikakko), the everyday quotation mark.
 * - Chinese: traditional writing (zh-Hant, and zh-TW / zh-HK / zh-MO without a script subtag) uses 「」;
 *   simplified (zh-Hans, zh-CN, zh-SG, and a bare `zh`, which is simplified far more often on the web)
 *   uses “ ”, as the PRC national standard GB/T 15834 prescribes.
 * - Everything else keeps the curly marks the card drew before, Arabic and Hebrew included; their
 *   direction comes from the quote's `dir` (draw.ts hangs the mark on the right of an RTL card).
 */

export interface QuoteMarks {
  readonly open: string;
  readonly close: string;
}

const CURLY: QuoteMarks = { open: '“', close: '”' };
const CORNER: QuoteMarks = { open: '「', close: '」' };

export function quoteMarks(lang: string | undefined): QuoteMarks {
  const tags = (lang ?? '').toLowerCase().replace(/_/g, '-').split('-');
  const [language, ...rest] = tags;
  if (language === 'ja') return CORNER;
  if (language === 'zh') {
    if (rest.includes('hant')) return CORNER;
    if (rest.includes('hans')) return CURLY;
    if (rest.some((tag) => tag === 'tw' || tag === 'hk' || tag === 'mo')) return CORNER;
  }
  return CURLY;
}

/** Corner brackets are full-width glyphs: the card draws its hanging mark smaller for them. */
export function isCornerBracket(marks: QuoteMarks): boolean {
  return marks.open === CORNER.open;
}
