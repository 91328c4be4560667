/**
 * Quoted words that nobody said (utils/quotes/not-speech.ts and the `hypothetical` data of
 * utils/quotes/lang/*.ts): an example after "e.g.", "z. B.", "par exemple", or under an "Example:" label; what
 * a conditional sentence supposes someone says ("If you are wondering “…”", "Wenn jemand fragt „…“"); what
 * nobody in particular would say ("Most people would say “…”", "On pourrait dire « … »"). Next to them,
 * quotations of the same shape that someone said survive. Every sentence is written for this test. Rows:
 * [kind, lang, text, quotation, is it a direct quotation?].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, boolean];

const rows: Row[] = [
  [
    'en: an example after "e.g."',
    'en',
    'Passive forms are common in everyday speech (e.g. “the window was broken by the storm last night”).',
    'the window was broken by the storm last night',
    false,
  ],
  [
    'de: an example after "z. B."',
    'de',
    'Im Gespräch klingt das Perfekt natürlicher, z. B. „ich habe gestern sehr lange gearbeitet“.',
    'ich habe gestern sehr lange gearbeitet',
    false,
  ],
  [
    'fr: an example after "par exemple"',
    'fr',
    'Le passé composé est plus courant à l’oral, par exemple « nous avons mangé très tard hier soir ».',
    'nous avons mangé très tard hier soir',
    false,
  ],
  [
    'es: an example after "por ejemplo"',
    'es',
    'El pretérito es más común en el habla diaria, por ejemplo “ayer comimos muy tarde en casa”.',
    'ayer comimos muy tarde en casa',
    false,
  ],
  [
    'en: a paragraph under an "Example:" line',
    'en',
    'The passive describes what happened to you.\n\nExample:\n\nI walked up to the desk at the station with a “Good evening, my wallet was stolen!”.',
    'Good evening, my wallet was stolen!',
    false,
  ],
  [
    'de: a sentence labelled "Beispiel:"',
    'de',
    'Beispiel: Am Bahnhof ging ich zum Schalter mit einem „Guten Abend, mir wurde die Tasche gestohlen!“.',
    'Guten Abend, mir wurde die Tasche gestohlen!',
    false,
  ],
  [
    'en: the reader’s question in a conditional',
    'en',
    'If you are wondering “Why does the build take so long every single time?”, the answer is the cache.',
    'Why does the build take so long every single time?',
    false,
  ],
  [
    'de: what a conditional supposes someone asks',
    'de',
    'Wenn jemand fragt „Wie komme ich am schnellsten zum Bahnhof?“, zeigen Sie ihm die Karte.',
    'Wie komme ich am schnellsten zum Bahnhof?',
    false,
  ],
  [
    'fr: what a conditional supposes a customer asks',
    'fr',
    'Si un client demande « Où se trouve la gare la plus proche ? », montrez-lui le plan.',
    'Où se trouve la gare la plus proche ?',
    false,
  ],
  [
    'pl: what a conditional supposes someone asks',
    'pl',
    'Jeśli ktoś zapyta „Gdzie jest najbliższy dworzec kolejowy w mieście?”, pokaż mu mapę.',
    'Gdzie jest najbliższy dworzec kolejowy w mieście?',
    false,
  ],
  [
    'en: what most people would say',
    'en',
    'Most people would simply say “I got robbed on my way home” instead.',
    'I got robbed on my way home',
    false,
  ],
  [
    'de: what one could say',
    'de',
    'Im Alltag könnte man auch einfach sagen „ich bin gestern ausgeraubt worden“.',
    'ich bin gestern ausgeraubt worden',
    false,
  ],
  [
    'fr: what one could say',
    'fr',
    'On pourrait dire « la ville a changé plus vite que ses habitants ».',
    'la ville a changé plus vite que ses habitants',
    false,
  ],
  [
    'en: a conditional with its speaker survives',
    'en',
    'If the council approves the plan, “we will start building in May,” said Mayor Anna Berg.',
    'we will start building in May',
    true,
  ],
  [
    'en: "for example" opening a sentence that reports speech survives',
    'en',
    'For example, the mayor told the council last week: “We will open the new bridge in May.”',
    'We will open the new bridge in May.',
    true,
  ],
  [
    'en: an example after "such as"',
    'en',
    'Good alerts warn of trouble ahead, such as “the disk will be full within the next four hours”.',
    'the disk will be full within the next four hours',
    false,
  ],
  [
    'en: what the reader should not say',
    'en',
    'When you are only a little hungry, don’t say “I could literally eat a whole horse right now” at lunch.',
    'I could literally eat a whole horse right now',
    false,
  ],
  [
    'en: what somebody would have said',
    'en',
    'A careless manager would have said: “Nobody could have seen this problem coming at all.”',
    'Nobody could have seen this problem coming at all.',
    false,
  ],
  [
    'en: what a named person said survives',
    'en',
    'Anna Berg said on Monday: “Nobody could have seen this problem coming at all.”',
    'Nobody could have seen this problem coming at all.',
    true,
  ],
  [
    'en: what a person named by a pronoun could say survives',
    'en',
    'Anna Berg hoped that one day she could reply, “Which of my three doctors do you mean?”',
    'Which of my three doctors do you mean?',
    true,
  ],
  [
    'en: what the reader is told to ask themselves',
    'en',
    'Before buying another lamp, stand in the shop and ask yourself, “Where exactly would this one go at home?”',
    'Where exactly would this one go at home?',
    false,
  ],
  [
    'de: what the reader is told to ask themselves',
    'de',
    'Bevor Sie noch eine Lampe kaufen, fragen Sie sich: „Wo genau soll diese bei mir zu Hause stehen?“',
    'Wo genau soll diese bei mir zu Hause stehen?',
    false,
  ],
  [
    'en: what a named person asked herself survives',
    'en',
    'Anna Berg stood in the shop and asked herself, “Where exactly would this one go at home?”',
    'Where exactly would this one go at home?',
    true,
  ],
  [
    'en: an expression explained by "means" after it',
    'en',
    'Writers love big images. “My suitcase weighed a ton on the way home,” means it was heavy, nothing more.',
    'My suitcase weighed a ton on the way home',
    false,
  ],
  [
    'fr: an expression explained by "signifie" after it',
    'fr',
    'Les auteurs aiment les images fortes. « Ma valise pesait une tonne au retour » signifie seulement qu’elle était lourde.',
    'Ma valise pesait une tonne au retour',
    false,
  ],
  [
    'en: a quotation whose sentence goes on to what it means survives',
    'en',
    '“My suitcase weighed a ton on the way home,” Anna Berg said, which means the airline charged her extra.',
    'My suitcase weighed a ton on the way home',
    true,
  ],
];

describe('quoted words that nobody said', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, direct) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).some(
      (candidate) => candidate.text === quotation,
    );
    expect(found).toBe(direct);
  });
});
