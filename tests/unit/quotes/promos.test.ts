/**
 * Teasers and advertisements inside an article (utils/quotes/signals.ts, utils/quotes/furniture.ts and the
 * `pointers` data of utils/quotes/lang/*.ts): a teaser behind a short label ("Dossier: Lesen Sie, wie …",
 * "Extra: Read how …") and a box of a brand's name, its blurb and a promo code are never suggested; a section
 * heading and its short paragraph stay. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { article, suggest } from './helpers';

const BODY_DE = 'Die Stadt baut eine neue Brücke über den Fluss, die 40 Millionen Euro kosten wird.';
const BODY_EN = 'The city is building a new bridge over the river that will cost 40 million dollars.';
/** A guide written to its reader: calls to the reader are its voice here, not a promo's. */
const GUIDE_DE = [
  'Wenn Sie Brot backen, brauchen Sie vor allem Zeit, gutes Mehl und einen warmen Ort für den Teig.',
  'Lassen Sie den Teig über Nacht im Kühlschrank ruhen, dann wird die Kruste am nächsten Morgen kräftiger.',
  'Heizen Sie den Ofen mindestens eine halbe Stunde vor, damit das Brot gleich beim Einschieben aufgeht.',
].join('\n\n');

function texts(text: string, lang: string): string[] {
  return suggest(article(text, lang), { limit: 50 }).map((candidate) => candidate.text);
}

describe('a teaser behind a short label', () => {
  it('de: "Dossier: Lesen Sie, wie …" in a guide that speaks to its reader', () => {
    const teaser =
      'Dossier: Lesen Sie, wie aus einer kleinen Bäckerei ein Betrieb mit 200 Angestellten wurde.';
    const found = texts(`${GUIDE_DE}\n\n„Die Bäckerei am Markt“ (Stadtmagazin 03/2021)\n${teaser}`, 'de');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((text) => text.includes('Lesen Sie, wie'))).toBe(false);
  });

  it.each([
    [
      'a label before it',
      'Extra: Read how a small bakery became a business with 200 employees in ten years.',
    ],
    ['opening the line', 'Read how a small bakery became a business with 200 employees in just ten years.'],
  ])('en: %s', (_kind, teaser) => {
    expect(texts(`${BODY_EN}\n\n${teaser}`, 'en')).toEqual([BODY_EN]);
  });
});

describe('an advertisement box: a brand, its blurb, a promo code', () => {
  it.each([
    [
      'en',
      BODY_EN,
      'Crustwell',
      'Bread flour for home bakers\nIn both white and rye, Crustwell flour gives loaves a crisp and even crust that lasts for days.',
      'Use the promo code BAKE25',
    ],
    [
      'de',
      BODY_DE,
      'Backwerk Mühle',
      'Mehl für alle, die zu Hause backen\nOb Weizen oder Roggen, das Mehl der Mühle gibt jedem Brot eine kräftige Kruste, die tagelang hält.',
      'Mit dem Gutscheincode BACKEN25 sparen',
    ],
  ])('%s', (lang, body, brand, blurb, code) => {
    expect(texts(`${body}\n\n${brand}\n\n${blurb}\n\n${code}`, lang)).toEqual([body]);
  });

  it('en: a section heading and its short paragraph stay', () => {
    const paragraph =
      'Builders expect the first half of the bridge to stand by the end of the year, weeks ahead of the plan.';
    const found = texts(
      `${BODY_EN}\n\nWhat comes next\n\n${paragraph}\n\n${BODY_EN.replace('city', 'county')}`,
      'en',
    );
    expect(found).toContain(paragraph);
  });
});

describe('the page speaking of itself, a bare link, a question to the reader', () => {
  it.each([
    ['en', 'My blog is full of recipes and tips for every kind of family celebration.'],
    ['en', 'As you can probably tell, this website is run by one person in the evenings.'],
    ['de', 'Mit diesem Button kannst du die ganze Folge später in Ruhe anhören.'],
    ['de', 'Zum Fanshop der Redaktion geht es hier entlang: shop.example.de/tassen-und-mehr.'],
    ['en', 'What do you think of the plan to close the old bridge for two whole years?'],
    ['de', 'Was hältst du von dem Plan, die alte Brücke für zwei Jahre zu sperren?'],
  ])('%s: "%s" is no sentence to suggest', (lang, furniture) => {
    const body = lang === 'de' ? BODY_DE : BODY_EN;
    expect(texts(`${body}\n\n${furniture}`, lang)).toEqual([body]);
  });

  it.each([
    ['en', 'The council’s website went down twice during the storm, and nobody could report a flood.'],
    ['en', 'Why did the council wait three years before it repaired a bridge that everyone used?'],
    ['de', 'Die Webseite der Stadt war während des Sturms zweimal nicht erreichbar, niemand konnte helfen.'],
  ])('%s: "%s" stays a sentence of the story', (lang, line) => {
    expect(texts(`${lang === 'de' ? BODY_DE : BODY_EN}\n\n${line}`, lang)).toContain(line);
  });
});
