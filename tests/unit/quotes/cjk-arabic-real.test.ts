/**
 * Chinese, Japanese and Arabic as news pages print them (kinds found in published text; every sentence here is
 * our own): a Latin name or an undotted foreign name in a Chinese clause, the subject before what it did
 * ("在接受采访时", "当天就"), the listener after the verb ("告诉记者"), a Japanese honorific after any name, the
 * topic set off by a comma, the quotation that opens its sentence, and a paragraph mentioning an acronym that is
 * no shouted standfirst. Each row: [kind, text, quotation, speaker]; `undefined` as the speaker means "nobody".
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

const ZH_INTRO = '这座城市的老码头上周完成改造，周末开始向市民开放。';
const ZH = '我们希望更多年轻人愿意回到这里生活';
const JA_INTRO = '市は月曜日、改修工事のため中央市場を閉鎖した。店主たちは夏までの再開を求めている。';
const JA = '新しい市場は五月に開きます';

function only(text: string, lang: string): [string, string | undefined][] {
  return speakers(suggest(article(text, lang))).map(([quote, who]) => [quote, who]);
}

describe('Chinese clauses as news pages write them', () => {
  it.each<Row>([
    [
      'a Latin name after a role written in the script',
      `${ZH_INTRO}\n\n“${ZH}，”港务集团首席运营官Laura Finch表示。`,
      ZH,
      'Laura Finch',
    ],
    ['a Latin name right after the quotation', `${ZH_INTRO}\n\n“${ZH}，”Finch说。`, ZH, 'Finch'],
    ['a Latin name set off by spaces', `${ZH_INTRO}\n\n“${ZH}，”Finch 说。`, ZH, 'Finch'],
    ['a foreign name written without a middle dot', `${ZH_INTRO}\n\n“${ZH}，”卡列宁说。`, ZH, '卡列宁'],
    ['a common noun after the quotation is no name', `${ZH_INTRO}\n\n“${ZH}，”有人说。`, ZH, undefined],
    ['a plural noun after the quotation is no name', `${ZH_INTRO}\n\n“${ZH}，”居民们说。`, ZH, undefined],
    [
      'the subject before "在…时"',
      `${ZH_INTRO}\n\n港务集团总经理周明远在接受采访时表示：“${ZH}。”`,
      `${ZH}。`,
      '周明远',
    ],
    [
      'the subject before a time word and "就"',
      `${ZH_INTRO}\n\n市长刘建国当天就此事表示：“${ZH}。”`,
      `${ZH}。`,
      '刘建国',
    ],
    [
      'the listener after the verb, "告诉记者"',
      `${ZH_INTRO}\n\n“${ZH}。”负责人陈小兰告诉记者。`,
      `${ZH}。`,
      '陈小兰',
    ],
    ['a comma after the closing mark', `${ZH_INTRO}\n\n“${ZH}”，规划师王立群这样评价。`, ZH, '王立群'],
    [
      'a time word and its comma after the quotation',
      `${ZH_INTRO}\n\n“${ZH}。”日前，区委书记孙海燕说道。`,
      `${ZH}。`,
      '孙海燕',
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(only(text, 'zh').filter(([said]) => said === quote)).toEqual([[quote, speaker]]);
  });

  it('an adverb before a frame is no name ("曾经在…时说")', () => {
    const text = `${ZH_INTRO}\n\n这位建筑师，码头的设计者，曾经在接受采访时说：“${ZH}。”`;
    expect(only(text, 'zh')).toEqual([[`${ZH}。`, undefined]]);
  });

  it('a paragraph that mentions an acronym is no shouted standfirst', () => {
    const text = `港务集团CEO在发布会上介绍了新码头，并表示：“${ZH}。”`;
    expect(only(text, 'zh').map(([quote]) => quote)).toEqual([`${ZH}。`]);
  });
});

describe('Japanese subjects as news pages write them', () => {
  it.each<Row>([
    ['any family name with an honorific', `${JA_INTRO}\n\n宇佐美氏は「${JA}」と語った。`, JA, '宇佐美'],
    ['a name in hiragana with an honorific', `${JA_INTRO}\n\nみなみ氏は「${JA}」と話した。`, JA, 'みなみ'],
    [
      'a Latin name with an honorific after a role',
      `${JA_INTRO}\n\n設計を担当したMaria Lopez氏は「${JA}」と述べた。`,
      JA,
      'Maria Lopez',
    ],
    ['the topic set off by a comma', `${JA_INTRO}\n\n宇佐美氏は、「${JA}」と話した。`, JA, '宇佐美'],
    [
      'the continuative form of the verb',
      `${JA_INTRO}\n\n宇佐美氏は「${JA}」と語り、店主たちに協力を求めた。`,
      JA,
      '宇佐美',
    ],
    [
      'the verb with its object after the particle',
      `${JA_INTRO}\n\n宇佐美氏は「${JA}」と手応えを強調した。`,
      JA,
      '宇佐美',
    ],
    ['a report ending on the noun of the verb', `${JA_INTRO}\n\n宇佐美氏は「${JA}」と強調。`, JA, '宇佐美'],
    [
      'the quotation opening its sentence is the person in view',
      `${JA_INTRO}\n\n宇佐美氏は市場の組合で長く理事を務めてきた。「${JA}」と話した。`,
      JA,
      '宇佐美',
    ],
    [
      '"同氏" is the person just named',
      `${JA_INTRO}\n\n組合の理事を務める宇佐美氏が会見を開いた。同氏は「${JA}」と述べた。`,
      JA,
      '宇佐美',
    ],
    [
      'a word for both with an honorific is no name',
      `${JA_INTRO}\n\n両氏は「${JA}」と述べた。`,
      JA,
      undefined,
    ],
    [
      'a subject that names nobody keeps the quotation from a neighbour',
      `${JA_INTRO}\n\n宇佐美氏は「開業は遅れない」と語った。組合も「${JA}」と述べた。`,
      JA,
      undefined,
    ],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(only(text, 'ja').filter(([said]) => said === quote)).toEqual([[quote, speaker]]);
  });
});

describe('Arabic speakers after the speech verb', () => {
  const AR_INTRO = 'افتتحت البلدية السوق المركزي الجديد صباح اليوم بعد أشهر من أعمال الترميم.';
  const AR = 'نريد أن يعود التجار إلى السوق قبل نهاية الصيف';
  it.each<Row>([
    ['a name right after the verb', `${AR_INTRO}\n\nوقال سامي الخطيب: "${AR}".`, AR, 'سامي الخطيب'],
    [
      'an honorific and a role in apposition',
      `${AR_INTRO}\n\nوقال الدكتور سامي الخطيب، رئيس لجنة السوق: "${AR}".`,
      AR,
      'سامي الخطيب',
    ],
    [
      'a role with its complement before the name',
      `${AR_INTRO}\n\nوقال رئيس البلدية سامي الخطيب: "${AR}".`,
      AR,
      'سامي الخطيب',
    ],
    [
      'the last word of the name refers back to it',
      `${AR_INTRO}\n\nوأكد الدكتور سامي الخطيب أن الأعمال انتهت.\n\nوقال الخطيب في مؤتمر صحفي: "${AR}".`,
      AR,
      'سامي الخطيب',
    ],
    [
      'a verb alone before the colon is the one who just spoke',
      `${AR_INTRO}\n\nوقال سامي الخطيب: "السوق أجمل مما كان قبل الترميم".\n\nوأضاف: "${AR}".`,
      AR,
      'سامي الخطيب',
    ],
    ['a role alone names nobody', `${AR_INTRO}\n\nوقال وزير التجارة في مؤتمر صحفي: "${AR}".`, AR, undefined],
    ['a source word names nobody', `${AR_INTRO}\n\nوقال مصدر في البلدية: "${AR}".`, AR, undefined],
  ])('%s', (_kind, text, quote, speaker) => {
    expect(only(text, 'ar').filter(([said]) => said === quote)).toEqual([[quote, speaker]]);
  });
});
