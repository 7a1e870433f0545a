/**
 * `@safeguard-charts/data/words`: the words of the package's datasets in every language but English, by language
 * code, for a server or a tool that writes charts in any language (the render CLI). A page in one language
 * imports that language's module alone: `@safeguard-charts/data/words/de`.
 */
import type { DatasetWords } from '../localize';
import { ar } from './ar';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';

/** Each language's words of the datasets (English text → translation), by language code. */
export const DATASET_WORDS: Readonly<
  Record<'ar' | 'de' | 'es' | 'fr' | 'it' | 'ja' | 'nl' | 'pl' | 'pt' | 'sv', DatasetWords>
> = { ar, de, es, fr, it, ja, nl, pl, pt, sv };
