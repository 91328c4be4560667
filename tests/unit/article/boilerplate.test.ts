/** Line and block tests that drop page furniture from the text (issue #3: dates, link runs, orphan labels). */
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, isDateLine } from '../../../utils/article/boilerplate';
import { articleParagraphs, type TextBlock } from '../../../utils/article/text-blocks';

const PROSE =
  'The council voted on Tuesday to keep the harbour open all winter, after fishermen said a closure would cost them most of the season.';

const block = (text: string, linkChars = 0, tag = 'P'): TextBlock => ({ text, tag, linkChars });
const texts = (blocks: readonly TextBlock[]): string[] => blocks.map((b) => b.text);

describe('isDateLine', () => {
  it.each([
    '16 marca 2021',
    'Stand: 05. Februar 2020',
    '03.04.2020',
    '20:37',
    '28 kwietnia 2021, 06:29',
    'Updated Jan. 5, 2021 at 3:04 p.m. ET',
    'Montag, 3. Mai 2021 um 14:05 Uhr',
    '5 min read',
    'Lesezeit: 3 Minuten',
    'Published 5 June 2024 · 3 min read',
  ])('drops the date or reading-time line %j', (line) => {
    expect(isDateLine(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'We met on 5 March 2021.',
    'The 2020 election',
    '+81 158-23-2012',
    '1.2 litres vegetable stock',
    'Prep time: 10 minutes',
    'Serves: 4',
    '12.50',
    '5 June · Politics',
  ])('keeps %j', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('articleParagraphs: link runs and labels', () => {
  it('drops teasers that are all link text, and the short label before them', () => {
    const blocks = [
      block(PROSE),
      block(PROSE.replace('Tuesday', 'Monday')),
      block('Schon gelesen?'),
      block('Luftwaffe lässt Piloten in Italien ausbilden', 44),
      block('Twenty-four hours with the night ferry crew', 43, 'LI'),
      block('About the author'),
      block(`${PROSE} More.`),
    ];
    expect(texts(articleParagraphs(blocks, []))).toEqual([
      PROSE,
      PROSE.replace('Tuesday', 'Monday'),
      'About the author',
      `${PROSE} More.`,
    ]);
  });

  it('keeps a sentence-length lead-in, a lone linked word or address, and linked headings', () => {
    const blocks = [
      block(PROSE),
      block('Eine häufig gestellte Frage: Leasing oder Autokredit?'),
      block('Berechnen Sie Ihren Autokredit', 30, 'LI'),
      block('suivi.reformes@example.test', 27),
      block('A linked subheading', 19, 'H2'),
      block(PROSE),
    ];
    expect(texts(articleParagraphs(blocks, []))).toEqual([
      PROSE,
      'Eine häufig gestellte Frage: Leasing oder Autokredit?',
      'suivi.reformes@example.test',
      'A linked subheading',
      PROSE,
    ]);
  });

  it('keeps link blocks when they are a large part of the text', () => {
    const blocks = [
      block('A short intro to the list'),
      block('First linked resource here', 27),
      block('Second linked resource here', 27),
    ];
    expect(articleParagraphs(blocks, [])).toHaveLength(3);
  });

  it('drops a label left at the very end', () => {
    const blocks = [block(PROSE), block('Die Karte zum Abspeichern:', 0, 'H2')];
    expect(texts(articleParagraphs(blocks, []))).toEqual([PROSE]);
    // A colon inside the text is not a trailing label.
    const kept = [block(PROSE), block('Note: closed on Sundays.')];
    expect(articleParagraphs(kept, [])).toHaveLength(2);
  });
});

describe('isBoilerplateLine: appeals, notices, breadcrumbs, credits (issue 19)', () => {
  it.each([
    // Support and subscription appeals.
    'If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!',
    'Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.',
    'Help us continue to spread the joy of reading to readers everywhere',
    'Jetzt unterstützen: Unterstützen Sie unabhängigen Journalismus.',
    // Social channel promos.
    '¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.',
    '¡Mira lo que tiene nuestro canal de YouTube!',
    'Follow us on Instagram for more recipes.',
    'Folgen Sie uns auf Facebook und Twitter.',
    // Advertising disclosures.
    '*Werbung. Dieser Beitrag enthält Werbung für eine Marke.',
    'Anzeige: Dieser Artikel enthält Affiliate-Links.',
    'This post may contain affiliate links.',
    // Disclaimers and citation boxes.
    'The Island Gazette is not responsible for the opinions, statements or media content presented by contributors.',
    'Dieser Text wurde von Medizinern geprüft.',
    'Medically reviewed by a board-certified physician',
    'SUGGESTED CITATION Doe, Jane: A title, Ledger, 2020/4/09.',
    // Toggles and "continue to" links.
    'Quellen ausblenden',
    'Show more',
    '... weiter zu "die Wortwahl"',
    // Breadcrumbs, bare addresses, a zoom button before a caption, a labelled date.
    '> Blog > Aus den Ländern > Digitalpolitische Jahrestagung 2015',
    'Home › News › Politics',
    'BVINEWS.COM',
    'Source: example.com',
    'Vergrößern Eine kleine runde Aussparung für die Kamera im Display.',
    'Veröffentlichung: 2. Februar 2022',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // French quotation marks are no breadcrumb separators.
    'Retour sur les revues de rang « 1 » ou « 1* » où les chercheurs « publient » le plus, selon « eux ».',
    // Sentences that mention networks, support or responsibility are text.
    'The channel on YouTube grew to a million subscribers within a year, the company said.',
    'The mayor said the city is not responsible for the damage caused by the storm last week.',
    'Readers can support the library by donating books at the front desk every Saturday.',
    // A comparison in text, an address in a sentence.
    'Revenue grew from $2m > $5m > $9m over three years, driven by exports.',
    'Write to the office at contact@example.test for details.',
    PROSE,
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
