/**
 * German attribution as regional papers and agencies write it, read as a careful reader does: the language
 * file's verbs, roles, organisations and source phrases, and the rules that read them. One row per
 * construction, each with the smallest article that shows it, written for this test. Each row: [kind, text,
 * quotation, speaker]; `undefined` as the speaker means "nobody": a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string | undefined];

/** A lead that reads as German and names nobody. */
const LEAD =
  'Der Gemeinderat hat am Dienstag über den Haushalt für das kommende Jahr beraten. Die Sitzung dauerte ' +
  'bis in den späten Abend.';

const rows: Row[] = [
  [
    'a surname spelled like a role ("Koch") after a given name is a name',
    `${LEAD}\n\n„Wir mussten in diesem Jahr leider zwei Stellen streichen“, sagt Bernd Koch.`,
    'Wir mussten in diesem Jahr leider zwei Stellen streichen',
    'Bernd Koch',
  ],
  [
    'a surname spelled like a role ("Richter") after a role and a given name is a name',
    `${LEAD}\n\n„Die Rücklagen reichen noch für genau zwei Jahre“, sagte Kämmerer Jan Richter.`,
    'Die Rücklagen reichen noch für genau zwei Jahre',
    'Jan Richter',
  ],
  [
    'a place adjective before a role is a role, not a name',
    `${LEAD}\n\n„Die Rücklagen reichen noch für genau zwei Jahre“, sagte der Hamburger Richter.`,
    'Die Rücklagen reichen noch für genau zwei Jahre',
    undefined,
  ],
  [
    'a quantity opens a plural subject, no person: "sagte er" after it is nobody’s',
    'Bürgermeister Jan Brenner und Landrat Ole Kranz haben am Freitag die neue Brücke eröffnet. ' +
      'Hunderte Besucher kamen.\n\n„Das ist ein historischer Tag für unsere kleine Gemeinde“, sagte er.',
    'Das ist ein historischer Tag für unsere kleine Gemeinde',
    undefined,
  ],
  [
    'a role before two names joined by "und" is each one’s: "der Bauunternehmer" is neither',
    'Die Bauunternehmer Karl Ebert und Fritz Lohmann haben ihre Aufträge vorgestellt. Beide sind ' +
      'skeptisch.\n\n„Die Preise für Baumaterial steigen seit Monaten ohne Pause“, sagte der Bauunternehmer.',
    'Die Preise für Baumaterial steigen seit Monaten ohne Pause',
    undefined,
  ],
  [
    '"Für X ist klar:" gives whose conviction the quotation is',
    `${LEAD}\n\nFür Ute Fischer ist klar: „Die Schule muss im Ort bleiben, was es auch kostet.“`,
    'Die Schule muss im Ort bleiben, was es auch kostet.',
    'Ute Fischer',
  ],
  [
    '"nach den Worten von X" names the source',
    `${LEAD}\n\nDie Ausstellung zeigt nach den Worten von Ruth Zeller „Bilder, die noch nie öffentlich zu sehen waren“.`,
    'Bilder, die noch nie öffentlich zu sehen waren',
    'Ruth Zeller',
  ],
  [
    '"Nach Angaben von" a role and a name, before a partial quotation',
    `${LEAD}\n\nNach Angaben von Verkehrsplaner Andreas Keil hat „der Verkehr in der Innenstadt stark zugenommen“.`,
    'der Verkehr in der Innenstadt stark zugenommen',
    'Andreas Keil',
  ],
  [
    'the article of "nach den Worten von" never ends a role: "sagte der Trainer nach dem Spiel"',
    'Trainer Jürgen Albers hat mit seinem Team beim Tabellenführer einen Punkt geholt.\n\n' +
      '„Die Mannschaft hat heute eine ganz starke Moral gezeigt“, sagte der Trainer nach dem Spiel.',
    'Die Mannschaft hat heute eine ganz starke Moral gezeigt',
    'Jürgen Albers',
  ],
  [
    'a compound role ending in "-führer" is split off the name',
    `${LEAD}\n\n„Die Landesregierung lässt die Kommunen mit den Kosten allein“, kritisiert Oppositionsführer Tobias Engel.`,
    'Die Landesregierung lässt die Kommunen mit den Kosten allein',
    'Tobias Engel',
  ],
  [
    'a club officer ("Jugendwartin") is a role the epithet refers back to',
    'Die Jugendfeuerwehr Marbach hat einen neuen Übungsplatz. Jugendwartin Lisa Engel hat das Projekt ' +
      'geleitet.\n\n„Wir haben den ganzen Winter über an diesem Konzept gearbeitet“, berichtet die Jugendwartin stolz.',
    'Wir haben den ganzen Winter über an diesem Konzept gearbeitet',
    'Lisa Engel',
  ],
  [
    'a spokeswoman of a body a regional paper quotes ("der Deutschen Bahn") speaks for it',
    'Zwischen Gera und Weimar fallen weiter Züge aus. Pendler brauchen Geduld.\n\n' +
      '„Wir rechnen mit weiteren Verzögerungen bis in den späten Herbst“, sagte eine Sprecherin der Deutschen Bahn.',
    'Wir rechnen mit weiteren Verzögerungen bis in den späten Herbst',
    'Deutschen Bahn',
  ],
  [
    'the body written into a spokesperson’s noun with a hyphen ("ein Bosch-Sprecher") speaks',
    'Das Werk in Reutlingen wird umgebaut. Rund 300 Beschäftigte sind betroffen.\n\n' +
      '„Für die Beschäftigten ändert sich an ihren Verträgen zunächst nichts“, sagte ein Bosch-Sprecher.',
    'Für die Beschäftigten ändert sich an ihren Verträgen zunächst nichts',
    'Bosch',
  ],
  [
    'a person’s name before "-Sprecher" is whom the spokesperson serves, not a body',
    'Kanzlerin Angela Merkel reiste nach Paris. Die Gespräche dauerten lange.\n\n' +
      '„Die Gespräche waren offen und von großem Vertrauen geprägt“, sagte ein Merkel-Sprecher.',
    'Die Gespräche waren offen und von großem Vertrauen geprägt',
    undefined,
  ],
  [
    'a body’s noun written into a spokesperson’s ("Konzernsprecher") is the body named with it',
    'Der Konzern Hartmann will sein Werk in Görlitz verkleinern. Die Gewerkschaft protestiert.\n\n' +
      '„Wir prüfen derzeit alle Möglichkeiten, um das Werk zu erhalten“, erklärte ein Konzernsprecher.',
    'Wir prüfen derzeit alle Möglichkeiten, um das Werk zu erhalten',
    'Konzern Hartmann',
  ],
  [
    'a municipal company in the plural ("teilten die Verkehrsbetriebe … mit") speaks',
    'Die Linie 4 fährt ab Montag seltener. Fahrgäste ärgern sich.\n\n' +
      '„Uns fehlen seit Monaten mehr als zwanzig Fahrerinnen und Fahrer“, teilten die Verkehrsbetriebe Wittenberg mit.',
    'Uns fehlen seit Monaten mehr als zwanzig Fahrerinnen und Fahrer',
    'Verkehrsbetriebe Wittenberg',
  ],
  [
    '"heißt es in einer Mitteilung der" a body names the body',
    'Die Filiale in Murg schließt im Mai. Kunden sind verärgert.\n\n' +
      '„Die Schließung ist aus wirtschaftlichen Gründen leider unvermeidbar“, heißt es in einer Mitteilung der Sparkasse Murgtal.',
    'Die Schließung ist aus wirtschaftlichen Gründen leider unvermeidbar',
    'Sparkasse Murgtal',
  ],
  [
    '"heißt es in einer Mitteilung" without a body names nobody',
    'Die Filiale in Murg schließt im Mai. Kunden sind verärgert.\n\n' +
      '„Die Schließung ist aus wirtschaftlichen Gründen leider unvermeidbar“, heißt es in einer Mitteilung.',
    'Die Schließung ist aus wirtschaftlichen Gründen leider unvermeidbar',
    undefined,
  ],
  [
    'an age epithet ("der 72-Jährige") is the one person named in full in view',
    'Nach 30 Jahren verlässt Werner Stahl den Stadtrat von Neustadt. Er war der dienstälteste Ratsherr.\n\n' +
      '„Die Arbeit im Stadtrat hat mir immer große Freude bereitet“, sagt der 72-Jährige.',
    'Die Arbeit im Stadtrat hat mir immer große Freude bereitet',
    'Werner Stahl',
  ],
  [
    'an age epithet with two people of that age in view names nobody',
    'Die Pflegerinnen Anna Keller und Maria Böhm gehen in Rente. Beide sind 64 Jahre alt.\n\n' +
      '„Ich habe mein ganzes Leben in diesem Beruf gearbeitet“, sagt die 64-Jährige.',
    'Ich habe mein ganzes Leben in diesem Beruf gearbeitet',
    undefined,
  ],
  [
    'an age epithet brought in without a name ("eine 45-Jährige") is nobody named',
    'Die Polizei hat eine 45-Jährige festgenommen, nachdem Jana Roth den Notruf gewählt hatte.\n\n' +
      '„Ich wollte doch nur mein Fahrrad aus dem Hof holen“, sagte die 45-Jährige.',
    'Ich wollte doch nur mein Fahrrad aus dem Hof holen',
    undefined,
  ],
  [
    'a German article inside a run of capitals ends the name ("so fasst Lang das Jahr zusammen")',
    'Die Stadt hat ihre Jahresrechnung vorgelegt. Kämmerer Holger Lang ist zufrieden.\n\n' +
      '„Unter dem Strich bleibt ein kleines Plus für die Stadtkasse“ – so fasst Lang das Jahr zusammen.',
    'Unter dem Strich bleibt ein kleines Plus für die Stadtkasse',
    'Holger Lang',
  ],
  [
    'a possessive and a noun before a colon ("Sein Appell:") stand for the one man in view',
    'Der Verein sucht neue Mitglieder. Vorsitzender Ulrich Beck hofft auf Zulauf.\n\n' +
      'Sein Appell: „Kommen Sie vorbei und machen Sie mit, jeder wird gebraucht.“',
    'Kommen Sie vorbei und machen Sie mit, jeder wird gebraucht.',
    'Ulrich Beck',
  ],
  [
    '"Sein Appell:" with two men in view, joined by "und", is nobody’s (and no name)',
    'Der Verein sucht neue Mitglieder. Die Vorsitzenden Ulrich Beck und Jan Ott hoffen auf Zulauf.\n\n' +
      'Sein Appell: „Kommen Sie vorbei und machen Sie mit, jeder wird gebraucht.“',
    'Kommen Sie vorbei und machen Sie mit, jeder wird gebraucht.',
    undefined,
  ],
  [
    '"sagte er" after two men joined by "und", only one marked by a role, is nobody’s',
    'Der Verein sucht neue Mitglieder. Vorsitzender Ulrich Beck und Kassierer Jan Ott hoffen auf Zulauf.\n\n' +
      '„Kommen Sie vorbei und machen Sie mit, jeder wird gebraucht“, sagte er.',
    'Kommen Sie vorbei und machen Sie mit, jeder wird gebraucht',
    undefined,
  ],
  [
    '„…“ Das sagt X.: the sentence after the quotation that points back to it attributes it',
    'In Hausen wird eine neue Ampel gebaut. Eltern hatten sie lange gefordert.\n\n' +
      '„Die Sicherheit der Kinder auf dem Schulweg hat für uns Vorrang.“ Das sagt Bürgermeister Jan Kranz.',
    'Die Sicherheit der Kinder auf dem Schulweg hat für uns Vorrang.',
    'Jan Kranz',
  ],
  [
    '„…“ Das sagen viele Eltern.: several people’s words are no one person’s, not even the one in view',
    'In Hausen wird eine neue Ampel gebaut. Bürgermeister Jan Kranz ist froh darüber.\n\n' +
      '„Die Sicherheit der Kinder auf dem Schulweg hat für uns Vorrang.“ Das sagen viele Eltern.',
    'Die Sicherheit der Kinder auf dem Schulweg hat für uns Vorrang.',
    undefined,
  ],
];

describe('German attribution', () => {
  it.each(rows)('%s', (_kind, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, 'de'), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
    if (speaker === undefined) expect(found?.confidence ?? 0).toBeLessThan(0.5);
  });
});
