/**
 * What is not article text even when Readability keeps it: image captions and photo credits, share bars,
 * newsletter boxes, "Read more"/"Related" promos, comment forms, ad labels. Readability's known weakness is
 * precision, lost on exactly these (see the Zyte benchmark notes in the guide's reference).
 *
 * Only general signals: class/id words (English, the lingua franca of CMS templates) and the wording of short
 * lines (English, plus the promo labels CMS themes translate most: French, German, Spanish, Portuguese,
 * Italian, Dutch, Polish). Nothing is keyed to a site. Line patterns only apply to short blocks, so a real
 * paragraph that happens to start with "Photo:" or mention a newsletter is not dropped.
 */
import { attributeValue } from './dom';

/**
 * Class/id words that mark a caption, credit, share bar, newsletter box, promo or comment form. Matched as
 * whole words of the class/id, after splitting `camelCase`, `kebab-case` and `snake_case`
 * ("wp-caption-text", "imageCaption", "article__share-bar", "comment-respond").
 */
const JUNK_WORDS = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'share',
  'sharing',
  'sharebar',
  'sharetools',
  'newsletter',
  'newsletters',
  'signup',
  'subscribe',
  'related',
  'readmore',
  'respond',
  'commentform',
  'promo',
  'advertisement',
  // Affiliate disclosures, consent placeholders of embeds ("We respect your privacy… load the video"),
  // disclaimers and tag lists.
  'affiliate',
  'placeholder',
  'disclaimer',
  'tags',
  'tagcloud',
  'taglist',
]);

/** Cheap pre-test before splitting a class string into words. */
const JUNK_HINT =
  /caption|credit|shar|newsletter|sign|subscri|related|read|respond|comment|promo|advert|affiliate|placeholder|disclaimer|tag/i;

export function hasJunkClass(element: Element): boolean {
  const className = attributeValue(element, 'class');
  const id = attributeValue(element, 'id');
  // Tested apart, so the common element (no hint in either) builds no string: no hint word holds a space, so
  // none can match across the two.
  if (!(className !== null && JUNK_HINT.test(className)) && !(id !== null && JUNK_HINT.test(id)))
    return false;
  const names = `${className ?? ''} ${id ?? ''}`;
  const words = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (JUNK_WORDS.has(word)) return true;
    // Two-word names: "read-more", "sign-up", "comment-form", "reply-title".
    const pair = word + (words[i + 1] ?? '');
    if (
      pair === 'readmore' ||
      pair === 'signup' ||
      pair === 'commentform' ||
      pair === 'replytitle' ||
      pair === 'taglinks'
    )
      return true;
  }
  return false;
}

/** Headings that open a promo or comment section; the lists, forms and short lines after them go too. */
const PROMO_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?: articles?| stories| posts| content| coverage| reading| links| news| topics)?',
      'read more|more (?:from|on|in|about) .{1,60}|more stories|more news|see also|also read|read also',
      'you (?:may|might) also (?:like|enjoy)|recommended(?: for you| reading| stories| articles)?',
      'most (?:read|popular|viewed)|trending(?: now)?',
      '(?:leave|post|add|write) a (?:reply|comment)|comments?|\\d+ comments?',
      'share(?: this(?: article| story| post| page)?)?',
      // "Discover more homestories", author boxes at the end ("Autoren:", "About the author").
      'discover more .{1,60}|entdecke (?:weitere|mehr) .{1,60}|découvrez (?:aussi|plus) .{1,60}|descubre más .{1,60}',
      'autor(?:en|in|innen)?|authors?|about the authors?|über (?:den|die) autor(?:in|en)?|zum autor|sobre (?:el|la) autora?|à propos de l.auteur',
      'newsletters?|(?:sign up|subscribe)(?: for| to)? .{0,60}newsletters?',
      '(?:get |join )?(?:our|the|a) (?:free |daily |weekly |morning |evening |email )?(?:\\S+ ){0,3}newsletters?',
      '(?:free|daily|weekly|email) newsletters?|get .{0,40}in your inbox',
      // The same sections in the languages CMS themes are most often translated to.
      'empfohlene (?:beiträge|artikel)|ähnliche (?:beiträge|artikel)|weitere (?:beiträge|artikel|themen)|mehr zum thema',
      'das könnte (?:dich|sie) (?:auch )?interessieren|schon gelesen|auch interessant|kommentare?',
      'à lire aussi|sur le même sujet|articles? similaires|les plus lus|commentaires?',
      '(?:noticias|artículos|notas) relacionad[oa]s|(?:también )?te puede interesar|lo más leído|comentarios',
      'leia também|notícias relacionadas|articoli correlati|potrebbe interessarti|czytaj (?:także|też)|zobacz (?:także|też)',
    ].join('|') +
    ')\\s*[:.!?»›…→]*$',
  'i',
);

export function isPromoHeading(text: string): boolean {
  return text.length <= 100 && PROMO_HEADING.test(text.trim());
}

/** Share bars: nothing but network names and share verbs ("Share this", "Tweet", "Share on Facebook"). */
const SHARE_ONLY =
  /^(?:(?:share|shares|shared|tweet|retweet|email|e-mail|mail|print|copy|copied|link|url|pin|it|this|the|article|story|post|page|on|via|to|with|or|and|save|gift|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|messenger|flipboard|pocket|mastodon|bluesky|threads|tumblr|sms|comments?|\d+)\b[\s|·•:,/\-–—]*)+$/i;
const SHARE_WORD = /\b(?:share|tweet|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram)\b/i;

/** Photo credits and captions written as a line of their own. */
const CREDIT_LINES = [
  // "Photo: Jane Doe", "Image credit: ...", "Photograph by ...", "Illustration: ...", "Credit: ...".
  /^(?:(?:top |main |lead |header |featured |cover )?(?:photos?|photograph(?:s|y)?|images?|pictures?|illustrations?|graphics?|artwork|video|screenshots?)(?:\s+(?:credits?|courtesy|source|by|of))?|credits?|crédits?(?: photo)?|courtesy(?: of)?|fotos?|bild|quellen?|sources?|fuentes?|źródło|image source)\s*[:：]/i,
  // An image's caption behind its zoom button: "Vergrößern Eine kleine runde Aussparung …".
  /^(?:vergrößern|enlarge|zoom(?: in)?|agrandir|ampliar|ingrandisci)\s+\S/i,
  // "Image credit Getty", "Photo by Jane Doe on Unsplash", "Photo courtesy of the family".
  /^(?:photos?|images?|pictures?|illustrations?)\s+(?:credits?|courtesy|by)\b/i,
  // "... (Getty Images)", "(AP Photo/Evan Vucci)", "(Photo: Reuters)": a parenthesised credit ends the line.
  /\((?:[^()]{0,80}\b(?:photos?|photograph|images?|getty|shutterstock|istock(?:photo)?|alamy|unsplash|pexels)\b[^()]{0,80})\)\s*\.?$/i,
  // "Jane Doe / Getty Images", "AFP via Getty Images", "Shutterstock".
  /(?:^|[\s/|·•©-])(?:getty images|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|unsplash)\s*\.?$/i,
  /^©\s*\S/,
  // A caption that ends with its credit: "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO".
  /[.!?»"”)]\s*(?:©|\(c\)|foto:|photo:|bild:)\s*[^©.!?]{2,60}$/i,
  // Agency credits on a line of their own: "AFP / MARCO BERTORELLO", "REUTERS/Kevin Lamarque", "Jane Doe/dpa".
  /^(?:[^/]{0,60}\/\s*)?(?:afp|ap|reuters|epa|dpa|ansa|anp|keystone|imago|xinhua|picture[ -]alliance)(?:\s*\/[^/]{0,60})?$/i,
];

/** Newsletter boxes: "Sign up for our newsletter", "Get the best stories in your inbox", "Enter your email". */
const NEWSLETTER_LINES = [
  /^(?:sign up|subscribe|register|join)\b.{0,120}\b(?:newsletters?|inbox|email updates|e-mail updates|mailing list|daily briefing)\b/i,
  /^(?:get|receive)\b.{0,80}\b(?:newsletters?|delivered to your inbox|in your inbox every)\b/i,
  /\bnewsletters?\b.{0,80}\b(?:sign up|subscribe)\b/i,
  /^(?:enter|your) (?:your )?e-?mail(?: address)?\b/i,
  /^(?:by (?:signing up|subscribing|clicking)|you can unsubscribe)\b/i,
  /^thanks? (?:you )?for (?:signing up|subscribing)\b/i,
];

/**
 * "Read also"/"Related" lead-ins, in the languages the extension's users read most (a CMS translates the
 * label, not the markup): "Read more: <headline>", "Lire aussi : <titre>", "Lesen Sie auch: ...".
 */
const READ_MORE_LEAD_IN =
  "(?:read (?:more|also|next)|also read|related(?: articles?| stories| posts| content)?|see also|more|watch|listen|recommended|don't miss|do not miss|must read|trending|" +
  'à lire aussi|lire (?:aussi|également)|lire|voir aussi|sur le même sujet|' +
  'lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|siehe auch|' +
  'lee (?:también|más)|lea también|leer más|te puede interesar|también te puede interesar|ver también|relacionad[oa]s?|' +
  'leia (?:também|mais)|veja também|vea también|mira también|leggi (?:anche|di più)|vedi anche|lees (?:ook|meer)|czytaj (?:także|też|więcej))';

/** "Read more: ...", "Related: ...", "Leave a Reply", ad labels, comment-form boilerplate. */
const PROMO_LINES = [
  new RegExp(`^${READ_MORE_LEAD_IN}\\s*[:：»›|–—-]`, 'i'),
  new RegExp(`^${READ_MORE_LEAD_IN}\\s*[.…→»›]*$`, 'i'),
  /^(?:continue reading|read the full (?:story|article)|click here to read more|up next|next article|previous article|show comments|view comments|load comments|cancel reply|skip advertisement|advertisement|advertising|anzeige|publicité|publicidad|sponsored|sponsored content|story continues below(?: this)? advertisement|article continues below(?: this)? advertisement|scroll to continue(?: with content)?)\s*[.:»›…→]*$/i,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion))\b/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(?:save my name, email|notify me of (?:follow-up comments|new posts))\b/i,
  // Post metadata lines of blog themes: "Tags: …", "Posted in …", "This entry was posted in …", "Updated: …".
  /^(?:tags?|tagged(?: with)?|categor(?:y|ies)|filed under|posted in|schlagw(?:ö|oe)rter|kategorien?|étiquettes|etiquetas)\s*[:：]/i,
  /^(?:this entry was posted|posted in|filed under|bookmark the permalink)\b/i,
  /^(?:updated|last updated|aktualisiert|mis à jour|actualizado)\b[^\n]{0,40}\d[^\n]{0,20}$/i,
];

/**
 * Words a date line is made of: month and weekday names (full, abbreviated and, for Polish, Czech and Russian,
 * the genitive forms dates use), time-of-day words, and the labels CMS themes put before a date. A line that is
 * nothing but these, numbers and punctuation is a dateline or timestamp ("16 marca 2021", "Stand: 05. Februar
 * 2020", "03.04.2020, 14:05 Uhr", "Updated Jan. 5, 2021 at 3:04 p.m. ET"), never a sentence of the article.
 */
const DATE_WORDS = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      // English, German, French, Spanish, Portuguese, Italian, Dutch months (abbreviations are prefixes).
      'jan(?:uary|uar|vier|eiro|uari)?|feb(?:ruary|ruar|rero|ereiro|braio|ruari)?|févr(?:ier)?|mar(?:ch|s|zo|ço|et)?|märz|maart',
      'apr(?:il|ile|il)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|mei|june?|juni|juin|junio|junho|giugno',
      'july?|juli|juillet|julio|julho|luglio|aug(?:ust|ustus)?|août|agosto|sep(?:t|tember|tembre|tiembre|iembre|embro)?|sett(?:embre)?',
      'oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?',
      // Polish months, nominative and genitive.
      'stycz(?:eń|nia)|lut(?:y|ego)|mar(?:zec|ca)|kwie(?:cień|tnia)|maj(?:a)?|czerw(?:iec|ca)|lip(?:iec|ca)|sierp(?:ień|nia)|wrze(?:sień|śnia)|październik(?:a)?|listopad(?:a)?|grud(?:zień|nia)',
      // Weekdays.
      'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?',
      'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
      'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
      // Time words, zones and date labels.
      'a\\.?m\\.?|p\\.?m\\.?|uhr|h|gmt|utc|cet|cest|et|est|edt|pst|pdt|bst|mez|mesz',
      'at|on|am|um|de|del|le|à|a las|o|the|of|th|st|nd|rd|stand|date|datum|fecha|published|updated|posted|last updated|modified|edited|asked|answered',
      'veröffentlicht|veröffentlichung|publiziert|erschienen|erstellt|aktualisiert|publié|mis à jour|publicado|actualizado|opublikowano|aktualizacja',
    ].join('|') +
    ')(?![\\p{L}])',
  'giu',
);

/** "5 min read", "Lesezeit: 3 Minuten", "Temps de lecture : 4 min", "Ten tekst przeczytasz w 2 minuty". */
const READING_TIME =
  /^(?:(?:ca\.?\s*)?\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?\s+(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura)|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)\s*[:：]?\s*(?:ca\.?\s*)?\d+.{0,20}|ten tekst przeczytasz w .{1,30})$/i;

/**
 * A line that is only a date, a time or a reading time, or several of them joined by a separator ("Published
 * 5 June 2024 · 3 min read"): page furniture around the article.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 80) return false;
  const parts = line.split(/\s+[·•|]\s+/);
  return parts.length > 1 ? parts.every(isDatePart) : isDatePart(line);
}

function isDatePart(line: string): boolean {
  if (READING_TIME.test(line)) return true;
  if (!/\d/.test(line) || line.includes('+')) return false;
  const rest = line.replace(DATE_WORDS, '');
  if (/[\p{L}]/u.test(rest)) return false;
  // Numbers alone must have a date or time shape: a phone number or a price is not a dateline.
  return rest !== line || NUMERIC_DATE.test(line);
}

/** 03.04.2020, 3/4/20, 2020-04-03, 14:05. */
const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})(?!\d)/;

/**
 * Appeals and notices around an article, in the languages CMS themes and publishers write them most: support
 * and subscription appeals ("Would you consider supporting our work?", "Cancela cuando quieras"), social channel
 * promos ("¿Ya sabías que tenemos canal de Telegram?"), advertising disclosures ("*Werbung", "This post contains
 * affiliate links"), disclaimers ("… is not responsible for the opinions of contributors", "medically reviewed
 * by"), citation boxes ("Suggested citation"), show/hide toggles and "continue to" links.
 */
const NOTICE_LINES = [
  /\b(?:would you consider supporting|support (?:our|independent|quality) (?:work|journalism)|help us (?:continue|keep)|become a (?:member|supporter|patron)|donate now|cancel (?:at )?any ?time|cancela cuando quieras|puedes hacer periodismo|apoya (?:el|nuestro) periodismo|hazte (?:socio|miembro)|unterstütze[n]? sie (?:uns|unsere[n]? arbeit|unabhängigen)|jetzt unterstützen|jederzeit kündbar|soutenez (?:notre|le) journalisme|faites un don)\b/iu,
  /\b(?:our|unser\p{L}*|nuestr[oa]s?|notre|nos|tenemos|tiene nuestro)\b.{0,24}\b(?:canal|channel|kanal|chaîne)\b.{0,6}\b(?:telegram|whatsapp|youtube|tiktok|instagram)\b|\b(?:follow|join|subscribe to) (?:us|our \S+) on (?:twitter|x|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin)\b|\b(?:folg(?:e|t|en sie) uns|abonnier(?:e|t|en sie) uns) (?:auf|bei)\b|\bsíguenos en\b|\bsuivez-nous sur\b|\bseguici su\b/iu,
  /^\*?\s*(?:werbung|anzeige|sponsored(?: post| content)?|advertorial|publicidad|publicité|pubblicità)\b\s*[.:*|-]/iu,
  /\b(?:dieser (?:beitrag|artikel)|this (?:post|article)|este (?:artículo|post)|cet article) (?:enthält|contains|may contain|contiene|contient) (?:werbung|affiliate|sponsored|paid|publicidad|des liens)/iu,
  /\b(?:is|are) not responsible for (?:the )?(?:opinions|views|content|statements)\b|\bviews expressed (?:here |in this \S+ )?are (?:those|solely)\b|\bwurde von (?:medizinern|ärzten|ärztinnen|experten|fachärzten) (?:geprüft|überprüft)|\bmedically reviewed by\b|\bfact[- ]checked by\b/iu,
  /^(?:suggested citation|zitiervorschlag|zitierweise|cite (?:this|as)|how to cite)\b/iu,
  /^(?:show|hide|view|see) (?:more|less|all|sources|comments)\b.{0,20}$|^(?:quellen|mehr|weniger|alle) (?:ein|aus)?(?:blenden|anzeigen)$|^(?:mostrar|ver) (?:más|menos)$|^(?:afficher|voir) (?:plus|moins)$/iu,
  /^(?:\.{3}|…)\s*(?:weiter|continue|read on|lire la suite|seguir leyendo|leggi tutto)\b/iu,
];

/** Breadcrumb separators: ">" alone, or also "›" and "»". */
const BREADCRUMB_GT = /(?:^|\s)>(?:\s|$)/;
const BREADCRUMB_SEPARATOR = /(?:^|\s)[>›»](?:\s|$)/;

/**
 * A breadcrumb trail: three or more short parts joined by ">", "›" or "»" ("Home › News › Politics",
 * "> Blog > Aus den Ländern > …").
 */
function isBreadcrumb(line: string): boolean {
  if (line.length > 220 || /[;{}()=]/.test(line)) return false;
  // "»" and "›" close a quotation in French and other languages («…», ‹…›): with those, only ">" separates.
  const separator = /[«‹]/.test(line) ? BREADCRUMB_GT : BREADCRUMB_SEPARATOR;
  // Most lines hold no separator at all: nothing to split.
  if (!separator.test(line)) return false;
  const parts = line.split(separator).filter((part) => part.trim() !== '');
  return parts.length >= 3 && parts.every((part) => part.trim().length <= 100 && /^\p{L}/u.test(part.trim()));
}

/** A line that is only a site's address ("BVINEWS.COM", "Source: example.com"): a credit, not text. */
const DOMAIN_LINE =
  /^(?:(?:source|quelle|fuente|fonte)\s*:?\s*)?(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\/?$/iu;

/** Longest block a boilerplate line may be: captions and promos are short; real paragraphs run longer. */
const MAX_BOILERPLATE_LENGTH = 300;

export function isBoilerplateLine(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_LENGTH) return false;
  const line = text.trim();
  if (line === '') return true;
  if (SHARE_WORD.test(line) && SHARE_ONLY.test(line)) return true;
  if (isDateLine(line) || isBreadcrumb(line) || DOMAIN_LINE.test(line)) return true;
  for (const patterns of [CREDIT_LINES, NEWSLETTER_LINES, PROMO_LINES, NOTICE_LINES]) {
    if (patterns.some((pattern) => pattern.test(line))) return true;
  }
  return false;
}
