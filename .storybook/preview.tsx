import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles/styles.css';
import './preview.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is also a test in Chromium: an axe violation fails it.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
