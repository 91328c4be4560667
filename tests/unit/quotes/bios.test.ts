/**
 * Sentences that say who a person or a body is, as an author's box, a bio or an "about us" does
 * (`describesWho` in utils/quotes/furniture.ts and the `affiliations`/`founding*` furniture data of
 * utils/quotes/lang/*.ts): never offered as standalone sentences, in several languages. Next to them,
 * sentences of the same shape that make a claim stay. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { article, suggest } from './helpers';

const BODY: Record<string, string> = {
  de: 'Die Stadt baut eine neue Brücke über den Fluss, die 40 Millionen Euro kosten wird.',
  en: 'The city is building a new bridge over the river that will cost 40 million dollars.',
  fr: 'La ville construit un nouveau pont sur la rivière qui coûtera 40 millions d’euros.',
  es: 'La ciudad construye un nuevo puente sobre el río que costará 40 millones de euros.',
};

function texts(text: string, lang: string): string[] {
  return suggest(article(text, lang)).map((candidate) => candidate.text);
}

describe('who a person or a body is: never a standalone sentence', () => {
  it.each([
    [
      'de',
      'a person, a copula, a noun and where they work',
      'Dr. Anna Berg ist Dozentin an der Hochschule für Technik in Neustadt und leitet dort das Labor.',
    ],
    [
      'en',
      'a person, a copula, a role and where they work',
      'Tom Berg is a senior lecturer at Riverton University and grows apples in his spare time.',
    ],
    [
      'es',
      'a person, a copula, a role and where they work',
      'Ana Ruiz es una profesora en la Universidad de Sevilla y dirige un grupo de cien personas.',
    ],
    [
      'de',
      'a name and a role, nothing else',
      'Prof. Dr. Klara Weiß, Bevollmächtigte des Landesverbands bei der Stadt Neustadt.',
    ],
    [
      'en',
      'a name and a role, nothing else',
      'Anna Lindqvist, chair of the Riverton Farmers Cooperative since the spring of 2019.',
    ],
    [
      'en',
      'a body’s founding',
      'The Berg Family Foundation was set up by Tom Berg in 1998 to fund rural libraries.',
    ],
    [
      'de',
      'a body’s founding, the participle last',
      'Die Neustädter Bürgerstiftung wurde 2004 von zwölf Familien aus der Stadt gegründet.',
    ],
    [
      'fr',
      'a body’s founding',
      'La Fondation Berg a été créée en 1998 pour soutenir les bibliothèques rurales du pays.',
    ],
    [
      'de',
      'what a bio says a person does',
      'Anna Berg lebt und arbeitet in Hamburg und sammelt seit zehn Jahren alte Stadtpläne.',
    ],
    [
      'en',
      'what a bio says a person does',
      'Tom Berg works as a nurse in Riverton and spends his weekends restoring old boats.',
    ],
    [
      'fr',
      'what a bio says a person does',
      'Claire Moulin vit à Lyon avec sa famille et enseigne l’histoire dans un lycée du quartier.',
    ],
    [
      'en',
      'what a body is',
      'The Riverton Historical Society is a volunteer group that runs the town museum and archive.',
    ],
  ])('%s: %s', (lang, _kind, line) => {
    const body = BODY[lang] ?? '';
    expect(texts(`${body}\n\n${line}`, lang)).toEqual([body]);
  });
});

describe('an author’s box closing the article', () => {
  it('en: the sentences after its opening bio go with it', () => {
    const box =
      'Tom Berg is a senior lecturer at Riverton University. He has written four books about the river valley and its 300 farms.';
    expect(texts(`${BODY.en}\n\n${box}`, 'en')).toEqual([BODY.en]);
  });
});

describe('sentences of the same shape that make a claim stay', () => {
  it.each([
    ['en', 'negated', 'Tom Berg is not a professor at Riverton University, whatever his website says.'],
    [
      'en',
      'a copula before a verb',
      'Anna Berg was speaking at the Riverton town hall when the lights went out across the city.',
    ],
    [
      'en',
      'a date before the comma',
      'In January, the council voted to close the old bridge for repairs until the summer.',
    ],
    [
      'de',
      'no affiliation',
      'Najla Berg ist die erste Bürgermeisterin in der Geschichte der Stadt Neustadt seit 1850.',
    ],
  ])('%s: %s', (lang, _kind, line) => {
    const body = BODY[lang] ?? '';
    expect(texts(`${body}\n\n${line}`, lang)).toContain(line);
  });
});
