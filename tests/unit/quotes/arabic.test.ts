/**
 * Arabic (`lang/ar.ts`): interviews that print each question and its answer in one paragraph, the answer set
 * off by a dash after the question mark ("*…؟-…"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

const INTRO = 'التقينا الكاتب في مكتبه بالعاصمة وتحدثنا معه عن الوضع في البلاد وعن كتابه الجديد.';
const A1 = 'الناس خرجوا إلى الشوارع للمطالبة بحقوقهم منذ أسابيع طويلة';
const A2 = 'لا أحد يعرف الجواب اليوم، لكن الأمل ما زال قائما عند الشباب';
const QA1 = `*ما الذي يحدث في المدينة هذه الأيام؟-${A1}.`;
const QA2 = `*وإلى أين تتجه الأمور في رأيك؟ – ${A2}.`;

const quoted = (text: string, lang: string | null): string[] =>
  directQuotes(suggest(article(text, lang)))
    .map((candidate) => candidate.text)
    .sort();

describe('Arabic interviews, each answer after its question and a dash', () => {
  it('reads every answer as the interviewee’s words, with or without spaces around the dash', () => {
    expect(quoted(`${INTRO}\n\n${QA1}\n\n${QA2}`, 'ar')).toEqual([`${A1}.`, `${A2}.`].sort());
  });

  it('a regional tag (ar-TN) is read as Arabic', () => {
    expect(quoted(`${INTRO}\n\n${QA1}\n\n${QA2}`, 'ar-TN')).toEqual([`${A1}.`, `${A2}.`].sort());
  });

  it('one question followed by a dash is no interview', () => {
    expect(quoted(`${INTRO}\n\n${QA1}`, 'ar')).toEqual([]);
  });

  it('a footnote opening with an asterisk stays a footnote', () => {
    const note = '*أجري هذا الاستطلاع عبر الهاتف على عينة من ألف شخص في شهر مارس الماضي.';
    const result = suggest(article(`${INTRO}\n\n${note}`, 'ar'));
    expect(result.map((candidate) => candidate.text)).not.toContain(note);
  });

  it('in English, where a dash is punctuation, a question and a dash are not an interview', () => {
    const text =
      'The council met on Monday to discuss the market.\n\n' +
      'Why did the council close the market? - The roof was leaking badly after the storm last week.\n\n' +
      'What happens next for the traders? - They will move to a temporary hall near the station.';
    expect(quoted(text, 'en')).toEqual([]);
  });
});
