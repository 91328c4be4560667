/**
 * The language files' data for German, French, Spanish and Portuguese, read as a newspaper reader reads
 * them: speech verbs in the tenses and persons newsrooms use (generated from stems where regular), titles
 * and roles before names, source phrases, and each language's typography. One row per shape, each with the
 * smallest sentence that shows it, written for this test. Each row: [kind, lang, text, quotation (its
 * start), speaker]; `undefined` as the speaker means "nobody": a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

/** Enough of each language for the text to read as it. */
const DE =
  'Die Stadt hat am Montag den Wochenmarkt wegen Bauarbeiten geschlossen. Die Händler warten seit einer ' +
  'Woche auf eine Lösung und fordern Hilfen vor dem Sommer, die ihnen die Verwaltung noch nicht zugesagt hat.';
const FR =
  'La mairie a fermé hier le marché couvert pour des travaux. Les commerçants attendent une solution ' +
  'depuis une semaine et demandent des aides avant l’été.';
const ES =
  'El ayuntamiento cerró ayer el mercado central por obras. Los comerciantes llevan una semana sin ' +
  'vender y piden una solución antes del verano.';
const PT =
  'A prefeitura fechou ontem o mercado municipal para obras. Os comerciantes estão há uma semana sem ' +
  'vender e pedem uma solução antes do verão.';

const DQ = 'Wir öffnen den Markt im Mai wieder';
const FQ = 'Nous rouvrirons le marché au mois de mai';
const EQ = 'Vamos a reabrir el mercado en mayo';
const PQ = 'Vamos reabrir o mercado em maio';

const DE_ONE = `${DE} Anna Keller leitet das Ordnungsamt der Stadt.`;
/** Two people in view, the man last: a pronoun's gender must pick the woman. */
const FR_TWO = `${FR} Jeanne Martin dirige le service des marchés. Paul Girard, son adjoint, l’accompagnait.`;
const PT_ONE = `${PT} Ana Costa dirige o serviço de mercados da cidade.`;

const de = (kind: string, body: string, speaker: string | undefined, intro = DE): Row => [
  `de: ${kind}`,
  'de',
  `${intro}\n\n${body}`,
  DQ,
  speaker,
];
const fr = (kind: string, body: string, speaker: string | undefined, intro = FR): Row => [
  `fr: ${kind}`,
  'fr',
  `${intro}\n\n${body}`,
  FQ,
  speaker,
];
const es = (kind: string, body: string, speaker: string | undefined, intro = ES): Row => [
  `es: ${kind}`,
  'es',
  `${intro}\n\n${body}`,
  EQ,
  speaker,
];
const pt = (kind: string, body: string, speaker: string | undefined, intro = PT): Row => [
  `pt: ${kind}`,
  'pt',
  `${intro}\n\n${body}`,
  PQ,
  speaker,
];

const german: Row[] = [
  de('perfect, the subject between its parts', `„${DQ}“, hat Anna Keller gesagt.`, 'Anna Keller'),
  de('perfect of another verb', `„${DQ}“, hat Keller erklärt.`, 'Anna Keller', DE_ONE),
  de('pluperfect', `„${DQ}“, hatte Keller betont.`, 'Anna Keller', DE_ONE),
  de(
    'perfect with a role between its parts',
    `„${DQ}“, hat die Sprecherin gesagt.`,
    'Anna Keller',
    `${DE} Die Sprecherin der Stadt, Anna Keller, bestätigte die Schließung.`,
  ),
  de('separable "gab … zu"', `„${DQ}“, gab Keller zu.`, 'Anna Keller', DE_ONE),
  de('separable "gibt … an"', `„${DQ}“, gibt Keller an.`, 'Anna Keller', DE_ONE),
  de('separable "stellte … klar"', `„${DQ}“, stellte Keller klar.`, 'Anna Keller', DE_ONE),
  de('separable "hob … hervor"', `„${DQ}“, hob Keller hervor.`, 'Anna Keller', DE_ONE),
  de('separable "wies … hin", with an adverb', `„${DQ}“, wies Keller darauf hin.`, 'Anna Keller', DE_ONE),
  de('"zeigte sich … zuversichtlich"', `„${DQ}“, zeigte sich Keller zuversichtlich.`, 'Anna Keller', DE_ONE),
  de('weak verb, past, not listed before', `„${DQ}“, konterte Keller.`, 'Anna Keller', DE_ONE),
  de('weak verb, -er stem', `„${DQ}“, bedauerte Anna Keller.`, 'Anna Keller'),
  de('weak verb, -ieren', `„${DQ}“, relativierte Anna Keller.`, 'Anna Keller'),
  de('weak verb, present', `„${DQ}“, plädiert Anna Keller.`, 'Anna Keller'),
  de('a trade before the name is a role', `„${DQ}“, kritisiert der Händler Jan Brandt.`, 'Jan Brandt'),
  de('a trade, feminine, glued to the name', `„${DQ}“, sagt die Wirtin Eva Roth.`, 'Eva Roth'),
  de(
    'a profession not listed before, before a name and a colon',
    `Der Philosoph Jan Brandt sah es ähnlich: „${DQ}.“`,
    'Jan Brandt',
  ),
  de('a blurb’s byline: a full name alone after a dash', `„${DQ}.“ – Kai Dörfner`, 'Kai Dörfner'),
  de('a byline with a role after a comma', `„${DQ}.“ – Kai Dörfner, Lektor`, 'Kai Dörfner'),
  de(
    'a trade for its one holder',
    `„${DQ}“, sagt die Köchin.`,
    'Eva Roth',
    `${DE} Die Köchin Eva Roth kocht seit Jahren am Markt.`,
  ),
];

const french: Row[] = [
  fr('passé simple', `« ${FQ} », déclara Jeanne Martin.`, 'Jeanne Martin'),
  fr('passé simple, -ç- before a', `« ${FQ} », annonça Jeanne Martin.`, 'Jeanne Martin'),
  fr('passé simple, -ge- before a', `« ${FQ} », fustigea Jeanne Martin.`, 'Jeanne Martin'),
  fr('passé simple of an irregular verb', `« ${FQ} », répondit Jeanne Martin.`, 'Jeanne Martin'),
  fr('passé simple of a verb not listed before', `« ${FQ} », ironisa Jeanne Martin.`, 'Jeanne Martin'),
  fr('passé simple, inverted', `« ${FQ} », déclara-t-elle.`, 'Jeanne Martin', FR_TWO),
  fr(
    'passé composé of a verb whose present is a noun',
    `« ${FQ} », a avancé Jeanne Martin.`,
    'Jeanne Martin',
  ),
  fr('reflexive, present', `« ${FQ} », se félicite Jeanne Martin.`, 'Jeanne Martin'),
  fr('reflexive, elided', `« ${FQ} », s’inquiète Jeanne Martin.`, 'Jeanne Martin'),
  fr('reflexive, elided with a straight apostrophe', `« ${FQ} », s'indigne Jeanne Martin.`, 'Jeanne Martin'),
  fr('reflexive, passé composé', `« ${FQ} », s’est félicitée Jeanne Martin.`, 'Jeanne Martin'),
  fr('reflexive, irregular', `« ${FQ} », se réjouit Jeanne Martin.`, 'Jeanne Martin'),
  fr('reflexive, inverted', `« ${FQ} », se félicite-t-elle.`, 'Jeanne Martin', FR_TWO),
  fr('reflexive, elided and inverted', `« ${FQ} », s’inquiète-t-elle.`, 'Jeanne Martin', FR_TWO),
  fr('reflexive, passé composé inverted', `« ${FQ} », s’est-elle inquiétée.`, 'Jeanne Martin', FR_TWO),
  fr(
    'role of a body with an elided article',
    `« ${FQ} », estime la directrice de l’Agence, Jeanne Martin.`,
    'Jeanne Martin',
  ),
  fr(
    'role of a ministry with an elided article',
    `« ${FQ} », estime le ministre de l’Économie, Paul Girard.`,
    'Paul Girard',
  ),
  fr(
    'told to a medium by its name, then the speaker',
    `« ${FQ} », explique à l’AFP Jeanne Martin, directrice du marché.`,
    'Jeanne Martin',
  ),
  fr('"pour X," opening the sentence', `Pour Jeanne Martin, « ${FQ} ».`, 'Jeanne Martin'),
  fr(
    '"pour la maire," then the reporter’s words',
    `Pour la maire, le marché est « ${FQ} ».`,
    'Jeanne Martin',
    `${FR} La maire, Jeanne Martin, a visité le chantier.`,
  ),
];

const spanish: Row[] = [
  es('preterite of a verb not listed before', `«${EQ}», garantizó Rosa Vidal.`, 'Rosa Vidal'),
  es('preterite, -ar', `«${EQ}», ratificó Rosa Vidal.`, 'Rosa Vidal'),
  es('preterite, -ar (2)', `«${EQ}», reprochó Rosa Vidal.`, 'Rosa Vidal'),
  es('pluperfect', `«${EQ}», había afirmado Rosa Vidal.`, 'Rosa Vidal'),
  es('perfect', `«${EQ}», ha puntualizado Rosa Vidal.`, 'Rosa Vidal'),
  es('irregular preterite', `«${EQ}», sugirió Rosa Vidal.`, 'Rosa Vidal'),
  es('"para X," opening the sentence', `Para Rosa Vidal, «${EQ}».`, 'Rosa Vidal'),
  es(
    '"para el alcalde," then the reporter’s words',
    `Para el alcalde, la obra es «${EQ}».`,
    'Juan Pérez',
    `${ES} El alcalde, Juan Pérez, visitó las obras.`,
  ),
  es('the raya set against the words', `—${EQ} —dijo Rosa Vidal—.`, 'Rosa Vidal'),
];

const portuguese: Row[] = [
  pt('"a" is the article after a verb', `“${PQ}”, afirmou a ministra Ana Costa.`, 'Ana Costa'),
  pt(
    '"a ministra" for the one minister',
    `De acordo com a ministra, “${PQ}”.`,
    'Ana Costa',
    `${PT} A ministra Ana Costa visitou as obras.`,
  ),
  pt('European Portuguese "referiu"', `“${PQ}”, referiu Costa.`, 'Ana Costa', PT_ONE),
  pt('European Portuguese "adiantou"', `“${PQ}”, adiantou Costa.`, 'Ana Costa', PT_ONE),
  pt('"vincou"', `“${PQ}”, vincou Costa.`, 'Ana Costa', PT_ONE),
  pt('imperfect', `“${PQ}”, afirmava Ana Costa.`, 'Ana Costa'),
  pt('compound pluperfect', `“${PQ}”, tinha afirmado Ana Costa.`, 'Ana Costa'),
  pt('compound pluperfect, irregular', `“${PQ}”, tinha dito Ana Costa.`, 'Ana Costa'),
  pt('a verb whose present is a noun, in the past', `“${PQ}”, notou Ana Costa.`, 'Ana Costa'),
  pt('"para X," opening the sentence', `Para Ana Costa, “${PQ}”.`, 'Ana Costa'),
  pt('the travessão', `— ${PQ} — disse Ana Costa.`, 'Ana Costa'),
];

const rows: Row[] = [...german, ...french, ...spanish, ...portuguese];

describe('the language files read each language’s attributions', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang))).find((candidate) =>
      candidate.text.startsWith(quotation),
    );
    expect(found).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });

  it('a byline names only a full name alone to the end of the paragraph', () => {
    for (const tail of ['Kai Dörfner hat das Buch gelesen.', 'Kai Dörfner und Eva Roth']) {
      const text = `${DE}\n\n„${DQ}.“ – ${tail}`;
      const found = directQuotes(suggest(article(text, 'de'))).find((candidate) =>
        candidate.text.startsWith(DQ),
      );
      expect(found?.speaker).toBeUndefined();
    }
  });

  it('de: a capitalised plural inside a sentence is a noun, not a verb of saying ("für Fragen")', () => {
    // A motto after a noun of mention is no quotation; "Fragen" must not make it someone's words.
    const text = `${DE}\n\nDas Forum für Fragen des Handels stand unter dem Motto „Ein starker Markt für eine lebendige Stadt“.`;
    expect(directQuotes(suggest(article(text, 'de')))).toEqual([]);
  });
});
