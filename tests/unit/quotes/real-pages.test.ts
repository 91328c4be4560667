/**
 * Issue 14: the ways pull-quotes failed on real news pages, one table row per failure kind, each with the
 * smallest text that shows it. The sentences are written for these tests (none is taken from the corpus).
 */
import { describe, expect, it } from 'vitest';
import type { QuoteCandidate } from '../../../utils/quotes';
import { article, directQuotes, suggest } from './helpers';

/** The direct candidate whose text contains `quote`. */
function directWith(result: QuoteCandidate[], quote: string): QuoteCandidate | undefined {
  return directQuotes(result).find((candidate) => candidate.text.includes(quote));
}

type Row = [string, string, string, string, string | undefined];

describe('quote spans that survive real typography', () => {
  it.each<Row>([
    // [case, lang, text, part of the quotation, speaker]
    [
      'a continuation after the attribution that starts in lower case',
      'en',
      'Lena Ortiz coaches the junior team. “I pinned him to the mat,” Ortiz recalls, “and held him there until the bell rang.”',
      'and held him there until the bell rang',
      'Lena Ortiz',
    ],
    [
      'a curly opening mark closed by a straight one',
      'en',
      '“The bridge will reopen before the spring thaw," said Omar Haddad.',
      'The bridge will reopen before the spring thaw',
      'Omar Haddad',
    ],
    [
      'a straight opening mark closed by a curly one',
      'en',
      '"The bridge will reopen before the spring thaw,” said Omar Haddad.',
      'The bridge will reopen before the spring thaw',
      'Omar Haddad',
    ],
    [
      'a backwards closing mark',
      'en',
      '“The bridge will reopen before the spring thaw,“ said Omar Haddad.',
      'The bridge will reopen before the spring thaw',
      'Omar Haddad',
    ],
    [
      'no space between the colon or comma and the mark',
      'en',
      'Omar Haddad writes,"The bridge will reopen before the spring thaw."',
      'The bridge will reopen before the spring thaw.',
      'Omar Haddad',
    ],
    [
      'Swedish-style marks',
      'en',
      '”The bridge will reopen before the spring thaw,” said Omar Haddad.',
      'The bridge will reopen before the spring thaw',
      'Omar Haddad',
    ],
    [
      'a quotation nested in another, with a space after the outer mark',
      'en',
      `" 'We are not leaving this valley,' the elder told us," said Omar Haddad.`,
      'We are not leaving this valley',
      'Omar Haddad',
    ],
    [
      'a quotation over two paragraphs, the first left open',
      'en',
      '“The water came in the night.\n\n“By morning the school was gone,” said Omar Haddad.',
      'The water came in the night.',
      'Omar Haddad',
    ],
  ])('%s', (_case, lang, text, quote, speaker) => {
    const found = directWith(suggest(article(text, lang)), quote);
    expect(found).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});

describe('names: the person, not the words around them', () => {
  it.each<Row>([
    [
      'a speech verb opening the sentence',
      'en',
      'Replied Tomas Berg: “We trained for this all winter long.”',
      'We trained',
      'Tomas Berg',
    ],
    [
      'an organisation glued to the role before the name',
      'en',
      '“We will not trade our best player this season,” says Falcons GM Ruth Adler.',
      'We will not trade',
      'Ruth Adler',
    ],
    [
      'a title, a middle initial and a state after the name',
      'en',
      '“The budget is a moral document, not a ledger,” said Rep. Anna K. Moreau, Vt.',
      'The budget is a moral document',
      'Anna K. Moreau',
    ],
    [
      'a capitalised word that is not a person ("Two … donors")',
      'en',
      '“We gave because we believe in the whole plan,” Two Moreau donors said.',
      'We gave because',
      undefined,
    ],
    [
      'a capitalised preposition opening the sentence (French "Depuis")',
      'fr',
      'Depuis Bruxelles, le ministre a répété : « Nous ne céderons rien sur ce dossier. »',
      'Nous ne céderons rien',
      undefined,
    ],
    [
      'an organisation named near the quotation, a person speaking',
      'en',
      'Karl Brandt leads the opposition. A poll by the Vox Institute put his party ahead. “Our credibility abroad has been badly damaged,” he said.',
      'Our credibility abroad',
      'Karl Brandt',
    ],
    [
      'an online handle',
      'en',
      'Another buyer, sunny2049, tested the batch herself. “It is the cleanest sample I have ever bought,” sunny2049 wrote.',
      'cleanest sample',
      'sunny2049',
    ],
  ])('%s', (_case, lang, text, quote, speaker) => {
    const found = directWith(suggest(article(text, lang)), quote);
    expect(found).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});

describe('which person: the one the sentence is about, or nobody', () => {
  it.each<Row>([
    [
      'the subject of the clause, not the nearest name',
      'en',
      'Mr. Dalton said he would consider Mr. Reyes for the post but added, “I want someone who knows the port.”',
      'I want someone',
      'Dalton',
    ],
    [
      'a father and a son: the son called by his given name',
      'en',
      'Walter Keane founded the club in 1971. His son, Daniel Keane, runs it now. “We still open at six every morning,” Daniel said.',
      'We still open',
      'Daniel Keane',
    ],
    [
      'a father and a son: the surname is the one not called by his given name',
      'en',
      'Walter Keane and Daniel Keane run the club. “We still open at six every morning,” says Daniel. “Nothing has changed here in fifty years,” says Keane.',
      'Nothing has changed',
      'Walter Keane',
    ],
    [
      'a father and a son: the surname alone, and nothing tells which',
      'en',
      'Walter Keane founded the club in 1971. His son, Daniel Keane, runs it now. “We still open at six every morning,” Keane said.',
      'We still open',
      undefined,
    ],
    [
      'a role noun when one person has that role',
      'en',
      'The coach, Marta Silva, spoke after the match. “We lost the game in the first ten minutes,” the coach said.',
      'We lost the game',
      'Marta Silva',
    ],
    [
      'a role noun when two people have it',
      'en',
      'The coach, Marta Silva, met the other coach, Ivo Dukic. “We lost the game in the first ten minutes,” the coach said.',
      'We lost the game',
      undefined,
    ],
    [
      'a pronoun whose person was named a paragraph back',
      'en',
      'Ines Moreau has run the shelter since 2009.\n\nThe city cut its funding last spring.\n\n“We will stay open without the grant,” she said.',
      'We will stay open',
      'Ines Moreau',
    ],
    [
      'the attribution in the sentence before the quotation',
      'en',
      'Ines Moreau runs the shelter. The shelter will stay open, Moreau said. “I suspect the city will come back to us.”',
      'I suspect the city',
      'Ines Moreau',
    ],
    [
      'a pronoun with two people of unknown gender in view',
      'en',
      'Sam Okoro and Alex Lind met in Oslo. “This is the end of a long road for both of us,” he said.',
      'This is the end',
      undefined,
    ],
    [
      'an organisation only when the article says it said something',
      'en',
      'The Water Agency warned residents on Monday. “Boil all tap water until further notice,” it said in a statement.',
      'Boil all tap water',
      'The Water Agency',
    ],
  ])('%s', (_case, lang, text, quote, speaker) => {
    const found = directWith(suggest(article(text, lang)), quote);
    expect(found).toBeDefined();
    if (speaker === 'The Water Agency') expect(found?.speaker).toContain('Water Agency');
    else expect(found?.speaker).toBe(speaker);
  });
});

describe('other languages', () => {
  it.each<Row>([
    [
      'French: inverted verb ("prévient X")',
      'fr',
      '« Nous ne céderons rien sur ce point », prévient Claire Martin.',
      'Nous ne céderons',
      'Claire Martin',
    ],
    [
      'French: "a mentionné X"',
      'fr',
      '« La réforme sera votée avant le mois de juillet », a mentionné Claire Martin.',
      'La réforme',
      'Claire Martin',
    ],
    [
      'French: "écrit-il"',
      'fr',
      'Paul Girard a quitté le parti en mars. « Je ne reviendrai pas sur ma décision », écrit-il.',
      'Je ne reviendrai',
      'Paul Girard',
    ],
    [
      'French: a role after the verb ("ajoute le politique letton")',
      'fr',
      'Andris Ozols, politique letton, était à Riga. « Nous resterons dans l’alliance quoi qu’il arrive », ajoute le politique letton.',
      'Nous resterons',
      'Andris Ozols',
    ],
    [
      'French: "selon X"',
      'fr',
      'Selon Claire Martin, « la réforme sera votée avant le mois de juillet ».',
      'la réforme',
      'Claire Martin',
    ],
    [
      'Spanish: "dijo X"',
      'es',
      '«Vamos a ganar este partido en nuestra casa», dijo Lucía Pérez.',
      'Vamos a ganar',
      'Lucía Pérez',
    ],
    [
      'Spanish: "explica X"',
      'es',
      '«El agua llegó durante la noche sin aviso», explica Lucía Pérez.',
      'El agua llegó',
      'Lucía Pérez',
    ],
    [
      'Spanish: "afirmó" after a pronoun-less sentence',
      'es',
      'Lucía Pérez dirige el hospital. «No tenemos camas para todos los heridos», afirmó.',
      'No tenemos camas',
      'Lucía Pérez',
    ],
    [
      'Spanish: "según X"',
      'es',
      'Según Lucía Pérez, «no tenemos camas para todos los heridos».',
      'no tenemos camas',
      'Lucía Pérez',
    ],
    [
      'German: "ergänzt X" after the quotation',
      'de',
      '„Wir bauen jede Schule wieder auf“, ergänzt Jonas Weber.',
      'Wir bauen jede Schule',
      'Jonas Weber',
    ],
    [
      'German: "so X"',
      'de',
      '„Wir bauen jede Schule wieder auf“, so Jonas Weber.',
      'Wir bauen jede Schule',
      'Jonas Weber',
    ],
    [
      'Portuguese: "disse X"',
      'pt',
      '"Nós vamos reconstruir a escola inteira", disse Ana Souza.',
      'Nós vamos reconstruir',
      'Ana Souza',
    ],
    [
      'Czech: „…“ and "říká X"',
      'cs',
      '„Tohle je nejlepší tým, jaký jsem kdy viděl,“ říká Petr Novák.',
      'Tohle je nejlepší',
      'Petr Novák',
    ],
    ['Chinese: X说：“…”', 'zh', '王小明说：“我们一定会重建这所学校。”', '我们一定会重建', '王小明'],
    ['Chinese: “…”X说', 'zh', '“我们一定会重建这所学校。”王小明说。', '我们一定会重建', '王小明'],
    [
      'Chinese, language not declared',
      '',
      '王小明说：“我们一定会重建这所学校，无论要花多少年。”他还表示，学校是村里的心脏。',
      '我们一定会重建',
      '王小明',
    ],
  ])('%s', (_case, lang, text, quote, speaker) => {
    const found = directWith(suggest(article(text, lang === '' ? null : lang)), quote);
    expect(found).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});

describe('boilerplate is never suggested', () => {
  const STORY =
    '“We will rebuild every school that was destroyed,” said Maria Gonzalez. The council approved 40 million euros for new flood barriers on Monday, more than it spent in the decade before.';
  it.each([
    ['an author bio', 'Nora Field is a senior reporter covering energy and climate for the paper.'],
    ['an author bio in Spanish', 'Julián Ortega es periodista e investigador en la Universidad de Sevilla.'],
    ['a reporting credit', 'Amir Saleh contributed reporting to this article from Beirut and Damascus.'],
    [
      'a photo caption',
      'Tomas Berg with his daughter in the harbour, where the boats wait out the winter storms.',
    ],
    [
      'a newsletter promo',
      '[Sign up for the morning briefing: everything you need to know, in your inbox every day.]',
    ],
    [
      'a "report an error" notice',
      'If you spot an error or a typo in this article, please let us know through the form.',
    ],
    [
      'an editor’s note',
      'Editor’s note: An earlier version of this story misstated the date of the council vote.',
    ],
    ['a video label', 'Watch: The moment the flood barrier gave way on Monday night, filmed by a neighbour.'],
    ['a shouted credit line', 'NORA FIELD IS THE PAPER’S ENERGY CORRESPONDENT'],
  ])('%s', (_case, furniture) => {
    const result = suggest(article(`${STORY}\n\n${furniture}`), { limit: 50 });
    expect(result.some((candidate) => candidate.text.includes(furniture.slice(5, 40)))).toBe(false);
  });
});

describe('confidence', () => {
  it('names the speaker only when sure, and says how sure on every direct candidate', () => {
    const text = [
      'Sam Okoro and Alex Lind met in Oslo on Monday.',
      '“This is the end of a long road for both of us,” he said.',
      '“We will rebuild every school that was destroyed,” said Maria Gonzalez.',
    ].join('\n\n');
    const direct = directQuotes(suggest(article(text)));
    expect(direct).toHaveLength(2);
    for (const candidate of direct) {
      expect(candidate.confidence).toBeGreaterThanOrEqual(0);
      expect(candidate.confidence).toBeLessThanOrEqual(1);
    }
    const sure = direct.find((candidate) => candidate.text.startsWith('We will rebuild'));
    const unsure = direct.find((candidate) => candidate.text.startsWith('This is the end'));
    expect(sure).toMatchObject({ speaker: 'Maria Gonzalez' });
    expect(sure?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(unsure?.speaker).toBeUndefined();
    expect(unsure?.role).toBeUndefined();
    expect(unsure?.confidence).toBeLessThan(0.5);
  });

  it('ranks attributed quotations first, then unattributed ones, then sentences', () => {
    const text = [
      'The river rose by more than four metres overnight, the highest level since records began in 1871.',
      'The report called the barriers “a waste of money and of everybody’s time” last year.',
      '“We will rebuild every school that was destroyed,” said Maria Gonzalez.',
    ].join('\n\n');
    const kinds = suggest(article(text)).map((candidate) =>
      candidate.kind === 'direct'
        ? candidate.speaker === undefined
          ? 'unattributed'
          : 'attributed'
        : candidate.kind,
    );
    expect(kinds).toEqual(['attributed', 'unattributed', 'sentence']);
  });
});
