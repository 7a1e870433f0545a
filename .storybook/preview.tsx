import { DATASET_WORDS } from '@safeguard-charts/data/words';
import { MessagesProvider } from '@safeguard-charts/react';
import { ar } from '@safeguard-charts/react/messages/ar';
import { de } from '@safeguard-charts/react/messages/de';
import { es } from '@safeguard-charts/react/messages/es';
import { fr } from '@safeguard-charts/react/messages/fr';
import { it } from '@safeguard-charts/react/messages/it';
import { ja } from '@safeguard-charts/react/messages/ja';
import { nl } from '@safeguard-charts/react/messages/nl';
import { pl } from '@safeguard-charts/react/messages/pl';
import { pt } from '@safeguard-charts/react/messages/pt';
import { sv } from '@safeguard-charts/react/messages/sv';
import type { Preview } from '@storybook/react-vite';
// The palette (written from the token table, src/theme/tokens.ts), then the rules: what dist/styles.css holds.
import '../packages/react/src/styles/tokens.generated.css';
import '../packages/react/src/styles/styles.css';
import './preview.css';

/**
 * Every shipped language: a story's `locale` picks its catalogue, as a site's MessagesProvider would, with the words
 * of the data package's datasets in that language, so a German story of a package dataset reads German throughout.
 */
const catalogs = [ar, de, es, fr, it, ja, nl, pl, pt, sv].map((catalog) => ({
  ...catalog,
  datasetWords: DATASET_WORDS[catalog.locale as keyof typeof DATASET_WORDS],
}));

/** The toolbar's languages: the page's `<html lang>`, which every chart without a `locale` of its own follows. */
const LANGUAGES = [
  { value: 'en-GB', title: 'English' },
  { value: 'de-DE', title: 'Deutsch' },
  { value: 'fr-FR', title: 'Français' },
  { value: 'es-ES', title: 'Español' },
  { value: 'it-IT', title: 'Italiano' },
  { value: 'nl-NL', title: 'Nederlands' },
  { value: 'pt-BR', title: 'Português' },
  { value: 'pl-PL', title: 'Polski' },
  { value: 'sv-SE', title: 'Svenska' },
  { value: 'ar', title: 'العربية', right: 'RTL' },
  { value: 'ja-JP', title: '日本語' },
];

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is also a test in Chromium: an axe violation fails it.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  globalTypes: {
    locale: {
      description: 'The page’s language: charts without a locale of their own follow it',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en-GB' },
  decorators: [
    (Story, context) => {
      // As a site sets <html lang>: the page's language, read by every chart that has no `locale` prop.
      const locale = String(context.globals.locale || 'en-GB');
      if (typeof document !== 'undefined') document.documentElement.lang = locale;
      return (
        <MessagesProvider catalogs={catalogs}>
          <div dir={locale === 'ar' ? 'rtl' : undefined}>
            <Story />
          </div>
        </MessagesProvider>
      );
    },
  ],
  tags: ['autodocs'],
};

export default preview;
