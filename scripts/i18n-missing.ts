// Prints the messages a locale lacks, as JSON, for a translator to fill in:
//   npx tsx scripts/i18n-missing.ts de
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type LocaleMessages, loadLocale, localesDir, missingEntries } from './i18n-lib';

const lang = process.argv[2];
if (!lang || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(lang)) {
  console.error('Usage: npx tsx scripts/i18n-missing.ts <lang>   (e.g. de, fr, es, uk, ar, pt_BR)');
  process.exit(2);
}
const other: LocaleMessages = existsSync(path.join(localesDir, lang, 'messages.json'))
  ? loadLocale(lang)
  : {};
console.log(JSON.stringify(missingEntries(loadLocale('en'), other, lang), null, 2));
