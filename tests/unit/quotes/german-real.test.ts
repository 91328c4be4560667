/**
 * German constructions found in real published news text (the passages themselves stay out of the
 * repository): each row is the construction in sentences written for this test. Each row: [kind, text,
 * quotation, speaker]; `undefined` as the speaker means "nobody": a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

const rows: Row[] = [
  [
    'a given name and the initial of a withheld surname ("Marco B.") is a name',
    'Ein Lastwagenfahrer hat auf der Autobahn am Lenkrad Videos geschaut. „Ich wollte nur kurz die ' +
      'Nachrichten sehen“, sagte der 41-jährige Marco B. vor Gericht.',
    'Ich wollte nur kurz die Nachrichten sehen',
    'Marco B.',
  ],
  [
    'an age after the verb is a person’s, not the body its clause ends on ("vor Gericht")',
    'Der Lastwagenfahrer Marco Brandt (41) hatte auf der Autobahn Videos geschaut. „Ich wollte nur kurz ' +
      'die Nachrichten sehen“, sagte der 41-Jährige vor Gericht.',
    'Ich wollte nur kurz die Nachrichten sehen',
    'Marco Brandt',
  ],
  [
    'capitalised nouns right after an article ("am Lenkrad Videos") are nobody an age can stand for',
    'Ein Lastwagenfahrer hatte auf der Autobahn am Lenkrad Videos geschaut. „Ich wollte nur kurz die ' +
      'Nachrichten sehen“, sagte der 41-Jährige vor Gericht.',
    'Ich wollte nur kurz die Nachrichten sehen',
    undefined,
  ],
  [
    '"den Angaben zufolge" beside a plural verb: the verb says who speaks, and several people are nobody',
    'Der Elternbeirat hat einen Brief geschrieben.\n\n' +
      'In dem Brief, der an Bürgermeister Jan Kranz und Landrat Ole Berg gerichtet ist, fordern die Eltern ' +
      'den Angaben zufolge, „dass die Schule noch vor dem Winter ein neues Dach bekommt“.',
    'dass die Schule noch vor dem Winter ein neues Dach bekommt',
    undefined,
  ],
  [
    '"laut X" since the last speaker: "sagte sie" is the source the article gives her gender',
    'Vereinschef Tom Kerner erklärte am Abend: „Wir haben ein schwieriges Jahr hinter uns gebracht.“ ' +
      'Laut Finanzvorständin Petra Sand seien die Schulden um die Hälfte gesunken. ' +
      '„Wir können wieder etwas freier atmen“, sagte sie.',
    'Wir können wieder etwas freier atmen',
    'Petra Sand',
  ],
  [
    'a verb in two in the plural whose subjects hold appositions ("teilten X, …, und Y, …, mit") is nobody’s',
    'Die Universität startet ein neues Projekt zur Mundart.\n\n' +
      '„Wir wollen die alten Dialekte der Region für die nächsten Generationen bewahren“, teilten Anna ' +
      'Keller, Leiterin des Instituts für Sprache, und Jan Ott, Dekan der Fakultät für Kultur, mit.',
    'Wir wollen die alten Dialekte der Region für die nächsten Generationen bewahren',
    undefined,
  ],
];

describe('German attribution from real text', () => {
  it.each(rows)('%s', (_kind, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, 'de'), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
    if (speaker === undefined) expect(found?.confidence ?? 0).toBeLessThan(0.5);
  });
});
