/**
 * Chinese speakers after a role noun and a place ("…村村民陈福香说", "编剧张晓阳介绍说"): the role nouns and
 * the compound verbs of `lang/zh.ts`. Each row: [pattern, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

const rows: [string, string, string, string][] = [
  [
    'place + 村民 + name + 说',
    '“每天早上都有很多人来买我的菜。”南山县北河村村民李秀英说。',
    '每天早上都有很多人来买我的菜。',
    '李秀英',
  ],
  [
    '居民 + name + 表示',
    '“现在看病方便多了，不用再排长队。”城东社区居民王小明表示。',
    '现在看病方便多了，不用再排长队。',
    '王小明',
  ],
  [
    '编剧 + name + 介绍说',
    '“这部戏我们一共改了二十多遍才定稿。”编剧赵文华介绍说，剧组还会继续修改。',
    '这部戏我们一共改了二十多遍才定稿。',
    '赵文华',
  ],
  [
    '老师 + name + 解释说',
    '“孩子们最喜欢的是户外的科学课。”老师刘海燕解释说。',
    '孩子们最喜欢的是户外的科学课。',
    '刘海燕',
  ],
];

describe('Chinese role nouns before a name', () => {
  it.each(rows)('%s', (_pattern, text, quote, speaker) => {
    expect(speakers(suggest(article(text, 'zh')))).toEqual([[quote, speaker, undefined]]);
  });
});
