/** The languages the quote engine knows, one file each; `lexicon.ts` merges them for an article. */
import { ar } from './ar';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { ja } from './ja';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import type { LanguageData } from './types';
import { zh } from './zh';

export type { CjkData, FurnitureData, Gender, LanguageData } from './types';

export const LANGUAGES: Readonly<Record<string, LanguageData>> = {
  en,
  de,
  fr,
  es,
  pt,
  cs,
  pl,
  fi,
  ru,
  zh,
  ja,
  ar,
};
