/**
 * Interviews (interview.ts) in the forms they are printed in: question and answer labels in each language,
 * turns labelled with who speaks, and the piece's displayed line standing alone. A question is never the
 * interviewee's. Each row is a minimal text written for this test: [kind, lang, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const rows: Row[] = [
  [
    'English: "Q:" / "A:" labels, questions without a question mark',
    'en',
    [
      'The chef Tom Hale opened his third restaurant this spring, next to the old ferry terminal.',
      'Q: Tell us about the new menu.',
      'A: “Smaller plates, more fish, and bread we bake ourselves every morning.”',
      'Q: And the name of the place.',
      'A: “It is my grandmother’s name, she taught me everything about cooking.”',
    ].join('\n\n'),
    'It is my grandmother’s name, she taught me everything about cooking.',
    'Tom Hale',
  ],
  [
    'German: "Frage:" / "Antwort:" labels',
    'de',
    [
      'Die Köchin Lena Brandt hat im Frühjahr ihr drittes Restaurant am alten Hafen eröffnet.',
      'Frage: Erzählen Sie von der neuen Karte.',
      'Antwort: „Kleinere Teller, mehr Fisch und Brot, das wir jeden Morgen selbst backen.“',
      'Frage: Und der Name des Lokals.',
      'Antwort: „Es ist der Name meiner Großmutter, sie hat mir alles über das Kochen beigebracht.“',
    ].join('\n\n'),
    'Es ist der Name meiner Großmutter, sie hat mir alles über das Kochen beigebracht.',
    'Lena Brandt',
  ],
  [
    'turns labelled with who speaks: the displayed line standing alone is the one answering’s',
    'de',
    [
      'Die Köchin Lena Brandt und ihr Partner Jonas Weber haben am Hafen ein Restaurant eröffnet.',
      'Ein Gespräch über Brot, Fisch und Familie.',
      '„Ich koche nur, was mir meine Großmutter beigebracht hat.“',
      'TAGBLATT: Frau Brandt, warum ein drittes Restaurant?',
      'Lena Brandt: Weil die ersten beiden jeden Abend voll sind und das Team bereit ist.',
      'TAGBLATT: Was kommt danach?',
      'Brandt: Ein langer Urlaub, dann vielleicht eine kleine Bäckerei am Hafen.',
    ].join('\n\n'),
    'Ich koche nur, was mir meine Großmutter beigebracht hat.',
    'Lena Brandt',
  ],
  [
    'turns labelled with initials: the initials stand for the one person named in full who has them',
    'de',
    [
      'Die Köchin Lena Brandt und ihr Partner Jonas Weber haben am Hafen ein Restaurant eröffnet.',
      'Ein Gespräch über Brot, Fisch und Familie.',
      '„Ich koche nur, was mir meine Großmutter beigebracht hat.“',
      'TAGBLATT: Frau Brandt, warum ein drittes Restaurant?',
      'LB: Weil die ersten beiden jeden Abend voll sind und das Team bereit ist.',
      'TAGBLATT: Was kommt danach?',
      'LB: Ein langer Urlaub, dann vielleicht eine kleine Bäckerei am Hafen.',
    ].join('\n\n'),
    'Ich koche nur, was mir meine Großmutter beigebracht hat.',
    'Lena Brandt',
  ],
  [
    'a quotation inside a labelled question is never the interviewee’s',
    'en',
    [
      'The chef Tom Hale opened his third restaurant this spring, next to the old ferry terminal.',
      'Q: One review said: “The portions here are far too small for the price.” Is that fair?',
      'A: “Smaller plates, more fish, and bread we bake ourselves every morning.”',
      'Q: And the name of the place.',
      'A: “It is my grandmother’s name, she taught me everything about cooking.”',
    ].join('\n\n'),
    'The portions here are far too small for the price.',
    undefined,
  ],
  [
    'two people answering under their own labels: nobody is named',
    'de',
    [
      '„Ich koche nur, was mir meine Großmutter beigebracht hat.“',
      'TAGBLATT: Frau Brandt, Herr Weber, warum ein drittes Restaurant?',
      'Lena Brandt: Weil die ersten beiden jeden Abend voll sind und das Team bereit ist.',
      'Jonas Weber: Und weil wir den Hafen lieben.',
      'TAGBLATT: Was kommt danach?',
      'Brandt: Ein langer Urlaub, dann vielleicht eine kleine Bäckerei am Hafen.',
      'Weber: Oder ein Boot.',
    ].join('\n\n'),
    'Ich koche nur, was mir meine Großmutter beigebracht hat.',
    undefined,
  ],
];

describe('interviews in the forms they are printed in', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});
