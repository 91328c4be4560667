/**
 * Japanese (`lang/ja.ts`): quotations in 「」 attributed with the quotative particle と and a speech verb, the
 * speaker as the topic before the quotation or the subject after it, honorifics and titles after the name
 * kept out of it, katakana foreign names, no spaces between words. Each row: [kind, text, quotation, speaker];
 * `undefined` as the speaker means "nobody": a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

/** Enough Japanese for the text to read as it. */
const INTRO = '市は月曜日、改修工事のため中央市場を閉鎖した。店主たちは夏までの再開を求めている。';
const Q = '新しい市場は五月に開きます';

type Row = [string, string, string | undefined];

describe('Japanese attribution', () => {
  it.each<Row>([
    ['the topic before the quotation, "X氏は「…」と述べた"', `田中氏は「${Q}」と述べた。`, '田中'],
    ['a title after the name, "X市長は「…」と語った"', `山本市長は「${Q}」と語った。`, '山本'],
    [
      'the subject after the quotation, "「…」とX氏は説明した"',
      `「${Q}」と田中太郎氏は説明した。`,
      '田中太郎',
    ],
    ['a role joined by の before the name', `社長の鈴木一郎氏は「${Q}」と強調した。`, '鈴木一郎'],
    ['a three-character family name', `佐々木健太は「${Q}」と話した。`, '佐々木健太'],
    ['a three-character given name', `「${Q}」と高橋健太郎氏は明かした。`, '高橋健太郎'],
    ['a katakana name with middle dots', `ジョン・スミスは「${Q}」と話している。`, 'ジョン・スミス'],
    ['a katakana surname with an honorific', `「${Q}」とスミス氏は語った。`, 'スミス'],
    ['a katakana word with no honorific is no name', `デザイナーは「${Q}」と話す。`, undefined],
    ['a verb with no subject names nobody', `「${Q}」と述べた。`, undefined],
    ['a family name alone with no honorific is no name', `田中は「${Q}」と述べた。`, undefined],
  ])('%s', (_kind, body, speaker) => {
    const result = speakers(suggest(article(`${INTRO}\n\n${body}`, 'ja')));
    expect(result.map(([quote, who]) => [quote, who])).toEqual([[Q, speaker]]);
  });

  it('a katakana surname points back to the full name given earlier', () => {
    const text = `${INTRO}ジョン・スミスは市場の設計を担当した。\n\n市場についてスミスは「${Q}」と話す。`;
    expect(speakers(suggest(article(text, 'ja'))).map(([quote, who]) => [quote, who])).toEqual([
      [Q, 'ジョン・スミス'],
    ]);
  });

  it('a text with kana is read as Japanese, not Chinese, when the page declares no language', () => {
    const text = `${INTRO}\n\n「${Q}」と田中太郎氏は説明した。`;
    expect(speakers(suggest(article(text, null))).map(([quote, who]) => [quote, who])).toEqual([
      [Q, '田中太郎'],
    ]);
  });
});
