/**
 * Page furniture by its shape, in several languages (utils/quotes/furniture.ts and the `furniture` data of
 * utils/quotes/lang/*.ts): credits, contact and data lines, pointers, event stamps, calls to the reader and a
 * press release's closing section are never suggested; body sentences that only look alike are kept.
 */
import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../../utils/quotes/furniture';
import { article, speakers, suggest } from './helpers';

const BODY = 'Die Stadt baut eine neue Brücke über den Fluss, die 40 Millionen Euro kosten wird.';
const BODY_EN = 'The city is building a new bridge over the river that will cost 40 million dollars.';

function texts(text: string, lang: string): string[] {
  return suggest(article(text, lang)).map((candidate) => candidate.text);
}

describe('a credit after a caption or in brackets', () => {
  it.each([
    ['de', 'Der Stadtrat hat den Bau des Radwegs am Fluss im Mai einstimmig beschlossen. Symbolbild: Archiv'],
    [
      'de',
      'Der Stadtrat hat den Bau des Radwegs am Fluss im Mai einstimmig beschlossen (Bildnachweis: Stadt).',
    ],
    [
      'en',
      'Residents gather on the new footbridge over the river on the morning it opened. Source: City of Riverton',
    ],
    [
      'fr',
      'Le maire inaugure la nouvelle passerelle au-dessus de la rivière ce samedi matin. Crédits : Mairie',
    ],
    [
      'es',
      'Vecinos del barrio celebran la apertura del nuevo puente peatonal sobre el río. Fuente: Ayuntamiento',
    ],
    [
      'pt',
      'Moradores comemoram a abertura da nova ponte para pedestres sobre o rio no centro. Imagem: Prefeitura',
    ],
    [
      'pl',
      'Mieszkańcy świętują otwarcie nowego mostu dla pieszych nad rzeką w centrum miasta. Źródło: Urząd Miasta',
    ],
  ])('%s: %s', (lang, caption) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${caption}`, lang)).toEqual([body]);
  });
});

describe('contact details', () => {
  it.each([
    [
      'an e-mail address',
      'de',
      'Fragen zur Anmeldung für den Lauf beantwortet das Bürgerbüro gern per Mail an buero@neustadt.example.',
    ],
    [
      'a phone number',
      'en',
      'Anyone who saw the collision on Main Street is asked to call the station on +44 20 7946 0000.',
    ],
    [
      'a web address',
      'de',
      'Der vollständige Fahrplan der neuen Buslinien steht ab Montag bereit (https://bus.neustadt.example/plan).',
    ],
  ])('%s', (_case, lang, line) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${line}`, lang)).toEqual([body]);
  });
});

describe('data lines: a field label and a colon', () => {
  it.each([
    ['de', 'Eintritt: frei, Spenden für die neue Orgel werden am Ausgang gern angenommen.'],
    ['en', 'Admission: free for all children and their families, donations welcome at the door.'],
    ['fr', 'Lieu : salle des fêtes de Neuville, entrée libre pour toutes les familles du quartier.'],
    ['es', 'Lugar: centro cultural del barrio, con entrada libre para todas las familias vecinas.'],
    ['pt', 'Local: centro cultural do bairro, com entrada franca para todas as famílias vizinhas.'],
    ['pl', 'Miejsce: dom kultury przy rynku, wstęp wolny dla wszystkich rodzin z dziećmi z okolicy.'],
  ])('%s: %s', (lang, line) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${line}`, lang)).toEqual([body]);
  });
});

describe('pointers elsewhere', () => {
  it.each([
    ['de', 'Das Anmeldeformular für den Stadtlauf steht auf der Seite der Stadt zum Download bereit.'],
    ['de', 'Weitere Informationen geben die Mitarbeiterinnen des Bürgerbüros im alten Rathaus am Markt.'],
    ['en', 'For further information on the new routes and fares, ask at the transport office.'],
    ['fr', 'Le programme complet du festival est disponible en téléchargement sur le site de la mairie.'],
    ['es', 'Para participar en el concurso de dibujo, regístrate en el ayuntamiento antes de mayo.'],
    ['pt', 'Para mais informações sobre os horários, procure a secretaria municipal do bairro.'],
    ['pl', 'Więcej informacji na temat rozkładu jazdy można uzyskać w biurze obsługi klienta.'],
  ])('%s: %s', (lang, line) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${line}`, lang)).toEqual([body]);
  });
});

describe('a short line with a date and a clock time: a timestamp or an event', () => {
  it.each([
    ['de', 'Gottesdienst zum Erntedankfest am 2.10.2022 um 10 Uhr in der Stadtkirche am Markt.'],
    ['en', 'Public meeting on 10/14/2024 at 7 p.m. in the hall of the library downtown.'],
  ])('%s: %s', (lang, line) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${line}`, lang)).toEqual([body]);
  });
});

describe('a sentence speaking to the reader', () => {
  it.each([
    ['de', 'Das neue Heft mit allen Terminen des Sommers können Sie ab sofort im Rathaus bestellen.'],
    ['en', 'You can register for the charity run until the end of the month at the town hall.'],
    ['fr', 'Vous pouvez réserver vos places pour le concert du dimanche jusqu’à la fin du mois.'],
  ])('%s: %s', (lang, line) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${line}`, lang)).toEqual([body]);
  });
});

describe('an editor’s note about the piece or its author', () => {
  it.each([
    ['de', 'Das Gespräch wurde schriftlich mit der Leiterin des Bauamts im Sommer geführt.'],
    ['de', 'Die Autorin ist Journalistin und schreibt seit vielen Jahren über Städtebau.'],
    ['en', 'This interview has been edited and condensed for length and for clarity.'],
    ['fr', 'Nous remercions la mairie de Neuville pour son aide précieuse lors du reportage.'],
    ['es', 'Esta entrevista ha sido editada por razones de espacio y de claridad.'],
    ['pt', 'Esta entrevista foi editada por razões de espaço e de clareza para o leitor.'],
    ['pl', 'Wywiad został zredagowany i skrócony przez redakcję ze względu na objętość.'],
    ['en', 'This version corrects the name of the bridge in the third paragraph of the story.'],
    ['en', 'In this photo taken on Monday, workers lift the last steel beam of the new bridge into place.'],
    ['en', 'Many thanks to everyone at the city archive who helped us find the old bridge plans.'],
    ['en', 'Posted on Monday 3 March 2025 at 10:15 by the editors of the Riverton Daily Ledger.'],
    ['es', 'Reproduciendo: Así se construye el nuevo puente sobre el río en solo tres semanas.'],
  ])('%s: %s', (lang, line) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${line}`, lang)).toEqual([body]);
  });

  it('an affiliate disclosure', () => {
    const line = 'Some of the links on this page are affiliate links, and buying through them supports us.';
    expect(texts(`${BODY_EN}\n\n${line}`, 'en')).toEqual([BODY_EN]);
  });
});

describe('boxes that the line next to them gives away', () => {
  it('a name alone on its line, then a paragraph opening with it: an author’s box', () => {
    const second = 'Der Bau soll im Frühjahr beginnen und mehr als drei Jahre dauern, sagt das Bauamt.';
    const box = 'Erika Muster studiert seit 2019 Bauingenieurwesen an der Hochschule in der Nachbarstadt.';
    expect(texts([BODY, second, 'Erika Muster', box].join('\n\n'), 'de')).toEqual([BODY, second]);
  });

  const caption = 'Workers lift the last steel beam of the new bridge into place on Wednesday afternoon.';

  it('a caption after an image’s file name', () => {
    expect(texts([BODY_EN, 'bridge beam lift.jpg', caption].join('\n\n'), 'en')).toEqual([BODY_EN]);
  });

  it('a caption before its bracketed credit', () => {
    expect(texts([BODY_EN, caption, '(Erika Muster/Riverton Post)'].join('\n\n'), 'en')).toEqual([BODY_EN]);
  });

  it('a short paragraph before a bracketed note that is no credit stays', () => {
    const note = '(This story has been corrected to give the right date of the opening.)';
    expect(texts([BODY_EN, caption, note].join('\n\n'), 'en')).toContain(caption);
  });

  it('a closing heading ending the paragraph before its section', () => {
    const second = 'Work is due to start in the spring and will take more than three years to finish.';
    const note = 'The interview was conducted in writing in June. About Erika Muster:';
    const bio = 'Erika Muster designs bridges and has built more than forty of them across the country.';
    expect(texts([BODY_EN, second, note, bio].join('\n\n'), 'en')).toEqual([BODY_EN, second]);
  });
});

describe('a promo paragraph ending in a call to the reader', () => {
  it('the whole short paragraph goes, its teaser with it', () => {
    const teaser = 'Gutes Heu ist die Grundlage jeder Fütterung, doch viele Ballen enthalten zu viel Staub.';
    const call = 'Worauf es beim Kauf ankommt, lesen Sie in unserer nächsten Ausgabe ab Freitag.';
    expect(texts(`${BODY}\n\n${teaser} ${call}`, 'de')).toEqual([BODY]);
  });

  it('an article that speaks to its reader throughout (a guide) keeps its sentences', () => {
    const guide = [
      'Fragen Sie Ihren Arbeitgeber zuerst, ob er einen Zuschuss von 20 Prozent zur Rente zahlt.',
      'Prüfen Sie danach, ob sich der Vertrag auch bei einem Wechsel der Stelle mitnehmen lässt.',
      'Vergleichen Sie am Ende mindestens drei Angebote, bevor Sie einen Vertrag unterschreiben.',
    ];
    expect(texts([BODY, ...guide].join('\n\n'), 'de')).toEqual(expect.arrayContaining(guide));
  });

  it('"Sie" opening a later sentence of a paragraph is "she" or "they", not the reader', () => {
    const first =
      'Die Legende von der Rettung des Jungen ist seit vielen Jahrhunderten in ganz Europa bekannt.';
    const second = 'Sie ist im Osten seit dem 6. Jahrhundert und im Westen seit dem 9. Jahrhundert belegt.';
    expect(texts(`${BODY}\n\n${first} ${second}`, 'de')).toContain(first);
  });
});

describe('a closing section after the story', () => {
  it.each([
    [
      'de',
      'Über die Stiftung',
      'Die Stiftung Neustädter Brücken fördert seit vielen Jahren Projekte in der ganzen Region.',
    ],
    [
      'en',
      'About Riverton Transit',
      'Riverton Transit runs more than forty bus routes across the county, every single day.',
    ],
  ])('%s: %s', (lang, heading, about) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    const second =
      lang === 'de'
        ? 'Der Bau soll im Frühjahr beginnen und mehr als drei Jahre dauern.'
        : 'Work is due to start in the spring and will take more than three years.';
    expect(texts(`${body}\n\n${second}\n\n${heading}\n\n${about}`, lang)).toEqual([body, second]);
  });

  it('a closing label opening its paragraph', () => {
    const line = 'Pressekontakt: Erika Muster, Stadtverwaltung, Rathausplatz 1, 12345 Neustadt, Zimmer 4.';
    expect(texts(`${BODY}\n\n${line}`, 'de')).toEqual([BODY]);
  });

  it('a paragraph wholly in brackets: an editor’s note', () => {
    const line = '(Dieser Beitrag erschien zuerst in der Wochenendausgabe unserer Zeitung am Samstag.)';
    expect(texts(`${BODY}\n\n${line}`, 'de')).toEqual([BODY]);
  });
});

describe('body sentences that only look like furniture are kept', () => {
  it.each([
    ['de', 'Sie sagte, die Brücke werde den Verkehr in der Innenstadt um die Hälfte verringern.'],
    ['en', 'You cannot fix a broken transport system by adding more lanes to every road in town.'],
    ['en', 'About 2,000 people crossed the new bridge on its first day, twice as many as expected.'],
    ['en', 'The source of the leak was a cracked pipe under the old bridge, the engineers found.'],
    ['es', 'Sobre la mesa hay tres propuestas para reducir el tráfico en el centro de la ciudad.'],
    [
      'de',
      'Der Unfall ereignete sich am 12.03.2023 gegen 14:30 Uhr auf der Bundesstraße, als ein Lastwagen in einer Kurve von der Fahrbahn abkam.',
    ],
    // A site named in passing is no pointer; a decimal ending a sentence is no date.
    ['en', 'The company’s website, www.riverton.example, went down on Monday for nine hours.'],
    ['en', 'The county said inflation had risen to 2.5 percent by 10:30 on the morning of the vote.'],
    // German "du" is French "of the": a French sentence with a verb of a call to action is the story's.
    ['fr', 'La ministre du Travail veut suivre de près la négociation sur les salaires des cheminots.'],
  ])('%s: %s', (lang, line) => {
    const body = lang === 'de' ? BODY : BODY_EN;
    expect(texts(`${body}\n\n${line}`, lang)).toContain(line);
  });

  it('a closing heading with a long part of the story after it heads that part', () => {
    const rest = Array.from(
      { length: 6 },
      (_, i) => `Im Abschnitt ${i + 1} der Bauarbeiten werden mehr als 200 Pfeiler gesetzt.`,
    );
    const result = texts([BODY, 'Info', ...rest].join('\n\n'), 'de');
    expect(result).toContain(rest[5]);
  });

  it('a pointer phrase inside quoted speech leaves the paragraph a quotation', () => {
    const line =
      '“We need to learn more about what happened on the bridge,” said the police chief, Anna Berg.';
    expect(speakers(suggest(article(`${BODY_EN}\n\n${line}`, 'en')))).toContainEqual([
      'We need to learn more about what happened on the bridge',
      'Anna Berg',
      expect.anything(),
    ]);
  });

  it('a lead-in ending with a heading word and a colon introduces a quotation, not a closing section', () => {
    const rest = [
      'Work is due to start in the spring and will take more than three years.',
      'The mayor answered questions for an hour. About the cost of the bridge, she said:',
      '“Every dollar of it is money well spent on the next fifty years of this town.”',
    ];
    const result = texts([BODY_EN, ...rest].join('\n\n'), 'en');
    expect(result).toContain('Every dollar of it is money well spent on the next fifty years of this town.');
  });

  it('a subheading that opens with a heading word but names no body heads a part of the story', () => {
    const part = [
      'The new law changes how the tolls for every bridge in the county are set and who sets them.',
      'It comes into force in May next year, after a vote in the state assembly this winter.',
    ];
    const result = texts(
      [BODY_EN, 'Work starts in the spring.', 'About the new toll law', ...part].join('\n\n'),
      'en',
    );
    expect(result).toContain(part[0]);
  });

  it('a quotation addressing the reader keeps its sure speaker', () => {
    const text = `${BODY}\n\n„Sie können sich auf uns verlassen, das verspreche ich Ihnen“, sagte Bürgermeisterin Anna Berg.`;
    expect(speakers(suggest(article(text, 'de')))).toContainEqual([
      'Sie können sich auf uns verlassen, das verspreche ich Ihnen',
      'Anna Berg',
      expect.anything(),
    ]);
  });
});

describe('shapes that are not furniture', () => {
  const words = (line: string) =>
    line
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
  it.each([
    'Inflation rose to 2.5. The meeting resumed at 10:30 with all the ministers.',
    'The company’s website, www.riverton.example, went down on Monday.',
  ])('%s', (line) => {
    expect(isFurnitureLine(line, words(line))).toBe(false);
  });

  it.each(['Konzert am 3.4., 19 Uhr, in der Stadthalle.', 'Mehr zum Programm unter www.neustadt.example'])(
    'still furniture: %s',
    (line) => {
      expect(isFurnitureLine(line, words(line))).toBe(true);
    },
  );
});

describe('what the markup sets apart', () => {
  const second = 'Der Bau soll im Frühjahr beginnen und mehr als drei Jahre dauern, sagt das Bauamt.';
  const note = 'Die Neustädter Werke versorgen seit mehr als hundert Jahren die ganze Region mit Strom.';
  const withHtml = (paragraphs: string[], html: string) => ({
    ...article(paragraphs.join('\n\n'), 'de'),
    contentHtml: html,
  });
  const run = (paragraphs: string[], html: string) =>
    suggest(withHtml(paragraphs, html)).map((candidate) => candidate.text);

  it('a paragraph wholly in small print is furniture wherever it stands', () => {
    const html = `<p>${BODY}</p><p><small>${note}</small></p><p>${second}</p>`;
    expect(run([BODY, note, second], html)).not.toContain(note);
  });

  it('a paragraph wholly in italics at the end is furniture', () => {
    const html = `<p>${BODY}</p><p>${second}</p><p><em>${note}</em></p>`;
    expect(run([BODY, second, note], html)).toEqual([BODY, second]);
  });

  it('a paragraph opening in italics does not hide a later paragraph wholly in italics', () => {
    const opening =
      'Der Bau soll im Frühjahr beginnen, und er wird mehr als drei Jahre dauern, sagt das Bauamt.';
    const html = `<p>${BODY}</p><p><em>Der Bau</em> soll im Frühjahr beginnen, und er wird mehr als drei Jahre dauern, sagt das Bauamt.</p><p><em>${note}</em></p>`;
    expect(run([BODY, opening, note], html)).toEqual([BODY, opening]);
  });

  it('a paragraph mostly of link text is a teaser; one with a short link is a sentence', () => {
    const teaser = 'Lesetipp: Wie die Stadt ihre alten Brücken in den nächsten zehn Jahren erneuern will.';
    const linked = 'Das Bauamt hat die Pläne für die Brücke im Mai im Rathaus öffentlich ausgestellt.';
    const html =
      `<p>${BODY}</p><p>Lesetipp: <a href="/b">${teaser.slice(10)}</a></p>` +
      `<p>Das Bauamt hat <a href="/p">die Pläne</a> für die Brücke im Mai im Rathaus öffentlich ausgestellt.</p>`;
    const result = run([BODY, teaser, linked], html);
    expect(result).not.toContain(teaser);
    expect(result).toContain(linked);
  });

  it('italics early on (a standfirst) and speech in italics are kept', () => {
    const speech = '„Wir haben lange auf diese Brücke gewartet, jetzt ist sie endlich da.“';
    const html = `<p><em>${note}</em></p><p>${BODY}</p><p>${second}</p><p><em>${speech}</em></p>`;
    const result = suggest(withHtml([note, BODY, second, speech], html)).map((candidate) => candidate.text);
    expect(result).toContain(note);
    expect(result).toContain(speech.slice(1, -1));
  });
});
