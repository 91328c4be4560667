/**
 * What makes a line worth quoting, and what makes it page furniture. Plain word lists rather than a model:
 * they run in microseconds, behave the same everywhere and can be read and argued with.
 */

import { isFurnitureLine } from './furniture';

interface Signal {
  /** Single words, lower case. */
  words: ReadonlySet<string>;
  /** Phrases and symbols, ASCII: `\b` is safe, and without the u flag a case-insensitive regex runs ~10x faster. */
  phrases?: RegExp;
  weight: number;
}

/** Each signal adds its weight once; the sum is capped at 1. Word sets rather than regexes: this runs per sentence. */
const CLAIM_SIGNALS: readonly Signal[] = [
  // Quantities: a number is a fact someone can check.
  {
    words: new Set([
      'million',
      'millions',
      'billion',
      'billions',
      'thousand',
      'thousands',
      'hundreds',
      'twice',
      'double',
      'half',
      'percent',
      'prozent',
      'millionen',
      'milliarden',
      'milliard',
      'milliards',
    ]),
    phrases:
      /[0-9%\u0660-\u0669\uFF10-\uFF19]|\b(?:more|less|fewer) than\b|\bat (?:least|most)\b|\bper ?cent\b|\b(?:mehr|weniger) als\b|\b(?:plus|moins) de\b|\bpour cent\b/i,
    weight: 0.45,
  },
  // Negation and contrast carry the argument.
  {
    words: new Set([
      'not',
      'never',
      'no',
      'nothing',
      'nobody',
      'none',
      'cannot',
      'but',
      'although',
      'though',
      'however',
      'yet',
      'despite',
      'instead',
      'nicht',
      'nie',
      'niemals',
      'kein',
      'keine',
      'keinen',
      'nichts',
      'aber',
      'doch',
      'trotz',
      'jedoch',
      'pas',
      'jamais',
      'rien',
      'mais',
      'pourtant',
      'malgré',
    ]),
    phrases: /n['’]t\b|\brather than\b/i,
    weight: 0.3,
  },
  // Superlatives and absolutes.
  {
    words: new Set([
      'most',
      'least',
      'best',
      'worst',
      'biggest',
      'largest',
      'highest',
      'lowest',
      'greatest',
      'strongest',
      'weakest',
      'longest',
      'first',
      'last',
      'only',
      'every',
      'always',
      'unprecedented',
      'größte',
      'erste',
      'einzige',
      'immer',
      'premier',
      'première',
      'seul',
      'seule',
      'toujours',
    ]),
    weight: 0.2,
  },
  // Stakes: what will or must happen.
  {
    words: new Set([
      'will',
      'must',
      'should',
      'unavoidable',
      'inevitable',
      'wird',
      'werden',
      'muss',
      'müssen',
      'doit',
      'doivent',
      'inévitable',
    ]),
    phrases: /\b(?:need|have) to\b/i,
    weight: 0.15,
  },
];

/**
 * A word: a run of anything but whitespace, ASCII punctuation and digits, and the Latin-1, general and CJK
 * punctuation blocks. Not `\p{L}`: without the u flag this runs three times faster, and it runs per sentence.
 */
const WORD = /[^\s!-@[-`{-~\u00A0-\u00BF\u2000-\u206F\u3000-\u303F\uFF01-\uFF20]+/g;

/** The lower-case words of a line, for the checks below (tokenise once per line). */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** How strongly a line makes a claim (numbers, contrast, superlatives, stakes), in [0, 1]. */
export function claimStrength(text: string, words: readonly string[] = lowerWords(text)): number {
  let strength = 0;
  for (const { words: signal, phrases, weight } of CLAIM_SIGNALS) {
    if (words.some((word) => signal.has(word)) || phrases?.test(text) === true) strength += weight;
  }
  return Math.min(1, strength);
}

/**
 * Captions, credits, promos, newsletter boxes and comment forms: the extractor drops most of them, but not
 * all pages mark them up, and none of them is ever a pull-quote. Patterns anchored at the start of the line
 * are cheap and always run; the others only when the line holds one of their trigger words.
 */
const BOILERPLATE_START =
  /^(?:(?:photo(?:graph)?s?|image|picture|pictured|illustration|credit|source|video|watch|listen|caption|foto|bild|quelle)\s*[:|/–—-]|(?:with )?(?:additional )?(?:reporting|writing|editing|research) by\b|(?:written|edited|compiled) by\b|(?:sign up|subscribe|follow us|follow (?:him|her|them)|share (?:this|on)|read more|read next|read also|see also|more on this|click here|tap here|download (?:our|the)|advertisement|sponsored|newsletter)\b|related(?:\s+(?:stories|articles|coverage|content|reading))?\s*(?:[:|]|$)|(?:leave a (?:reply|comment)|your email address|required fields|save my name|post a comment|log in to comment|comments?\s*(?:\(\d+\)|:|$))|(?:mehr zum thema|lesen sie auch|lesen sie mehr|anzeige|jetzt abonnieren|newsletter abonnieren)\b|(?:lire aussi|à lire aussi|a lire aussi|abonnez-vous|inscrivez-vous|publicité)(?![\p{L}]))/iu;
const BOILERPLATE_TRIGGERS = new Set([
  'photo',
  'photograph',
  'foto',
  'picture',
  'image',
  'illustration',
  'bild',
  'getty',
  'shutterstock',
  'dpa',
  'afp',
  'reuters',
  'ap',
  'rights',
  'privacy',
  'terms',
  'cookie',
  'cookies',
  'copyright',
  'newsletter',
  'sign',
  'agree',
  'accept',
  'read',
  'reserved',
  'autorais',
  'autor',
  'auteur',
  'urheberrechtlich',
  'reservados',
  'réservés',
  'vorbehalten',
]);
const BOILERPLATE_ANYWHERE: readonly RegExp[] = [
  /\b(?:photo(?:graph)?|foto)\s*(?::|by\b)|\b(?:picture|image|illustration|bild)\s*:|\b(?:photo|image|picture)\s+(?:credit|courtesy)\b/i,
  /\b(?:getty images|shutterstock|dpa|afp via|reuters\/|ap photo)\b/i,
  /\bsign up (?:for|to) (?:our|the)\b|\bnewsletter\b.*\b(?:inbox|subscribe|sign up)\b/i,
  // "privacy policy" alone is a fine subject for an article; agreeing to one is a sign-up form.
  /\b(?:all rights reserved|copyright \d{4})\b|\b(?:agree|accept|read) (?:to )?(?:our|the) (?:privacy policy|terms|cookie policy|use of cookies)\b/i,
  /\b(?:this (?:website|site) uses cookies|accept (?:all )?cookies)\b/i,
  // Image-rights notices: "Images taken from the internet are copyrighted …", "Imágenes con derechos de autor".
  /\b(?:imagens?|imágenes|imagen|images?|fotos?|photos?|bilder)\b[^.]{0,80}(?:direitos autorais|derechos de autor|droits d['’]auteur|urheberrechtlich)|\b(?:todos los derechos reservados|todos os direitos reservados|tous droits réservés|alle rechte vorbehalten)\b/i,
];

/** Labels and promos opening a line: "Note:", "Learn more", "Lesen Sie, wie …", "Read how …", "Lire aussi". */
const PROMO_START =
  /^(?:(?:analysis|gallery|note|correction|corrections|update|updated|disclosure|clarification|editor['’]s note|editors['’] note)\s*:|learn more|explore (?:this|the|our)|read the (?:full|complete|latest)|read (?:how|why|what)|find out (?:how|why)|view (?:photo|photos|gallery|comments)|play video|(?:current|remaining) time|found this helpful|powered by|order reprints|top photo|more about|would you like to|join our|opens a new window|podívejte se|lesen sie|lire aussi|leia (?:também|mais)|lea también|ver también|图为|图注|原标题|图片来源|责任编辑|编辑[:：]|来源[:：]|摄影)(?![\p{L}])/iu;
/**
 * A short label and its colon opening a line ("Dossier: Lesen Sie, wie …", "Extra: Read how …"): a teaser's
 * label; what follows is read as the line's start.
 */
const LABEL = /^[\p{Lu}\p{N}][^\s:.!?]{0,30}(?:\s+[^\s:.!?]{1,30}){0,2}\s*:\s+/u;

/** A person's name at the start of a line: two to four capitalised words. */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+`;
/** Words of the trade a bio gives its author ("… is a Metro reporter covering …"). */
const BIO_ROLES =
  `reporter|writer|editor|correspondent|producer|columnist|journalist|contributor|author|critic|photographer|freelancer|blogger|periodista|politólogo|politóloga|investigador|investigadora|abogado|abogada|analista|escritor|escritora|columnista|journaliste|rédacteur|rédactrice|redakteur|redakteurin|autor|autorin|korrespondent|jornalista|redaktor|redaktorka|novinář|novinářka`
    .split('|')
    // Either case for the first letter ("Asia Digital Editor"), without the i flag that makes \p{Lu} match any letter.
    .map((role) => `[${role[0]?.toUpperCase()}${role[0]}]${role.slice(1)}`)
    .join('|');
/**
 * Page furniture that no word list above catches, in the languages the engine reads: author bios, credits,
 * "report an error" notices, editor's notes, promos, player labels and captions. Each is a general shape of
 * such lines, not any one site's wording.
 */
const FURNITURE: readonly RegExp[] = [
  PROMO_START,
  // Credits: "Heba Habib contributed to this report.", "Stella Kim reported from Seoul", "This article originally appeared on …".
  /\bcontribut(?:ed|ing) (?:reporting|to this (?:report|article|story))\b|^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} reported from\b|\b(?:originally|first) (?:appeared|published|ran) (?:on|in|at)\b|\bwas (?:re)?printed (?:on|in|from)\b|\bfirst published\b|\bBY [A-Z .]*STAFF\b/u,
  // Where to follow the author, and how to reach them.
  /\bfollow (?:him|her|them|us|me)\b|\bis on (?:twitter|x|instagram|facebook)\b|\bemail (?:him|her|them|us|me) at\b|(?:^|\s)@[A-Za-z0-9_]{2,}\b/iu,
  // Notices: corrections, comment requests, errors to report.
  /\b(?:will update (?:this|the) (?:post|story|article)|has been updated|asking [^.]{1,40} for comment|report (?:an? )?(?:error|typo|mistake)|(?:spot|spotted|notice|noticed|find|found) (?:an? )?(?:error|typo|mistake))\b|zaznamenali chybu|signaler une erreur|reportar un error|encontrou um erro|fehler (?:gefunden|entdeckt)/iu,
  // Bios: "Corey Kilgannon is a Metro reporter …", "Sarah Archer is the author of …", "Steven Mufson covers the
  // White House.", "Andrés Malamud es politólogo e investigador …".
  new RegExp(String.raw`^${NAME} (?:is|was|es|est|ist|é|je) (?:[\p{L}’'-]+ ){0,6}?(?:${BIO_ROLES})\b`, 'u'),
  new RegExp(
    String.raw`^${NAME} (?:covers|has covered|writes about|has written about|is the author of|cubre|escribe sobre|couvre|écrit sur|schreibt über|cobre|escreve sobre)(?![\p{L}])`,
    'u',
  ),
  // Appeals to support the publication, and how it is funded.
  /\b(?:support (?:our|independent|quality) (?:journalism|reporting|work)|become a (?:member|supporter|patron)|donate (?:now|today)|apóyanos|apoya (?:nuestro|el) (?:trabajo|periodismo)|c[óo]mo (?:se financia|nos financiamos)|helfen (?:auch )?sie mit|unterstützen sie (?:uns|unsere?n?|unabhängigen)|soutenez(?:-nous)?|faites un don)(?![\p{L}])/iu,
  // Disclaimers: "… is not responsible for the opinions …", "no se hace responsable de …".
  /\bnot responsible for (?:the )?(?:opinions|views|content|comments)\b|\bno se hace responsable\b|\bübernimmt keine (?:haftung|verantwortung)\b|\bn['’]est pas responsable des\b/iu,
  // Pointers to more of the site: "Retrouvez les recommandations de …", "Check back soon".
  /(?:^|[\s…])retrouvez (?:les|nos|tous|toutes|l['’])|^check back (?:soon|later|in soon)(?![\p{L}])/iu,
  // A press release's "about us": "Acme (www.acme.com) is the leading …".
  /^[^.()]{2,60}\((?:https?:\/\/)?www\.[^\s)]+\) (?:is|ist|est|es|é|je)\b/iu,
  // A footnote: a line opening with its asterisk ("*Mit der Befragung … werden seit 2007 …"), unless it is an
  // interview's question with its answer after a dash ("*…؟-…", see `dash-speech.ts`).
  /^\*+\s*\p{L}(?![\s\S]*[?؟]\s*[–—-]\s*\S)/u,
  // A company's "about us": "Die Acme Energie AG ist …", "Acme Ltd. is …", "Die Muster GmbH ist mit rund
  // 2.000 Mitarbeitern …"; a body's founding note: "Die Stiftung für X (SFX) wurde 2020 … gegründet".
  /^(?:(?:die|der|das|the)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}&.-]*[\s-]+){1,6}(?:AG|GmbH|SE|KGaA|KG|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|plc|S\.A\.|SA|S\.p\.A\.|N\.V\.|B\.V\.|AB|Oy|Oyj|ASA|sp\. z o\.o\.|S\.A\.S\.)(?:\s*\([^)]{1,40}\))?,? (?:ist|is|est|es|é|jest|on)\b/u,
  /^(?:(?:die|der|das|the)\s+)?[^.()]{2,80}\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\) (?:wurde|was|a été|fue|foi|została|został) (?:[^.]|\d\.){0,80}?(?:gegründet|founded|established|fondée?|fundad[ao]|założon[aey])\b/u,
  // A video's or gallery's pointer: "check out the footage below:".
  /\b(?:check out|watch|see) the (?:footage|video|clip|gallery|photos?|slideshow) below\b|\bbelow:$/iu,
  // Captions: "Buck Cullen with his daughter … in his backyard", "Whangārei Harbour seen from Tamaterau".
  new RegExp(
    String.raw`^${NAME} (?:with (?:his|her|their)|at (?:his|her|their)|seen from|pictured|poses|posing)\b`,
    'u',
  ),
];

/**
 * `pattern` without its word boundaries, as a quick first test: with the i and u flags V8 tests a `\b` under
 * Unicode case folding at every position, about ten times slower than the same pattern without it, and what the
 * whole pattern matches this matches too (dropping an assertion only widens a pattern). Undefined when there is
 * nothing to drop, or a `\b` stands in a negative lookaround (dropping it there would narrow) or a class.
 */
function withoutBoundaries(pattern: RegExp): RegExp | undefined {
  const { source, flags } = pattern;
  if (!flags.includes('i') || !flags.includes('u')) return undefined;
  let out = '';
  let inClass = false;
  let depth = 0;
  // The depth of the outermost negative lookaround open at this point, or -1.
  let negative = -1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'b' && (inClass || negative >= 0)) return undefined;
      if (next !== 'b') out += char + next;
      continue;
    }
    if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') {
      if (negative < 0 && /^\(\?<?!/u.test(source.slice(i, i + 4))) negative = depth;
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth === negative) negative = -1;
    }
    out += char;
  }
  return out === source ? undefined : new RegExp(out, flags);
}
const FURNITURE_QUICK = FURNITURE.map(withoutBoundaries);

/** A line in capitals ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"): a standfirst or a credit, not a sentence. */
function shouted(line: string): boolean {
  if (/\p{Ll}/u.test(line)) return false;
  // Only letters with case can shout: Han and kana around an acronym ("ASEANの会議", "微星（MSI）") are no capitals.
  const cased = line.replace(/[^\p{Lu}\p{Lt}]/gu, '');
  return cased.length >= 15 && cased.length * 2 >= line.replace(/[^\p{L}]/gu, '').length;
}

export function isBoilerplate(line: string, words: readonly string[] = lowerWords(line)): boolean {
  const trimmed = line.trim();
  if (BOILERPLATE_START.test(trimmed) || trimmed.includes('©')) return true;
  const unlabelled = trimmed.replace(LABEL, '');
  if (unlabelled !== trimmed && (BOILERPLATE_START.test(unlabelled) || PROMO_START.test(unlabelled)))
    return true;
  if (isFurnitureLine(trimmed, words)) return true;
  // "[What you need to know to start the day: …]": a bracketed promo or editor's aside.
  if (/^\[[^\]]{10,}\]\.?$/u.test(trimmed) || shouted(trimmed)) return true;
  if (FURNITURE.some((pattern, i) => FURNITURE_QUICK[i]?.test(trimmed) !== false && pattern.test(trimmed)))
    return true;
  if (!words.some((word) => BOILERPLATE_TRIGGERS.has(word))) return false;
  return BOILERPLATE_ANYWHERE.some((pattern) => pattern.test(trimmed));
}
