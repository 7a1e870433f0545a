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
import '../packages/react/src/styles/styles.css';
import './preview.css';

/** Every shipped language: a story's `locale` picks its catalogue, as a site's MessagesProvider would. */
const catalogs = [ar, de, es, fr, it, ja, nl, pl, pt, sv];

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is also a test in Chromium: an axe violation fails it.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  decorators: [
    (Story) => (
      <MessagesProvider catalogs={catalogs}>
        <Story />
      </MessagesProvider>
    ),
  ],
  tags: ['autodocs'],
};

export default preview;
