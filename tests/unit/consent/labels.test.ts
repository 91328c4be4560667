import { describe, expect, it } from 'vitest';
import { type ConsentClick, classifyConsentText } from '@/utils/consent/classify';

/**
 * Real button labels, copied from the locale files the consent libraries ship on the npm registry (the
 * versions pinned in package.json) and from their documented set-ups, each with what a click on it means.
 * "necessary" and "ambiguous" are the two ways a label can mention a limit: necessary-only wording is a
 * reject; an accept that names something more than the necessary (or an exception) learns nothing.
 * "close" learns nothing either: closing a banner is not a choice.
 */
type Expected = 'accept' | 'reject' | 'necessary' | 'settings' | 'close' | 'ambiguous';

const LEARNED: Record<Expected, ConsentClick | null> = {
  accept: 'accept',
  reject: 'reject',
  necessary: 'reject',
  settings: 'settings',
  close: null,
  ambiguous: null,
};

// [label, language, source, expected]
const LABELS: [string, string, string, Expected][] = [
  // tarteaucitronjs 1.34.0, lang/tarteaucitron.<lang>.js: acceptAll, allowAll, denyAll, personalize, close, deny
  ['OK, accept all', 'en', 'tarteaucitron acceptAll', 'accept'],
  ['Allow all cookies', 'en', 'tarteaucitron allowAll', 'accept'],
  ['Deny all cookies', 'en', 'tarteaucitron denyAll', 'reject'],
  ['Personalize', 'en', 'tarteaucitron personalize', 'settings'],
  ['Close', 'en', 'tarteaucitron close', 'close'],
  ['Hide cookie banner', 'en', 'tarteaucitron closeBanner', 'close'],
  ['Alle akzeptieren', 'de', 'tarteaucitron acceptAll', 'accept'],
  ['Erlaube alle Cookies', 'de', 'tarteaucitron allowAll', 'accept'],
  ['Verbiete alle Cookies', 'de', 'tarteaucitron denyAll', 'reject'],
  ['Personalisieren', 'de', 'tarteaucitron personalize', 'settings'],
  ['Schließen', 'de', 'tarteaucitron close', 'close'],
  ['Tout accepter', 'fr', 'tarteaucitron acceptAll', 'accept'],
  ['Tout refuser', 'fr', 'tarteaucitron denyAll', 'reject'],
  ['Interdire', 'fr', 'tarteaucitron deny', 'reject'],
  ['Fermer', 'fr', 'tarteaucitron close', 'close'],
  ['OK, aceptar todas', 'es', 'tarteaucitron acceptAll', 'accept'],
  ['Denegar todas las cookies', 'es', 'tarteaucitron denyAll', 'reject'],
  ['Cerrar', 'es', 'tarteaucitron close', 'close'],
  ['Ok, accetta tutto', 'it', 'tarteaucitron acceptAll', 'accept'],
  ['Rifiuta tutti i cookie', 'it', 'tarteaucitron denyAll', 'reject'],
  ['Blocca', 'it', 'tarteaucitron deny', 'reject'],
  ['Chiudi', 'it', 'tarteaucitron close', 'close'],
  ['OK, accepteer alle', 'nl', 'tarteaucitron acceptAll', 'accept'],
  ['Sta alle cookies toe', 'nl', 'tarteaucitron allowAll', 'accept'],
  ['Weiger alle cookies', 'nl', 'tarteaucitron denyAll', 'reject'],
  ['Personaliseer', 'nl', 'tarteaucitron personalize', 'settings'],
  ['OK, akceptuję wszystko', 'pl', 'tarteaucitron acceptAll', 'accept'],
  ['Zablokuj wszystkie pliki cookies', 'pl', 'tarteaucitron denyAll', 'reject'],
  ['Odmów', 'pl', 'tarteaucitron deny', 'reject'],
  ['Zamknij', 'pl', 'klaro close', 'close'],
  ['OK, aceitar tudo', 'pt', 'tarteaucitron acceptAll', 'accept'],
  ['Proíbe todos cookies', 'pt', 'tarteaucitron denyAll', 'reject'],
  ['Fechar', 'pt', 'tarteaucitron close', 'close'],
  // klaro 0.7.22, src/translations/<lang>.yml: ok, acceptAll, acceptSelected, decline, consentNotice.learnMore
  ["That's ok", 'en', 'klaro ok', 'accept'],
  ['I decline', 'en', 'klaro decline', 'reject'],
  ['Accept selected', 'en', 'klaro acceptSelected', 'settings'],
  ['Let me choose', 'en', 'klaro learnMore', 'settings'],
  ['Das ist ok', 'de', 'klaro ok', 'accept'],
  ['Ich lehne ab', 'de', 'klaro decline', 'reject'],
  ['Ausgewählte akzeptieren', 'de', 'klaro acceptSelected', 'settings'],
  ['Lassen Sie mich wählen', 'de', 'klaro learnMore', 'settings'],
  ["C'est bon.", 'fr', 'klaro ok', 'accept'],
  ['Je refuse', 'fr', 'klaro decline', 'reject'],
  ['Accepter sélectionné', 'fr', 'klaro acceptSelected', 'settings'],
  ['Laissez-moi choisir', 'fr', 'klaro learnMore', 'settings'],
  ['De acuerdo', 'es', 'klaro ok', 'accept'],
  ['Descartar todas', 'es', 'klaro decline', 'reject'],
  ['Aceptar seleccionadas', 'es', 'klaro acceptSelected', 'settings'],
  ['Quiero elegir', 'es', 'klaro learnMore', 'settings'],
  ['Va bene così', 'it', 'klaro ok', 'accept'],
  ['Rifiuto', 'it', 'klaro decline', 'reject'],
  ['Accettare selezionato', 'it', 'klaro acceptSelected', 'settings'],
  ['Lasciatemi scegliere', 'it', 'klaro learnMore', 'settings'],
  ['Dat is oké', 'nl', 'klaro ok', 'accept'],
  ['Ik weiger', 'nl', 'klaro decline', 'reject'],
  ['Laat me kiezen', 'nl', 'klaro learnMore', 'settings'],
  ['Odmawiam', 'pl', 'klaro decline', 'reject'],
  ['Zaakceptuj wybrane', 'pl', 'klaro acceptSelected', 'settings'],
  ['Pozwól mi wybrać', 'pl', 'klaro learnMore', 'settings'],
  ['Aceito.', 'pt', 'klaro ok', 'accept'],
  ['Recusar', 'pt', 'klaro decline', 'reject'],
  ['Deixe-me escolher', 'pt', 'klaro learnMore', 'settings'],
  // orejime 3.2.1, dist/orejime-standard-<lang>.js: banner accept/decline/configure, modal acceptAll/declineAll
  ['Accept', 'en', 'orejime banner accept', 'accept'],
  ['Decline', 'en', 'orejime banner decline', 'reject'],
  ['Configure', 'en', 'orejime banner configure', 'settings'],
  ['Accept all apps', 'en', 'orejime modal acceptAll', 'accept'],
  ['Alle Einstellungen akzeptieren', 'de', 'orejime modal acceptAll', 'accept'],
  ['Alle Einstellungen ablehnen', 'de', 'orejime modal declineAll', 'reject'],
  ['Konfigurieren', 'de', 'orejime banner configure', 'settings'],
  ['Configurer', 'fr', 'orejime banner configure', 'settings'],
  ['Rechazar todas las apps', 'es', 'orejime modal declineAll', 'reject'],
  ['Accetto', 'it', 'orejime banner accept', 'accept'],
  ['Aanvaarden', 'nl', 'orejime banner accept', 'accept'],
  ['Afwijzen', 'nl', 'orejime banner decline', 'reject'],
  ['Sluiten', 'nl', 'orejime modal close', 'close'],
  // vanilla-cookieconsent 3.1.0: the docs' consentModal/preferencesModal labels, and the necessary-only
  // button (acceptNecessaryBtn, data-role="necessary") as sites word it
  ['Reject all', 'en', 'vanilla-cookieconsent docs acceptNecessaryBtn', 'reject'],
  ['Manage preferences', 'en', 'vanilla-cookieconsent docs showPreferencesBtn', 'settings'],
  ['Accept current selection', 'en', 'vanilla-cookieconsent docs savePreferencesBtn', 'settings'],
  ['Accept necessary', 'en', 'vanilla-cookieconsent acceptNecessaryBtn', 'necessary'],
  // cookieconsent (Osano) 3.1.1, src/cookieconsent.js content defaults
  ['Got it!', 'en', 'cookieconsent dismiss', 'accept'],
  ['Allow cookies', 'en', 'cookieconsent allow', 'accept'],
  // Necessary-only wording from banners in the wild (issue 21's list)
  ['Accept only necessary', 'en', 'banners', 'necessary'],
  ['Allow essential cookies only', 'en', 'banners', 'necessary'],
  ['Necessary cookies only', 'en', 'banners', 'necessary'],
  ['Use necessary cookies only', 'en', 'Cookiebot', 'necessary'],
  ['Only required', 'en', 'banners', 'necessary'],
  ['Continue without accepting', 'en', 'Didomi', 'reject'],
  ['Nur notwendige Cookies akzeptieren', 'de', 'banners', 'necessary'],
  ['Nur essenzielle', 'de', 'banners', 'necessary'],
  ['Accepter uniquement les cookies nécessaires', 'fr', 'banners', 'necessary'],
  ['Continuer sans accepter', 'fr', 'Didomi', 'reject'],
  ['Aceptar solo las necesarias', 'es', 'banners', 'necessary'],
  ['Solo necessarie', 'it', 'banners', 'necessary'],
  ['Alleen noodzakelijke', 'nl', 'banners', 'necessary'],
  ['Tylko niezbędne', 'pl', 'banners', 'necessary'],
  ['Aceitar apenas os necessários', 'pt', 'banners', 'necessary'],
  // Accept plus a limit: neither "accept everything" nor surely "nothing"
  ['Accept necessary and statistics', 'en', 'banners', 'ambiguous'],
  ['Accept all except advertising', 'en', 'banners', 'ambiguous'],
  ['Nur notwendige und Statistik akzeptieren', 'de', 'banners', 'ambiguous'],
  ['Accepter les cookies nécessaires et statistiques', 'fr', 'banners', 'ambiguous'],
  ['Aceptar todo excepto publicidad', 'es', 'banners', 'ambiguous'],
  // A category's heading in a preferences panel is not a choice
  ['Strictly necessary cookies', 'en', 'vanilla-cookieconsent section title', 'close'],
  ['Mandatory cookies', 'en', 'tarteaucitron mandatory', 'close'],
];

describe('real consent-library labels', () => {
  it('cover at least 60 labels in at least 8 languages and every class', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LABELS.map(([, language]) => language)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(LABELS.map(([, , , expected]) => expected)).size).toBe(6);
  });

  it.each(LABELS)('"%s" (%s, %s) → %s', (label, _language, _source, expected) => {
    expect(classifyConsentText(label)).toBe(LEARNED[expected]);
  });

  it('no necessary-only or ambiguous label is ever an accept, in any case or spacing', () => {
    for (const [label, , , expected] of LABELS) {
      if (expected !== 'necessary' && expected !== 'ambiguous') continue;
      for (const variant of [
        label.toUpperCase(),
        `  ${label.toLowerCase()}  `,
        label.replace(/ /g, '\u00a0'),
      ]) {
        expect(classifyConsentText(variant), variant).not.toBe('accept');
      }
    }
  });
});
