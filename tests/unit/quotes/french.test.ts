/**
 * French newsroom attribution, read as a French reader does: one row per construction, each with the smallest
 * article that shows it, written for this test. Each row: [kind, text, quotation, speaker]; `undefined` as the
 * speaker means "nobody": a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

/** Enough French for the text to read as it, whatever else the rows add. */
const LEAD =
  'Le conseil municipal a voté jeudi soir le budget de la commune. Les débats ont duré plus de quatre heures ' +
  'et l’opposition a quitté la salle avant le vote.';

const rows: Row[] = [
  [
    'an epithet with an elided article: "l’élu" is the one person in view',
    `${LEAD} Marc Aubert, conseiller municipal d’opposition, a voté contre.\n\n« Je ne voterai jamais un budget qui augmente la dette », rappelle l’élu.`,
    'Je ne voterai jamais un budget qui augmente la dette',
    'Marc Aubert',
  ],
  [
    '"l’édile": the mayor in view',
    `${LEAD} Le maire, Lucien Ferrand, a défendu ses choix.\n\n« Nous ne toucherons pas aux impôts locaux cette année », promet l’édile.`,
    'Nous ne toucherons pas aux impôts locaux cette année',
    'Lucien Ferrand',
  ],
  [
    '"l’élu" with two people in view names nobody',
    `${LEAD} Marc Aubert et Lucien Ferrand ont échangé des mots durs.\n\n« Je ne voterai jamais un budget qui augmente la dette », rappelle l’élu.`,
    'Je ne voterai jamais un budget qui augmente la dette',
    undefined,
  ],
  [
    '"le sexagénaire": the one person in view of that decade',
    `${LEAD} Gérard Fabre, 63 ans, tient la buvette du stade depuis toujours.\n\n« Je n’ai jamais vu une séance aussi agitée dans cette salle », sourit le sexagénaire.`,
    'Je n’ai jamais vu une séance aussi agitée dans cette salle',
    'Gérard Fabre',
  ],
  [
    '"la sexagénaire" is never a person the article gives another age',
    `${LEAD} Léa Fabre, 24 ans, suivait la séance depuis le public.\n\n« Je n’ai jamais vu une séance aussi agitée dans cette salle », sourit la sexagénaire.`,
    'Je n’ai jamais vu une séance aussi agitée dans cette salle',
    undefined,
  ],
  [
    'a manner adverb between the verb and the epithet: "résume sobrement le quinquagénaire"',
    `${LEAD} Gérard Fabre, 54 ans, tient la buvette du stade depuis toujours.\n\n« Je n’ai jamais vu une séance aussi agitée dans cette salle », résume sobrement le quinquagénaire.`,
    'Je n’ai jamais vu une séance aussi agitée dans cette salle',
    'Gérard Fabre',
  ],
  [
    '"la jeune femme": the one woman in view',
    `${LEAD} Léa Fabre, étudiante, suivait la séance depuis le public.\n\n« Je suis venue parce que le prix des loyers nous étrangle », raconte la jeune femme.`,
    'Je suis venue parce que le prix des loyers nous étrangle',
    'Léa Fabre',
  ],
  [
    'a verb whose present is a noun, right after the quotation: "tranche la ministre …, X"',
    `${LEAD}\n\n« Aucune école rurale ne fermera à la rentrée prochaine », tranche la ministre de l’Éducation, Sylvie Renaud.`,
    'Aucune école rurale ne fermera à la rentrée prochaine',
    'Sylvie Renaud',
  ],
  [
    '"pointe X" after the quotation',
    `${LEAD}\n\n« Le budget repose sur des recettes qui n’existent pas encore », pointe Marc Aubert.`,
    'Le budget repose sur des recettes qui n’existent pas encore',
    'Marc Aubert',
  ],
  [
    '"aux yeux de X, « … »"',
    `${LEAD}\n\nAux yeux de Marc Aubert, conseiller d’opposition, « ce budget repose sur des recettes imaginaires ».`,
    'ce budget repose sur des recettes imaginaires',
    'Marc Aubert',
  ],
  [
    '"de l’avis de X, « … »"',
    `${LEAD}\n\nDe l’avis de Marc Aubert, « ce budget repose sur des recettes imaginaires ».`,
    'ce budget repose sur des recettes imaginaires',
    'Marc Aubert',
  ],
  [
    '"Pour X, a role in apposition, « … »"',
    `${LEAD}\n\nPour Claire Dumas, politiste à l’université de Lille, « cette séance montre une majorité très fragile ».`,
    'cette séance montre une majorité très fragile',
    'Claire Dumas',
  ],
  [
    '"a-t-elle lancé" after two women joined with their roles in apposition names nobody',
    `${LEAD} Sylvie Renaud, adjointe aux finances, et Claire Dumas, conseillère d’opposition, se sont affrontées.\n\n« Ce budget ne tiendra pas jusqu’à la fin de l’année », a-t-elle lancé.`,
    'Ce budget ne tiendra pas jusqu’à la fin de l’année',
    undefined,
  ],
  [
    '"pouvait-on lire sur une banderole": nobody’s words, not the person in view',
    `${LEAD} Le maire, Lucien Ferrand, est arrivé sous les huées.\n\n« Non à la hausse des loyers dans nos quartiers populaires », pouvait-on lire sur une banderole.`,
    'Non à la hausse des loyers dans nos quartiers populaires',
    undefined,
  ],
  [
    'a medium named in one hyphenated word, then the speaker: "indique à Ouest-France X"',
    `${LEAD}\n\n« Le budget repose sur des recettes qui n’existent pas encore », indique à Ouest-France Marc Aubert, conseiller d’opposition.`,
    'Le budget repose sur des recettes qui n’existent pas encore',
    'Marc Aubert',
  ],
  [
    'a medium named in two words: "a expliqué à France Info X"',
    `${LEAD}\n\n« Le budget repose sur des recettes qui n’existent pas encore », a expliqué à France Info Marc Aubert.`,
    'Le budget repose sur des recettes qui n’existent pas encore',
    'Marc Aubert',
  ],
  [
    'the colleague spoken to is not the speaker: "a dit au collègue X"',
    `${LEAD}\n\n« Le budget repose sur des recettes qui n’existent pas encore », a dit au collègue Jean Martin.`,
    'Le budget repose sur des recettes qui n’existent pas encore',
    undefined,
  ],
  [
    'a lone lower-case word after "à" may be the person spoken to: "a expliqué à franceinfo X" names nobody',
    `${LEAD}\n\n« Le budget repose sur des recettes qui n’existent pas encore », a expliqué à franceinfo Marc Aubert.`,
    'Le budget repose sur des recettes qui n’existent pas encore',
    undefined,
  ],
  [
    'a spokesperson of a body written as an acronym: "un porte-parole de la SNCF"',
    `${LEAD}\n\n« Les trains régionaux circuleront normalement dès demain matin », a déclaré un porte-parole de la SNCF.`,
    'Les trains régionaux circuleront normalement dès demain matin',
    'SNCF',
  ],
  [
    '"a indiqué la préfecture dans un communiqué": the one body written with that noun before',
    `${LEAD} La préfecture du Gard a interdit la manifestation prévue samedi.\n\n« Les conditions de sécurité ne sont pas réunies pour ce rassemblement », a indiqué la préfecture dans un communiqué.`,
    'Les conditions de sécurité ne sont pas réunies pour ce rassemblement',
    'préfecture du Gard',
  ],
  [
    'two bodies written with the noun: nobody',
    `${LEAD} La préfecture du Gard et la préfecture de l’Hérault ont interdit les manifestations prévues samedi.\n\n« Les conditions de sécurité ne sont pas réunies pour ce rassemblement », a indiqué la préfecture dans un communiqué.`,
    'Les conditions de sécurité ne sont pas réunies pour ce rassemblement',
    undefined,
  ],
  [
    'a short French article reads as French: a partial quotation after "a affirmé que"',
    'Le stade a coûté deux fois plus cher que prévu. L’opposition demande un audit.\n\nMarc Aubert a affirmé que le projet était « un gâchis total pour les finances de la ville ».',
    'un gâchis total pour les finances de la ville',
    'Marc Aubert',
  ],
  [
    'dialogue set off by a dash, closed by a verb, the name and a role in apposition',
    `${LEAD}\n\n— Nous ne voterons jamais un budget qui sacrifie les écoles, lance Marc Aubert, conseiller d’opposition.`,
    'Nous ne voterons jamais un budget qui sacrifie les écoles',
    'Marc Aubert',
  ],
  [
    'a role of a body written in lower case is a role, not the body: "le directeur de l’hôpital, X"',
    `${LEAD}\n\n« Les urgences ne fermeront pas la nuit pendant tout l’été », explique le directeur de l’hôpital, Paul Vidal.`,
    'Les urgences ne fermeront pas la nuit pendant tout l’été',
    'Paul Vidal',
  ],
  [
    'a name after a preposition is where it was said: "a prévenu le ministre sur France Inter" is not France Inter’s',
    `${LEAD}\n\n« Il faudra trouver des économies dans tous les ministères », a prévenu le ministre sur France Inter.`,
    'Il faudra trouver des économies dans tous les ministères',
    undefined,
  ],
];

describe('French newsroom attribution', () => {
  it.each(rows)('%s', (_kind, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, 'fr'), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
    if (speaker === undefined) expect(found?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe('French dashes that open no speech', () => {
  it('a list item opening with a dash, with no verb of saying, is no quotation', () => {
    const text = `${LEAD}

— Une hausse de trois pour cent des tarifs de la cantine scolaire dès septembre.`;
    expect(directQuotes(suggest(article(text, 'fr'), { limit: 50 }))).toEqual([]);
  });
});
