/** Every shipped catalogue, for the embed, Storybook and tests; a site imports the ones it needs one by one. */
export { ar } from './ar';
export { de } from './de';
export { en } from './en';
export { es } from './es';
export { fr } from './fr';
export { it } from './it';
export { ja } from './ja';
export { nl } from './nl';
export { pl } from './pl';
export { pt } from './pt';
export { sv } from './sv';
