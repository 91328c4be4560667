/**
 * German press releases and association news: the furniture around them is never suggested, and a name in
 * an object phrase or a plural subject is never taken for the speaker.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

const BODY = 'Die Stadt baut eine neue Brücke über den Fluss, die 40 Millionen Euro kosten wird.';

describe('press-release furniture is never offered', () => {
  it.each([
    [
      'a pointer to more information',
      'Weitere Informationen finden Sie in der Pressemeldung und im Bericht.',
    ],
    ['a pointer to a web address', 'Die Pläne dazu finden sich unter https://example.org/bruecke im Netz.'],
    [
      'a pointer to the print issue',
      'Mehr über die Brücke lesen Sie in unserer Mai-Ausgabe, ab Montag im Handel.',
    ],
    ['an English pointer', 'More information is available on the city website from Monday morning on.'],
    ['a footnote', '*Mit der Befragung werden seit 2007 einmal im Jahr viele Beschäftigte befragt.'],
    [
      'a company’s about-us',
      'Die Muster Energie AG ist mit rund 4.000 Mitarbeitern eines der größten Unternehmen.',
    ],
    ['an English about-us', 'Acme Widgets Ltd. is one of the largest makers of garden tools in the country.'],
    [
      'a body’s founding note',
      'Die Stiftung für Ehrenamt (SFE) wurde am 3. Mai 2020 in Neustadt feierlich gegründet.',
    ],
  ])('%s', (_case, furniture) => {
    const result = suggest(article(`${BODY}\n\n${furniture}`, 'de'));
    expect(result.map((c) => c.text)).toEqual([BODY]);
  });
});

describe('who is not the speaker', () => {
  it('a name after a preposition is the object, not the subject of the speech verb', () => {
    const text =
      'Paul Weber sprach in Berlin.\n\nDie Kirche sei „ein Ort für alle Menschen in jeder Stadt“, betonte Weber. ' +
      'In Anlehnung an den Soziologen Karl Brenner fragte er: „Wie kommt die Kirche wieder zu den Menschen?“';
    expect(speakers(suggest(article(text, 'de')))).toContainEqual([
      'Wie kommt die Kirche wieder zu den Menschen?',
      'Paul Weber',
      undefined,
    ]);
  });

  it('a number opening a plural subject is no name for a spokesman to be', () => {
    const text =
      'Zwei Stellen sind mit Balken versehen.\n\n' +
      'Man könne nichts reparieren, erklärt er: „Wir hätten es auch lieber anders gemacht, glauben Sie uns.“';
    const [row] = speakers(suggest(article(text, 'de')));
    expect(row?.[1]).not.toBe('Zwei Stellen');
  });

  it('“auf Nachfrage” before a name is not part of the name', () => {
    const text =
      '„Mit dem Gutachter wird zurzeit das Verfahren abgestimmt“, erklärt auf Nachfrage Martin Kohl.';
    expect(speakers(suggest(article(text, 'de')))).toEqual([
      ['Mit dem Gutachter wird zurzeit das Verfahren abgestimmt', 'Martin Kohl', undefined],
    ]);
  });
});

describe('German attribution verbs and epithets', () => {
  it.each([
    [
      'a role with its body’s abbreviation in brackets, then the name',
      '„Der Markt ist gut in das Jahr gestartet und wächst weiter“, sagte der Vorstand der Bundesagentur für Arbeit (BA), Daniel Hart, heute in Nürnberg.',
      [['Der Markt ist gut in das Jahr gestartet und wächst weiter', 'Daniel Hart']],
    ],
    [
      '“der Sprecher” after the spokesman who just spoke was named without that role',
      '„Mit dem Gutachter wird zurzeit das Verfahren abgestimmt“, erklärt auf Nachfrage Martin Kohl aus der Presseabteilung der Stadt. ' +
        'Die Stellen seien wichtig, erklärt der Sprecher: „Wir hätten es auch lieber anders, glauben Sie uns.“',
      [
        ['Mit dem Gutachter wird zurzeit das Verfahren abgestimmt', 'Martin Kohl'],
        ['Wir hätten es auch lieber anders, glauben Sie uns.', 'Martin Kohl'],
      ],
    ],
    [
      '„…“, führt Dr. X aus.',
      'Die Schule brannte im Mai ab. „Wir bauen die Schule wieder auf und zwar noch in diesem Jahr“, führt Dr. Paul Weber aus.',
      [['Wir bauen die Schule wieder auf und zwar noch in diesem Jahr', 'Paul Weber']],
    ],
    [
      '„…“, betete der Bischof.',
      'Bischof Paul Weber sprach in der Kirche.\n\n„Gott möge uns allen in diesem Winter viel Kraft geben“, betete der Bischof.',
      [['Gott möge uns allen in diesem Winter viel Kraft geben', 'Paul Weber']],
    ],
    [
      'a master of a trade as the epithet that keeps the floor',
      '„Das Holz muss drei Jahre lang trocknen und dann brennt es gut“, erklärt Hans Weber. ' +
        'Der gelernte Schreinermeister baut seine Öfen selbst. „Die Äste verbrennen lose viel zu schnell im Ofen.“',
      [
        ['Das Holz muss drei Jahre lang trocknen und dann brennt es gut', 'Hans Weber'],
        ['Die Äste verbrennen lose viel zu schnell im Ofen.', 'Hans Weber'],
      ],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakers(suggest(article(text, 'de'))).map(([quote, speaker]) => [quote, speaker])).toEqual(
      expected,
    );
  });
});

describe('German reported speech keeps the speaker', () => {
  const named = (text: string): [string, string | undefined][] =>
    speakers(suggest(article(text, 'de'))).map(([quote, speaker]) => [quote, speaker]);

  it('a quotation in a sentence of reported speech (sei, habe) is the last speaker’s', () => {
    const text =
      'Paul Weber sprach in Berlin.\n\nDie Kirche sei „ein Ort für alle Menschen in jeder Stadt“, betonte Weber. ' +
      'Wie kommt sie zum Klingen? Durch Erneuerung! In Folge der Krise sei „ein neues Feld für die Gemeinden entstanden“, von Videos bis Blogs. ' +
      'Er habe großes Vertrauen „in die ständige Erneuerung des Gottesdienstes.“';
    expect(named(text)).toEqual([
      ['ein Ort für alle Menschen in jeder Stadt', 'Paul Weber'],
      ['ein neues Feld für die Gemeinden entstanden', 'Paul Weber'],
      ['in die ständige Erneuerung des Gottesdienstes.', 'Paul Weber'],
    ]);
  });

  it('a preposition opening an exclamation is no name standing between (“Durch Erneuerung!”)', () => {
    const text =
      'Paul Weber sprach in Berlin.\n\nDie Kirche sei „ein Ort für alle Menschen in jeder Stadt“, betonte Weber. ' +
      'Durch Erneuerung! Es gehe darum, „Strukturen zu schützen, die den Gottesdienst tragen“.';
    expect(named(text)).toContainEqual(['Strukturen zu schützen, die den Gottesdienst tragen', 'Paul Weber']);
  });

  it('reported speech with someone else named in between takes nobody’s voice', () => {
    const text =
      'Die Kirche sei „ein Ort für alle Menschen in jeder Stadt“, betonte Paul Weber. ' +
      'Anna Kurz widersprach ihm. Es gehe darum, „Strukturen zu schützen, die den Gottesdienst tragen“.';
    expect(named(text)).toContainEqual(['Strukturen zu schützen, die den Gottesdienst tragen', undefined]);
  });

  it('a heading of capitalised nouns does not take the floor from the last speaker', () => {
    const text =
      'Paul Weber sprach in Berlin über den Philosophen Karl Brenner. Mit Blick auf ihn fragte er: ' +
      '„Wie kommt die Kirche wieder zu den Menschen?“\n\nPhänomenale Erneuerung\n\n' +
      'Weniger euphorisch streifte Weber die Debatte. „Hier ist niemand, der die Kirche im Dorf lassen will“, sagte er.';
    expect(named(text)).toContainEqual([
      'Hier ist niemand, der die Kirche im Dorf lassen will',
      'Paul Weber',
    ]);
  });
});

describe('a quotation whose closing mark was lost', () => {
  it('announced by a colon, it runs to the end of its paragraph (its inner quotation closed)', () => {
    const text =
      'Prof. Anna Weber erklärt die Wirkung so: "Ich möchte einen Vergleich ziehen. Wenn mir jemand "alles Gute" wünscht, dann freue ich mich trotzdem.\n\nDer Segen wird am Montag erteilt.';
    expect(speakers(suggest(article(text, 'de'))).map(([quote, speaker]) => [quote, speaker])).toEqual([
      [
        'Ich möchte einen Vergleich ziehen. Wenn mir jemand "alles Gute" wünscht, dann freue ich mich trotzdem.',
        'Anna Weber',
      ],
    ]);
  });

  it('without a colon before it, it is no quotation to the end of the paragraph', () => {
    const text =
      'Die Stadt nennt das Projekt "Neue Mitte und plant damit seit Jahren den Umbau der ganzen Innenstadt.';
    expect(speakers(suggest(article(text, 'de')))).toEqual([]);
  });
});
