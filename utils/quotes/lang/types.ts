/**
 * What the quote engine knows about one language, as data: one file per language (en.ts, de.ts, …), every
 * word lower case. A new language is a new file and one line in `lang/index.ts`; the engine has no
 * language-specific branches except for scripts written without spaces (`cjk`).
 */

/** 'm' and 'f' from honorifics, gendered nouns and pronouns; a person of unknown gender fits either. */
export type Gender = 'm' | 'f';

export interface LanguageData {
  /** BCP 47 primary language subtag ("en", "de"). */
  code: string;
  /**
   * Verbs of saying and writing, in every form newsrooms use ("said", "says", "saying"; "a déclaré"; "dijo").
   * Multi-word entries match consecutive words.
   */
  speechVerbs: readonly string[];
  /**
   * Speech verbs in the plural ("dijeron", "ont déclaré", "afirmaram"), also listed in `speechVerbs`: their
   * subject is several people, so they name a body or nobody, never one person.
   */
  pluralSpeechVerbs?: readonly string[];
  /**
   * Speech verbs in two parts around their subject, the finite verb first ("gab … zu", "hat … gesagt",
   * "stellte … klar"): after a quotation, "„…“, gab Anna Keller zu." The finite part is a speech verb only
   * when the second part closes its clause; the subject stands between them.
   */
  splitVerbs?: readonly string[];
  /**
   * Verbs that attribute only with the speaker as their subject right beside them ("X called the plan “…”",
   * "X described it as “…”"): weaker evidence than a verb of saying.
   */
  characterisingVerbs?: readonly string[];
  /** Phrases after which the source follows: "according to X", "selon X", "según X", "laut X", "„…“, so X". */
  sourceFirst: readonly string[];
  /**
   * Source words written after their source ("Medienberichten zufolge"), also listed in `speechVerbs`: in a
   * clause with another verb of saying ("betonen die Unterzeichner den Angaben zufolge, „…“"), the other verb
   * is the clause's and says who speaks.
   */
  postposedSources?: readonly string[];
  /**
   * Patterns before a quotation that name its source in a group called `speaker`: "In Dr. Smith’s words,",
   * "在X看来". Tested against the text from the sentence start to the quotation.
   */
  sourcePatterns?: readonly RegExp[];
  /**
   * Patterns of a lead-in that hands the floor back to whoever spoke last ("Et d’ajouter : « … »", the
   * narrative infinitive), tested against the text from the sentence start to the quotation: such a quotation
   * is said, not mentioned, and takes its neighbour's speaker.
   */
  continuationPatterns?: readonly RegExp[];
  /** Subject pronouns that stand for one person, with their gender. */
  pronouns: Readonly<Record<string, Gender>>;
  /**
   * Pronouns after a preposition ("selon lui", "pour elle"), with the subject pronoun (in `pronouns`) they
   * stand for: "Pour lui, « … »" is the words of whom "il" would be.
   */
  stressedPronouns?: Readonly<Record<string, string>>;
  /** Pronouns that may stand for an organisation in "it said" ("it", "es"). */
  organisationPronouns?: readonly string[];
  /** Any form of a gendered pronoun (subject, object, possessive), for learning a person's gender from the text. */
  genderCues: Readonly<Record<string, Gender>>;
  /** Honorifics before a name ("mr", "frau", "mme"), with the gender they imply (null: none). */
  honorifics: Readonly<Record<string, Gender | null>>;
  /** Capitalised titles split off a name and kept as its role ("President", "Senator", "Rep"). */
  titles: readonly string[];
  /** Nouns that make a phrase a role ("spokesman", "ministre"), matched as a word or the end of a long word. */
  roleNouns: readonly string[];
  /** Role and kinship nouns that also tell a gender ("spokeswoman", "mother", "Sprecherin"). */
  genderedNouns: Readonly<Record<string, Gender>>;
  /** Words inside a role that are not role nouns ("foreign", "former", "deputy"). */
  roleModifiers: readonly string[];
  /**
   * Kinds of role, each with the role nouns of that kind ("entertainer": "singer", "actress", "star"): an
   * epithet nobody holds ("the singer") is the one person in the article whose role is of its kind.
   */
  roleKinds?: Readonly<Record<string, readonly string[]>>;
  /**
   * What follows a number in an age used as an epithet, lower case ("year-old" of "the 36-year-old",
   * "jährige" of "die 36-Jährige"): the one person whose age the article gives as that number.
   */
  ageEpithets?: readonly string[];
  /**
   * Words right after a name (and its comma) that give the person's age, "#" for the number ("de # años" of
   * "Luis Cano, de 58 años,", "tiene # años" of "Luis Cano tiene 58 años").
   */
  agePhrases?: readonly string[];
  /**
   * Nouns that give an age by its decade, lower case, to the decade's first year ("sexagénaire": 60): "le
   * sexagénaire" is the one person in view of that age, or whose age the article does not give.
   */
  decadeEpithets?: Readonly<Record<string, number>>;
  /**
   * Nouns of a spokesperson ("spokeswoman", "Sprecher", "porte-parole"): "a spokeswoman for Acme said", "an
   * Acme spokesperson said" give the words of the body they speak for.
   */
  spokespersonNouns?: readonly string[];
  /**
   * Speech verbs whose object is the listener ("told", "informed"): the name after one is never its subject
   * ("An Acme spokesperson told the Herald: …").
   */
  listenerVerbs?: readonly string[];
  /**
   * Definite articles that tell a gender ("la", "die"): before a noun of common gender (`commonGenderNouns`),
   * the person's ("la ministre", "die Abgeordnete", "die 36-Jährige").
   */
  articleGenders?: Readonly<Record<string, Gender>>;
  /**
   * Role nouns of one form for a man and a woman, whose article tells which ("le/la ministre", "el/la
   * periodista", "der/die Abgeordnete"). Other nouns' articles give the word's gender, not the person's
   * ("la star", "der Star").
   */
  commonGenderNouns?: readonly string[];
  /**
   * Definite articles ("the", "der", "la"): a role after one with no holder in the article ("the Conservative
   * MP", "die neue Präsidentin") is an epithet for the one person in view.
   */
  definiteArticles?: readonly string[];
  /** Words of negation ("not", "nicht", "pas"): "X is not a …" is a claim about X, not who X is. */
  negations?: readonly string[];
  /**
   * The language has no articles (Polish, Czech): a bare role after a speech verb ("– podsumowuje
   * publicysta") may be an epithet for the one person in view, as "the columnist" is in English.
   */
  articleless?: boolean;
  /**
   * Words that open a clause inside a noun phrase ("that", "que", "dass"): a phrase holding one is a clause
   * ("El presidente … espera que tanto la ministra"), never a role before a name.
   */
  complementizers?: readonly string[];
  /**
   * Verbs that say what a person is ("is", "est", "es", "é"): "Park Minwoo est un architecte" gives him the
   * role the article later calls him by ("l’architecte").
   */
  copulas?: readonly string[];
  /** Relative pronouns said only of people ("who"): a name followed by ", who …" is a person's. */
  personRelatives?: readonly string[];
  /** Indefinite articles ("a", "ein", "un"): "a party member said" names nobody, whoever else holds the role. */
  indefiniteArticles?: readonly string[];
  /** Articles and possessives that open a noun phrase ("the", "her", "der", "le", "el"). */
  determiners: readonly string[];
  /** Capitalised words that open sentences or sit before names but are never names ("However", "Depuis"). */
  notNameWords: readonly string[];
  /** Days and months: not names when they open a run of capitalised words. */
  calendarWords: readonly string[];
  /** Words that make a run of capitalised words a place or an organisation ("Agency", "Ministerium"). */
  organisationWords: readonly string[];
  /**
   * Capitalised words naming a government portfolio after a role noun ("ministre de l’Intérieur", "des
   * Finances"): opening a run of three or more capitalised words ("Intérieur Gérald Darmanin"), one ends the
   * role and the name follows it.
   */
  portfolios?: readonly string[];
  /** First words that make a run a place ("New", "North"). */
  placePrefixes?: readonly string[];
  /** Lower-case particles inside names ("de", "van", "von"). */
  particles: readonly string[];
  /** Words that may stand between a subject and its verb ("has", "also", "later"). */
  auxiliaries: readonly string[];
  /**
   * The language writes ordinals as a number and a full stop ("die 2. Liga", "3. května"): such a full stop
   * ends no sentence.
   */
  ordinalDot?: boolean;
  /** The language drops a pronoun subject ("«…», afirmó."): a verb alone refers to the person in view. */
  dropsSubject?: boolean;
  /**
   * Phrases after a quotation that name the publication it was read in next: "« … », peut-on lire dans Le
   * Monde", "«…», se lee en El País". The capitalised name after the phrase is the quotation's source.
   */
  publicationLeads?: readonly string[];
  /** Words that open an attribution clause before its subject ("as Reuters reported", "comme l’a dit X"). */
  clauseLeads?: readonly string[];
  /**
   * Words opening the sentence after a quotation that point back to it, before a speech verb and its
   * subject ("„…“ Das sagt Bürgermeister Peter Kranz."): that sentence is the quotation's attribution.
   */
  resumptives?: readonly string[];
  /**
   * Possessives with the subject pronoun of their person ("sein" → "er", "ihr" → "sie"): "Sein Appell: „…“"
   * gives the words of the person that pronoun stands for.
   */
  possessives?: Readonly<Record<string, string>>;
  /**
   * Prepositions that put whom something was said to after a speech verb ("dijo a El Faro", "a déclaré à
   * l’AFP", "sagte gegenüber dem SWR"): the name after them is the listener, never the speaker.
   */
  recipientMarkers?: readonly string[];
  /**
   * Nouns of the press and the public that, after a recipient marker, say whom something was said to ("dijo
   * a la prensa", "explicó a este diario", "afirmou à agência Lusa"): a medium's name may follow, then the
   * speaker ("declaró a la agencia EFE Luis Cano").
   */
  listenerNouns?: readonly string[];
  /**
   * Demonstratives ("este", "esta"): a body's noun after one is the body itself ("a este diario"), not the
   * noun before its name, so the name after it is no body's.
   */
  demonstratives?: readonly string[];
  /**
   * Prepositions opening where or how something was said, between a speech verb and its subject ("en su
   * cuenta de Twitter", "em entrevista ao jornal"): a role after such a phrase is the subject's.
   */
  asideLeads?: readonly string[];
  /** Words of when ("hoy", "ayer", "ontem") that may stand between a speech verb and its subject. */
  timeAdverbs?: readonly string[];
  /**
   * Phrases naming a conversation the words were said in ("w rozmowie z", "в беседе с", "v rozhovoru pro"),
   * then whom it was with ("… z PAP", "… с корреспондентом"): the words up to the speaker's name are the
   * listener's, whether before the subject ("W rozmowie z nami Anna Nowak przyznała") or after the verb
   * ("– … – zaznaczył w rozmowie z PAP Marek Zieliński").
   */
  conversationPhrases?: readonly string[];
  /**
   * Conjunctions that join a name only in one case, with the endings of that case ("z" + instrumental:
   * "Anna Nowak z Janem Kowalskim" are two subjects; "Jan Nowak z Orlenu", genitive, says where he is from).
   */
  comitativeEndings?: Readonly<Record<string, readonly string[]>>;
  /**
   * A name's case endings and the nominative ending each replaces ("Kowalskiego" → "Kowalski": ["ego", "i"];
   * "Петрова" → "Петров": ["а", ""]): a surname written in another case refers to the one person the article
   * names in the nominative ("по словам Петрова", "zdaniem Kowalskiego"), never to a person of that spelling.
   */
  caseEndings?: readonly (readonly [string, string])[];
  /**
   * Endings of a woman's surname in the nominative that read like a man's in another case ("Смирнова",
   * "Nováková", "Nowakowa"): such a form is read back to the man's name only after a phrase that governs the
   * case ("по словам", "według", a verb of quoting), as it is as likely a woman's own name.
   */
  feminineSurnameEndings?: readonly string[];
  /**
   * Verbs by which a medium quotes a person ("«…», — цитирует РИА Новости Ивана Петрова", "cytuje PAP"): their
   * subject is the medium; the speaker is the one person named after them, in another case.
   */
  quotingVerbs?: readonly string[];
  /**
   * Words that join a role to what it is a role of ("the president of the Assembly", "el director de Centros
   * Penales", "der Chef der Behörde"): a name after a role and one of them is the role's complement, not a
   * person speaking.
   */
  complementWords?: readonly string[];
  /**
   * Prepositions that make the noun phrase after them an object ("an den Soziologen Karl Brenner", "mit dem
   * Trainer"): a role phrase holding one is no subject's role, so the name after it is not the speaker of
   * the verb that follows ("In Anlehnung an den Soziologen Karl Brenner fragte er: …" is his, not Brenner's).
   */
  objectPrepositions?: readonly string[];
  /**
   * The language capitalises every noun (German): a capitalised word is no sign of a name, so a single
   * capitalised word the article never gives as part of a full name is not taken for a speaker.
   */
  capitalisesNouns?: boolean;
  /**
   * Prepositions fused with an article ("am", "im", "zum"), in a language that capitalises its nouns: like
   * an article, one opens a noun phrase ("am Steuer Filme", "im Zug Fahrkarten"), no name.
   */
  fusedArticles?: readonly string[];
  /**
   * Words right after a personal pronoun that make it impersonal ("il faut", "il y a", "il n’aura pas
   * fallu"): such a sentence has no person for its subject.
   */
  impersonal?: readonly string[];
  /**
   * Nouns that introduce words mentioned rather than said ("phrase", "term", "slogan", "question"): a
   * quotation right after one, with no attribution, is an example or a term, not a quotation.
   */
  mentionNouns?: readonly string[];
  /**
   * The language closes its compounds with the head noun last ("Erfolgsmotto" is a kind of "Motto",
   * "Wahlslogan" a kind of "Slogan"): a word ending in a mention noun is one too.
   */
  compoundsNouns?: boolean;
  /**
   * Nouns a name or a title follows ("the book “…”", "die Kommission „…“", "la campagne « … »"): a
   * quotation right after one, nothing but a space between and no attribution, is that thing's name.
   */
  nameNouns?: readonly string[];
  /** Nouns an organisation is referred to by ("the company", "the agency", "die Behörde"). */
  organisationNouns: readonly string[];
  /**
   * Among `organisationNouns`, what a body issues ("statement"): "the statement said" is the body's that a
   * sentence just before has for its subject ("Acme issued a statement"), never merely one named nearby.
   */
  issuedNouns?: readonly string[];
  /** Words that open a sentence leaning on the one before ("But", "This", "He"). */
  dependentOpeners: readonly string[];
  /** Pronouns that, with nobody named in the sentence, leave the reader asking "who?". */
  danglingPronouns: readonly string[];
  /**
   * Words that join two people into one subject ("and", "with", "und", "et", "y", "和"): a sentence about
   * "Lindqvist and Ekholm" is about neither alone.
   */
  conjunctions: readonly string[];
  /**
   * The words among `conjunctions` that join two names as equals ("and", "und", "et", "y", "a"; not
   * "with"): "said Lindqvist and Ekholm" names neither alone.
   */
  coordinators: readonly string[];
  /** French inversion: verb stems that take "-t-il"/"-elle" ("déclare-t-il", "a-t-elle ajouté"). */
  invertedStems?: readonly string[];
  /**
   * Verbs of saying whose present is also a common noun ("note", "tranche", "pointe"), lower case: read as
   * verbs only right after a quotation's closing mark and its comma ("« … », tranche la ministre").
   */
  afterQuoteVerbs?: readonly string[];
  /** Prepositions before where words were said ("sur France Inter"): a name after one is no speaker. */
  mediumPrepositions?: readonly string[];
  /** The ending of a manner adverb ("ment" of "sobrement"): one may stand between a verb and its subject. */
  adverbSuffix?: string;
  /** Among `invertedStems`, the auxiliaries whose participle belongs to the verb ("a-t-il déclaré"). */
  invertedAuxiliaries?: readonly string[];
  /**
   * Reflexive pronouns written apart before an inverted verb ("se félicite-t-elle"): part of the verb. An
   * elided one is written into `invertedStems` ("s’inquiète", "s’est").
   */
  reflexivePronouns?: readonly string[];
  /**
   * Endings of a speech verb in the plural, in a language that capitalises its nouns ("sagen", "erklären"): a
   * bare capitalised word before such a verb is not one speaker.
   */
  pluralVerbEndings?: readonly string[];
  /**
   * Words of the subjunctive of reported speech ("sei", "habe", "gehe"): a sentence holding one goes on
   * giving the last speaker's words, so a quotation in it with no speaker of its own is theirs.
   */
  reportedSpeechMarkers?: readonly string[];
  /**
   * The language sets speech off by a dash at the start of a paragraph and closes it with a dash or a comma
   * before the attribution ("– Tak będzie – mówi Jan Nowak." / "– Näin on, Virtanen sanoo."). Never in
   * English or German, where a dash is punctuation.
   */
  dashSpeech?: boolean;
  /**
   * The script has no capitals (Arabic): names are read right after a speech verb ("وقال أحمد حسن"), past
   * honorifics and a role with its complement ("وقال رئيس الديوان عمار المشهداني"); see `verb-names.ts`.
   */
  namesAfterVerbs?: {
    /** Words that begin no name there ("إن", "إنه", "في", "مصدر"). */
    notNames: readonly string[];
    /** Prefixes that make a word no name's ("لل", "بال": a preposition joined to the article). */
    prefixes: readonly string[];
    /** The article ("ال"): a word with it is a role's complement, or a name's last part ("عمار المشهداني"). */
    article: string;
  };
  /**
   * The labels an interview prints before a question and before an answer, lower case, without the colon
   * ("Q:" / "A:", "Frage:" / "Antwort:"). Read in every article, whatever its language.
   */
  interviewLabels?: { questions: readonly string[]; answers: readonly string[] };
  /** Scripts without spaces: names are found next to the speech verbs, not by capital letters. */
  cjk?: CjkData;
  /** The words of the page furniture around an article in this language (credits, pointers, contact lines). */
  furniture?: FurnitureData;
  /** The words that frame a quotation as an example or a hypothetical utterance (see `not-speech.ts`). */
  hypothetical?: HypotheticalData;
}

/**
 * Words that give quoted words as an example or as what someone might say, not as anyone's speech: a how-to
 * or a language question quotes sentences nobody said ("e.g. “…”", "if someone says “…”", "one could say
 * “…”"). Entries are lower case and match whole words.
 */
export interface HypotheticalData {
  /**
   * Phrases right before a quotation that give it as an example ("e.g.", "z. B.", "for example", "how do you
   * say"), and labels opening its sentence or standing alone on the line before ("Example:", "Beispiel:").
   */
  examples: readonly string[];
  /** Words opening a conditional sentence ("if", "wenn", "si"): what it quotes is supposed, not reported. */
  conditionals: readonly string[];
  /** Modal verbs of a supposed utterance ("would", "könnte") before a verb of saying: "one could say “…”". */
  modals: readonly string[];
  /** Verbs of saying, asking and wondering in the form a modal takes ("say", "ask", "dire", "decir"). */
  utterances: readonly string[];
  /**
   * Phrases that tell the reader to say or ask something of themselves ("ask yourself", "frag dich",
   * "demandez-vous"), right before a quotation: the reader's own supposed words.
   */
  selfAddress?: readonly string[];
  /**
   * Verbs of meaning right after a quotation ("“…” means", "„…“ bedeutet", "« … » signifie"): the words are
   * the subject being explained, a cited expression, not anyone's speech.
   */
  meaningVerbs?: readonly string[];
}

/**
 * Words of page furniture, as data: the engine merges every language's (a German page has English credits,
 * a French one German agency lines), and each rule that reads them is a shape of such lines, never one site's
 * wording (see `furniture.ts`). Entries are lower case and match whole words, case-insensitively, except an
 * entry holding a capital, which matches only as written (German "Sie" addresses the reader, "sie" does not).
 */
export interface FurnitureData {
  /** Labels of a picture or text credit, read before a colon or © ("Foto: …", "(Bild: …)", "Photo by"). */
  creditLabels: readonly string[];
  /**
   * Headings of a closing section that is not the story ("About us", "Über die Stiftung", "Pressekontakt",
   * "Notes to editors"): near the end of an article, the heading and the short section after it are furniture.
   */
  closingHeadings: readonly string[];
  /**
   * Phrases that send the reader elsewhere or ask them to act ("more information at", "zum Download",
   * "inscrivez-vous"): no line holding one is a pull-quote.
   */
  pointers: readonly string[];
  /** Words that address the reader ("you", "Sie", "vous"): with one of `readerVerbs`, a call to action. */
  readerWords: readonly string[];
  /** Verbs of a call to action, in the forms used with `readerWords` ("find", "finden", "trouverez"). */
  readerVerbs: readonly string[];
  /** Labels of a data line ("Tel.", "E-Mail", "Ort", "Eintritt"): "Ort: Gemeindehaus, 19 Uhr" is no sentence. */
  fieldLabels: readonly string[];
  /**
   * Openings of an editor's note about the piece itself or its author ("Das Interview wurde …", "This article
   * was …", "The author is …", "Wir danken …"): matched at the start of a line only.
   */
  notes: readonly string[];
  /**
   * Prepositions tying a person to where they work or belong ("at", "an der", "bei", "à", "en"): "Anna Berg is
   * a lecturer at …" says who she is, as a bio does; it is no line to quote.
   */
  affiliations?: readonly string[];
  /**
   * What a bio says a person does, right after the name ("works as", "lebt und arbeitet in", "vit à"): "Anna
   * Berg lebt mit ihrer Familie in Kiel." is an author's box, no line to quote.
   */
  bioVerbs?: readonly string[];
  /** The auxiliaries of a founding in the passive ("was", "wurde", "a été"), before `foundingParticiples`. */
  foundingAuxiliaries?: readonly string[];
  /** Participles of a founding ("founded", "set up", "gegründet", "fondée"): "The X Foundation was set up …". */
  foundingParticiples?: readonly string[];
  /**
   * The page speaking of itself: the writer's own or this medium ("my blog", "this website", "unser
   * Newsletter", "diesem Button"). A sentence holding one is about the site, not the story.
   */
  selfMedia?: readonly string[];
}

export interface CjkData {
  /** Common family names (one character each, or two for compound ones), for telling a name in a run of characters. */
  surnames: readonly string[];
  /** Role nouns a name may follow directly ("发言人丹尼尔·霍特", "委员张近东"). */
  roleSuffixes: readonly string[];
  /** Words between a speaker and the speech verb ("也", "还", "进一步", "恳切地" — adverbs end in 地). */
  adverbs: readonly string[];
  /** Words joining a role to the name after it ("发言人的", Japanese "社長の山田太郎"); none: "的". */
  linkers?: readonly string[];
  /**
   * Honorifics and titles written after a name (Japanese "田中氏", "山田社長", "佐藤さん"): not part of it; a
   * family name alone with one is a name ("田中氏" is Mr Tanaka).
   */
  nameSuffixes?: readonly string[];
  /** Particles after a subject, between it and the verb (Japanese topic "は", subject "が", "も"). */
  subjectParticles?: readonly string[];
  /**
   * Particles closing a quotation before its verb (Japanese "「…」と述べた"): "と" alone before the verb leaves
   * the speaker to the subject before the quotation ("田中氏は「…」と述べた").
   */
  quotativeParticles?: readonly string[];
  /** The most characters of a given name after a family name (Chinese 2, Japanese 3); none: 2. */
  givenNameLength?: number;
  /**
   * Foreign names are written in katakana (Japanese): a run of katakana words joined by middle dots is a
   * name ("チャールズ・ニックス"), and its last word (or a single katakana word with an honorific) its surname.
   */
  kanaNames?: boolean;
  /** Honorifics among `nameSuffixes` after which any short name is a person's ("本庶氏", "さがらさん"). */
  personSuffixes?: readonly string[];
  /** Words an honorific follows that are no name ("両氏", "各氏"). */
  notHonoured?: readonly string[];
  /** The word that, with an honorific, is the person just named ("同氏"). */
  sameOne?: string;
  /**
   * Words that open what a subject does before the speech verb ("在…时", "就", "当天"): the speaker is the subject
   * before them ("黄艳娥在接受采访时说", "韩国总理韩德洙当天就此事表示").
   */
  frameOpeners?: readonly string[];
  /**
   * Words that are no name right after a quotation ("”有人说", "”专家表示"): a foreign name written without a
   * middle dot ("”德沃金说。") is read there only when it is none of these and ends in none of `plainEndings`.
   */
  plainSubjects?: readonly string[];
  /** Last characters of common nouns for people and bodies ("们", "者", "方", "部"): no name ends in them there. */
  plainEndings?: string;
}
