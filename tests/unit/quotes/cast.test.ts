/**
 * The cast: who a quotation is from when the article names the person with a long apposition, calls them by
 * an epithet, a pronoun among several people, or speaks for an organisation through a spokesperson.
 * Each row: [pattern, lang, text, the quotation, its speaker (undefined: nobody)].
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

function check(rows: readonly Row[]): void {
  it.each(rows)('%s', (_pattern, lang, text, quote, speaker) => {
    const found = speakers(suggest(article(text, lang))).find(([candidate]) => candidate === quote);
    expect(found).toBeDefined();
    expect(found?.[1]).toBe(speaker);
  });
}

const EN = 'We found the old harbour wall under the car park';
const DE = 'Wir haben die alte Hafenmauer unter dem Parkplatz gefunden';
const FR = 'Nous avons trouvé le vieux mur du port sous le parking';

describe('a name after the quotation, a long apposition, then the verb', () => {
  check([
    [
      'en: “…,” Name, a doctoral student in … at the University of …, told …',
      'en',
      `The dig ended in May. “${EN},” Robin Berg, a doctoral student in Classical Archaeology and Ancient History at the University of Uppsala and head of the dig, told the Local.`,
      EN,
      'Robin Berg',
    ],
    [
      'de: „…“, Name, Doktorandin an der Universität …, sagte',
      'de',
      `Die Grabung endete im Mai. „${DE}“, Anna Keller, Doktorandin an der Universität Leipzig und Leiterin der Grabung, sagte der Zeitung.`,
      DE,
      'Anna Keller',
    ],
    [
      'fr: « … », Name, doctorante à l’université de …, a-t-elle expliqué',
      'fr',
      `Les fouilles ont pris fin en mai. « ${FR} », Claire Moulin, doctorante à l’université de Lyon et responsable du chantier, a-t-elle expliqué.`,
      FR,
      'Claire Moulin',
    ],
    [
      'en: an apposition that is no role is no clause of the quotation',
      'en',
      `The dig ended in May. “${EN},” Robin Berg, Tom Ek and Ola Lind, who dug all summer in the rain and the wind, said.`,
      EN,
      undefined,
    ],
  ]);
});

const EN2 = 'We will pass the bill before the summer recess';
const DE2 = 'Wir beschließen das Gesetz noch vor der Sommerpause';
const FR2 = 'Nous voterons la loi avant l’été';
const ES2 = 'Aprobaremos la ley antes del verano';

describe('an epithet bound to the cast by what the article said of the person', () => {
  check([
    [
      'en: a hyphenated title ("President-elect") makes its holder "the president-elect"',
      'en',
      `President-elect Anna Berg met Mr. Tom Ek on Monday.\n\n“${EN2},” the president-elect said.`,
      EN2,
      'Anna Berg',
    ],
    [
      'en: "the singer" is the one person whose role is of its kind (an actress)',
      'en',
      `The actress Emma Stone met Mr. Tom Ek, a banker, on Monday.\n\n“${EN2},” the singer said.`,
      EN2,
      'Emma Stone',
    ],
    [
      'en: "the singer" with an actress and an actor named: nobody',
      'en',
      `The actress Emma Stone met the actor Ryan Berg on Monday.\n\n“${EN2},” the singer said.`,
      EN2,
      undefined,
    ],
    [
      "en: the one person in view comes before the one of the epithet's kind named paragraphs before",
      'en',
      `The player Tom Ek left the club in May.\n\nThe fans cheered on Sunday.\n\nJon Berg, 24, scored twice.\n\n“${EN2},” the striker said.`,
      EN2,
      'Jon Berg',
    ],
    [
      'en: "the Democrat" is the one politician (a senator)',
      'en',
      `Senator Anna Berg met Mr. Tom Ek, a banker, on Monday.\n\n“${EN2},” the Democrat said.`,
      EN2,
      'Anna Berg',
    ],
    [
      'en: "the 36-year-old" is the one person the article gives that age',
      'en',
      `Ryan Berg, 36, met Tom Ek, 52, on Monday.\n\n“${EN2},” the 36-year-old said.`,
      EN2,
      'Ryan Berg',
    ],
    [
      'en: an age before a clause is not the age of the name after it',
      'en',
      `Police arrested a 19-year-old after Ryan Berg called them on Monday.\n\n“${EN2},” the 19-year-old said.`,
      EN2,
      undefined,
    ],
    [
      'en: "the 36-year-old" with the age before the name',
      'en',
      `The 36-year-old actor Ryan Berg met Mr. Tom Ek on Monday.\n\n“${EN2},” the 36-year-old said.`,
      EN2,
      'Ryan Berg',
    ],
    [
      'en: two people of that age: nobody',
      'en',
      `Ryan Berg, 36, met Tom Ek, 36, on Monday.\n\n“${EN2},” the 36-year-old said.`,
      EN2,
      undefined,
    ],
    [
      'en: the one person in view is of another age: nobody',
      'en',
      `Tom Ek, 52, met the press on Monday.\n\n“${EN2},” the 36-year-old said.`,
      EN2,
      undefined,
    ],
    [
      'de: "die Politikerin" is the one politician (a member of parliament)',
      'de',
      `Die Abgeordnete Anna Keller traf den Sprecher der Stadt, Tom Ek, am Montag.\n\n„${DE2}“, sagte die Politikerin.`,
      DE2,
      'Anna Keller',
    ],
    [
      'de: "die 36-Jährige" is the one person aged 36 (in brackets)',
      'de',
      `Anna Keller (36) traf Tom Ek (52) am Montag.\n\n„${DE2}“, sagte die 36-Jährige.`,
      DE2,
      'Anna Keller',
    ],
    [
      'de: "der 36-Jährige" is no woman of 36',
      'de',
      `Frau Anna Keller (36) traf Tom Ek (52) am Montag.\n\n„${DE2}“, sagte der 36-Jährige.`,
      DE2,
      undefined,
    ],
    [
      'fr: "la députée" is the one woman politician (a minister; the mayor is a man)',
      'fr',
      `La ministre Claire Moulin a rencontré M. Paul Girard, le maire, lundi.\n\n« ${FR2} », a déclaré la députée.`,
      FR2,
      'Claire Moulin',
    ],
    [
      'fr: "la ministre" of two ministers is the woman (the article tells the gender of a common noun)',
      'fr',
      `Mme Claire Moulin, ministre de la Culture, et M. Paul Girard, ministre de l’Intérieur, étaient présents.\n\n« ${FR2} », a déclaré la ministre.`,
      FR2,
      'Claire Moulin',
    ],
    [
      'es: "la cantante" is the one entertainer (an actress)',
      'es',
      `La actriz Ana Ruiz se reunió el lunes con Lucía Gil, portavoz del club.\n\n“${ES2}”, dijo la cantante.`,
      ES2,
      'Ana Ruiz',
    ],
  ]);
});

describe('gender from kinship nouns', () => {
  check([
    [
      'en: "her fiancé, Tom Ek" makes him a man, so "she" is the woman',
      'en',
      `Anna Berg posted a photo with her fiancé, Tom Ek, on Monday. Berg and Ek met in 2015.\n\n“We will marry in the spring, in the old church by the sea,” she wrote.`,
      'We will marry in the spring, in the old church by the sea',
      'Anna Berg',
    ],
  ]);
});

const EN3 = 'The wall is older than anyone thought it could be';

describe('a pronoun with several people in view', () => {
  check([
    [
      'en: the last sentence names one woman (and a man): "she" is her, not the other woman named before',
      'en',
      `Ms. Anna Berg, the mayor, met her deputy, Ms. Lena Ek, on Monday.\n\nOnce Berg reached the harbour, Mr. Tom Lind showed her the wall. “${EN3},” she said.`,
      EN3,
      'Anna Berg',
    ],
    [
      'en: the last sentence names both women: nobody',
      'en',
      `Ms. Anna Berg, the mayor, met her deputy, Ms. Lena Ek, on Monday.\n\nOnce Berg reached the harbour, Ek showed her the wall. “${EN3},” she said.`,
      EN3,
      undefined,
    ],
  ]);
});

const EN4 = 'We will reopen the plant in the spring';

describe('an unnamed spokesperson speaks for the body named with them', () => {
  check([
    [
      'en: “…,” a spokeswoman for Acme said.',
      'en',
      `Acme closed the plant in May. “${EN4},” a spokeswoman for Acme said.`,
      EN4,
      'Acme',
    ],
    [
      'en: “…,” an Acme spokesperson said.',
      'en',
      `Acme closed the plant in May. “${EN4},” an Acme spokesperson said.`,
      EN4,
      'Acme',
    ],
    [
      'en: "told the Herald" names the listener, not the speaker',
      'en',
      `Acme closed the plant in May. An Acme spokesperson told the Herald: “${EN4}.”`,
      `${EN4}.`,
      'Acme',
    ],
    [
      'en: "a Biden spokesperson" after the person named in full is not that person',
      'en',
      `Joe Biden did not attend the opening in May. “${EN4},” a Biden spokesperson said.`,
      EN4,
      undefined,
    ],
    [
      'en: a spokeswoman for a person named in full is not that person',
      'en',
      `Anna Lindqvist did not attend the opening in May. “${EN4},” a spokeswoman for Anna Lindqvist said.`,
      EN4,
      undefined,
    ],
    [
      'en: a spokesman for a person the article gives a role speaks for nobody named',
      'en',
      `Mayor Anna Lindqvist closed the plant in May. “${EN4},” a spokesman for Mayor Anna Lindqvist said.`,
      EN4,
      undefined,
    ],
    [
      'de: „…“, sagte ein Sprecher der Acme GmbH.',
      'de',
      'Die Acme GmbH schloss das Werk im Mai. „Wir öffnen das Werk im Frühjahr wieder“, sagte ein Sprecher der Acme GmbH.',
      'Wir öffnen das Werk im Frühjahr wieder',
      'Acme GmbH',
    ],
    [
      'fr: « … », a indiqué un porte-parole d’Acme.',
      'fr',
      'Acme a fermé l’usine en mai. « Nous rouvrirons l’usine au printemps », a indiqué un porte-parole d’Acme.',
      'Nous rouvrirons l’usine au printemps',
      'Acme',
    ],
    [
      'es: “…”, dijo un portavoz de Acme.',
      'es',
      'Acme cerró la planta en mayo. “Reabriremos la planta en primavera”, dijo un portavoz de Acme.',
      'Reabriremos la planta en primavera',
      'Acme',
    ],
  ]);
});

describe('an organisation that says something', () => {
  check([
    [
      'en: a name in apposition to "a research firm" is a body: "it said" is its',
      'en',
      'Blue Kestrel, a research firm, expects prices to fall. “Demand will keep falling all year,” it said.',
      'Demand will keep falling all year',
      'Blue Kestrel',
    ],
    [
      'es: "Alfa Obras, la constructora," is the body "la empresa" stands for',
      'es',
      'Alfa Obras, la constructora, cerró la planta en mayo. “Reabriremos la planta en primavera”, señaló la empresa.',
      'Reabriremos la planta en primavera',
      'Alfa Obras',
    ],
    [
      'de: „…“, teilte das Unternehmen mit. (a verb in two around its subject)',
      'de',
      'Die Acme GmbH schloss das Werk im Mai. „Wir öffnen das Werk im Frühjahr wieder“, teilte das Unternehmen mit.',
      'Wir öffnen das Werk im Frühjahr wieder',
      'Acme GmbH',
    ],
  ]);
});
