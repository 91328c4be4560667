/**
 * Constructions where a rule read off one kind of page would give a wrong name on another: each must name
 * nobody. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

const said = (text: string, lang: string): [string, string | undefined][] =>
  speakers(suggest(article(text, lang))).map(([quote, speaker]) => [quote, speaker]);

describe('no wrong name', () => {
  it.each([
    [
      'en: a body that just spoke in its own paragraph stands between "he" and the person before it',
      'en',
      'Mayor Tom Reyes announced the sale of the city bus depot on Monday.\n\nThe drivers’ union, Transit Workers United, condemned the sale in a statement.\n\n"This is a disaster for our members and their families," he said.',
      'This is a disaster for our members and their families',
    ],
    [
      'en: a single word after ", said" in the reporter’s sentence is no person "he" can be',
      'en',
      'The outlook for copper is bleak, said Halvorsen. Energy prices rose sharply in May.\n\n"Prices will keep rising through the whole summer," he said.',
      'Prices will keep rising through the whole summer',
    ],
    [
      'es: "Añadió:" after a sentence whose subject is a role is not the person named before',
      'es',
      'Luis Roy criticó la medida el lunes en el Parlamento.\n\nLa ministra, sin embargo, la defendió ante la prensa. Añadió: «Vamos a defender esta medida hasta el final».',
      'Vamos a defender esta medida hasta el final',
    ],
  ])('%s', (_case, lang, text, quotation) => {
    expect(said(text, lang)).toEqual([[quotation, undefined]]);
  });
});
