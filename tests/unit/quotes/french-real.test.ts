/**
 * French attribution as published news writes it, one row per construction found again and again in real
 * articles; each row's article is written for this test. Each row: [kind, text, quotation, speaker];
 * `undefined` as the speaker means "nobody": a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

/** Enough French for the text to read as it, whatever else the rows add. */
const LEAD =
  'La commune a présenté mardi son nouveau plan de circulation. Les commerçants du centre-ville craignent une ' +
  'baisse de fréquentation pendant les travaux.';

const rows: Row[] = [
  [
    'whom it was said to after the role: "confie la réalisatrice à Télérama" is not Télérama’s',
    `${LEAD} Sophie Marchal, réalisatrice, a filmé le chantier pendant six mois.\n\n« J’ai eu peur de ne jamais terminer ce film », confie la réalisatrice à Télérama.`,
    'J’ai eu peur de ne jamais terminer ce film',
    'Sophie Marchal',
  ],
  [
    'a medium named after its noun: "lors d’un entretien à la radio Ondes Claires" is where it was said',
    `${LEAD} Le maire, Lucien Ferrand, défend le projet.\n\n« Nous avons consulté chaque riverain avant de décider », a déclaré le maire lors d’un entretien à la radio Ondes Claires.`,
    'Nous avons consulté chaque riverain avant de décider',
    'Lucien Ferrand',
  ],
  [
    '"Selon lui, « … »": the one man in view',
    `${LEAD} Marc Aubert, conseiller municipal d’opposition, a voté contre. Selon lui, « ce plan sacrifie les piétons au profit des livraisons ».`,
    'ce plan sacrifie les piétons au profit des livraisons',
    'Marc Aubert',
  ],
  [
    '"Pour lui, « … »" after a sentence that names him without a verb',
    `${LEAD} Un sujet sensible pour Marc Aubert, élu d’opposition depuis douze ans.\n\nPour lui, « la mairie a décidé seule sans écouter les habitants du quartier ».`,
    'la mairie a décidé seule sans écouter les habitants du quartier',
    'Marc Aubert',
  ],
  [
    '"Et d’ajouter : « … »" is speech, not words mentioned, even when nobody is named for it',
    `${LEAD} « Nous avons perdu un tiers de nos clients depuis le printemps », explique un commerçant. Et d’ajouter : « Les travaux vont durer jusqu’au mois de septembre. »`,
    'Les travaux vont durer jusqu’au mois de septembre.',
    undefined,
  ],
  [
    'a portfolio after the role: "la ministre de la Culture Hélène Garnier" is Hélène Garnier, the minister',
    `La ministre de la Culture Hélène Garnier a inauguré samedi le nouveau musée de la ville.\n\n« Ce lieu appartient désormais à tous les habitants de la région », a déclaré la ministre.`,
    'Ce lieu appartient désormais à tous les habitants de la région',
    'Hélène Garnier',
  ],
  [
    'an adjective inside the role: "le ministre italien de l’Économie Paolo Conti", then the Prime Minister',
    `Le ministre italien de l’Économie Paolo Conti a présenté lundi le budget.\n\n« Nous ne toucherons pas aux retraites cette année », a déclaré le ministre lors d’une conférence de presse.\n\nLe Premier ministre Marco Bellini doit s’exprimer jeudi.`,
    'Nous ne toucherons pas aux retraites cette année',
    'Paolo Conti',
  ],
  [
    'a pronoun after a sentence whose subject is another, unnamed role holder names nobody',
    `${LEAD} Le directeur des services techniques, Paul Roy, a ouvert la réunion. Le président de l’union des commerçants a ensuite pris la parole. « Nous demandons un report des travaux jusqu’à la fin des soldes », a-t-il déclaré.`,
    'Nous demandons un report des travaux jusqu’à la fin des soldes',
    undefined,
  ],
  [
    'a name after an institution’s noun is the institution’s: "l’orphelinat Sainte Claire" is no person',
    `${LEAD} La directrice de l’orphelinat Sainte Claire, la sœur Anne Morel, a reçu les dons. Cette dernière a remercié les donateurs. « Ces enfants n’avaient jamais reçu autant de cadeaux », a-t-elle déclaré.`,
    'Ces enfants n’avaient jamais reçu autant de cadeaux',
    'Anne Morel',
  ],
];

describe('French attribution as real articles write it', () => {
  it.each(rows)('%s', (_kind, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, 'fr'), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
    if (speaker === undefined) expect(found?.confidence ?? 0).toBeLessThan(0.5);
  });
});
