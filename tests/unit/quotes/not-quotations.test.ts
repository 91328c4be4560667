/**
 * Quoted text that is nobody's words: a motto or a question after a noun of mention, also inside a compound
 * ("Vereinsmotto"); a name or a title right after the noun it names ("die Kommission „…“", "her book “…”");
 * a list of quoted terms; a single katakana word. Next to each, a quotation of the same shape that must
 * survive. Every sentence is written for this test. Rows: [kind, lang, text, quotation, is it a direct
 * quotation?].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, boolean];

const rows: Row[] = [
  [
    'de: a motto after a compound ending in a noun of mention',
    'de',
    'Der Verein arbeitet seit Jahren nach seinem Vereinsmotto „Gemeinsam bauen wir die Brücke für alle“.',
    'Gemeinsam bauen wir die Brücke für alle',
    false,
  ],
  [
    'de: a question one asks oneself after "Frage"',
    'de',
    'Vor jeder großen Entscheidung hilft die Frage „Was wäre das Beste, das heute geschehen kann?“ oft weiter.',
    'Was wäre das Beste, das heute geschehen kann?',
    false,
  ],
  [
    'de: an answer to a question, said by someone, survives',
    'de',
    'Auf die Frage nach dem Termin sagte Jana Roth: „Wir eröffnen die neue Brücke im Herbst.“',
    'Wir eröffnen die neue Brücke im Herbst.',
    true,
  ],
  [
    'de: the name of a body right after its noun (a compound)',
    'de',
    'Die Professorin leitet die Landes-Kommission „Sichere Wege für alle Kinder im Land“ seit dem Frühjahr.',
    'Sichere Wege für alle Kinder im Land',
    false,
  ],
  [
    'de: a talk title right after its noun, alone on a line',
    'de',
    'Das Programm beginnt um zehn Uhr.\n\nVortrag „Wohin geht die Stadt, wenn alle fortziehen?“\n\nEva Roth, Stadtplanerin.',
    'Wohin geht die Stadt, wenn alle fortziehen?',
    false,
  ],
  [
    'en: a sentence-case book title right after "book"',
    'en',
    'She signed copies of her new book “A guide to keeping bees in the city” after the reading.',
    'A guide to keeping bees in the city',
    false,
  ],
  [
    'en: lower-case words after a name noun are no title and stay',
    'en',
    'Fans still argue over his plan to rebuild every film “the way it was always meant to be seen.”',
    'the way it was always meant to be seen.',
    true,
  ],
  [
    'fr: a campaign name right after "campagne"',
    'fr',
    'Elle présente la campagne « Des vélos pour tous les enfants du quartier » au conseil municipal.',
    'Des vélos pour tous les enfants du quartier',
    false,
  ],
  [
    'ja: three quoted terms in a row are a list',
    'ja',
    '新しいアプリは「家計簿の自動作成と共有」「レシートの読み取りと保存」「毎月の予算管理と通知機能」に対応する。',
    'レシートの読み取りと保存',
    false,
  ],
  [
    'ja: two quoted terms joined by a list separator are a list',
    'ja',
    '新しいアプリは「毎月の予算管理と通知機能」、「レシートの読み取りと保存」に対応する。',
    '毎月の予算管理と通知機能',
    false,
  ],
  [
    'ja: two lines of dialogue in a row stay quotations',
    'ja',
    '駅で別れるとき、「明日は必ず迎えに行きますから。」「ずっと待っているからね。」と二人は言い合った。',
    '明日は必ず迎えに行きますから。',
    true,
  ],
  [
    'ja: one katakana word is a name, not a quotation',
    'ja',
    'ロック画面から開ける「スマートジェスチャーパッド」で、アプリをすぐに探せる。',
    'スマートジェスチャーパッド',
    false,
  ],
  [
    'ja: a quotation in kana and kanji survives',
    'ja',
    '「この町に帰ってきて本当によかったと思う」と田中さんは話した。',
    'この町に帰ってきて本当によかったと思う',
    true,
  ],
];

describe('quoted text that is nobody’s words', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, direct) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).some(
      (candidate) => candidate.text === quotation,
    );
    expect(found).toBe(direct);
  });
});
